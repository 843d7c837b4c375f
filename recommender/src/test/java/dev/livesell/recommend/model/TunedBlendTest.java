package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.Synthetic;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.EvalRunner;
import dev.livesell.recommend.eval.Protocol;
import dev.livesell.recommend.eval.Split;
import dev.livesell.recommend.io.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedBlendTest {
    private static final InteractionMatrix DATA = Synthetic.chains(400, 100, 3);

    @Test
    void sparseEaseWithEveryItemAsNeighbourEqualsDenseEase() {
        Recommender dense = Recommenders.ease().lambda(20).fit(DATA);
        Recommender sparse = Recommenders.ease().lambda(20).neighbours(DATA.numItems()).fit(DATA);
        assertInstanceOf(SparseEaseModel.class, sparse);
        float[] a = new float[DATA.numItems()];
        float[] b = new float[DATA.numItems()];
        for (int u = 0; u < 30; u++) {
            dense.score(DATA.history(u), a);
            sparse.score(DATA.history(u), b);
            // the sparse model keeps only co-occurring items (the rest have zero Gram entries); scores agree
            assertArrayEquals(a, b, 1e-4f, "user " + u);
        }
    }

    @Test
    void recencyViewSharesTheModelAndWeightsTheLastItemsMore() {
        Recommender ease = Recommenders.ease().lambda(20).fit(DATA);
        Recommender recent = ((RecencyView) ease).withHistoryDecay(0.1);
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("synthetic", DATA), 1);
        // chains: the next item follows the last one, so a recency view ranks the target better
        double whole = dev.livesell.recommend.eval.Evaluator.of(1).evaluate(ease, s.test(), true).metric("hr@1");
        double last = dev.livesell.recommend.eval.Evaluator.of(1).evaluate(recent, s.test(), true).metric("hr@1");
        assertTrue(last > whole, "recent " + last + " vs whole " + whole);
    }

    @Test
    void tunedWeightsAreDeterministicAndNeverWorseThanEqualWeightsOnValidation() {
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("synthetic", DATA), 1);
        TunedBlend tb = (TunedBlend) Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, s.fullTrain());
        double[] w1 = tb.tune(s.train());
        double[] w2 = tb.tune(s.train());
        assertArrayEquals(w1, w2);
        double tuned = EvalRunner.validate(s, tb.withParam("weights", join(w1))).metric("ndcg@10");
        double equal = EvalRunner.validate(s, tb.withParam("weights", "1,1,1")).metric("ndcg@10");
        assertTrue(tuned >= equal - 0.02, "tuned " + tuned + " vs equal " + equal);
    }

    @Test
    void aPartThatAddsNothingKeepsWeightZeroSoTheBlendIsTheFirstPart() {
        // the second part is the same EASE again: no weight on it can change a ranking, so no gain is significant
        TunedBlend tb = TunedBlend.builder("same-twice", TunedBlend.Holdout.RANDOM)
                .base(Recommenders.ease().lambda(20)).base(Recommenders.ease().lambda(20)).part(0, 1).part(1, 1).build();
        assertArrayEquals(new double[] {1, 0}, tb.tune(DATA));
    }

    @Test
    void aPartStartedAtAWeightKeepsItWhenNoMoveGainsSignificantly() {
        // the same EASE twice: no weight on the second part changes a ranking, so tuning never leaves the start
        TunedBlend tb = TunedBlend.builder("same-twice", TunedBlend.Holdout.RANDOM)
                .base(Recommenders.ease().lambda(20)).base(Recommenders.ease().lambda(20)).part(0, 1).part(1, 1, 0.3).build();
        assertArrayEquals(new double[] {1, 0.3}, tb.tune(DATA));
        assertEquals("1.0,0.3", tb.params().get("start"));
        // the start is no fixed weight: a useful part still moves (chains: Markov sees the next item, EASE does not)
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("synthetic", DATA), 1);
        TunedBlend em = TunedBlend.builder("ease+markov", TunedBlend.Holdout.LAST)
                .base(Recommenders.ease().lambda(20)).base(Recommenders.markov()).part(0, 1).part(1, 1, 0.05).build();
        assertTrue(em.tune(s.train())[1] > 0.05, "markov weight moved up from its start");
    }

    @Test
    void startWeightsMustBeNonNegativeAndTheFirstPositive() {
        TunedBlend.Builder b = TunedBlend.builder("b", TunedBlend.Holdout.RANDOM).base(Recommenders.ease()).base(Recommenders.markov());
        dev.livesell.core.InvalidValueException neg = org.junit.jupiter.api.Assertions.assertThrows(
                dev.livesell.core.InvalidValueException.class, () -> b.part(1, 1, -0.1));
        assertTrue(neg.getMessage().contains("start"), neg.getMessage());
        TunedBlend.Builder zero = TunedBlend.builder("z", TunedBlend.Holdout.RANDOM).base(Recommenders.ease()).part(0, 1, 0);
        org.junit.jupiter.api.Assertions.assertThrows(dev.livesell.core.InvalidValueException.class, zero::build);
        // the first part anchors the scale and is never tuned, so it cannot start at 0 even if another part is positive
        TunedBlend.Builder firstZero = TunedBlend.builder("f", TunedBlend.Holdout.RANDOM).base(Recommenders.ease()).base(Recommenders.markov())
                .part(0, 1, 0).part(1, 1, 1);
        org.junit.jupiter.api.Assertions.assertThrows(dev.livesell.core.InvalidValueException.class, firstZero::build);
        TunedBlend plain = TunedBlend.builder("p", TunedBlend.Holdout.RANDOM).base(Recommenders.ease()).base(Recommenders.markov())
                .part(0, 1).part(1, 1).build();
        assertEquals(null, plain.params().get("start"), "default starts are not listed");
        assertEquals("1.0,0.3,0.0,0.0", Recommenders.defaultFor(Protocol.RATIO, DATA).params().get("start"),
                "the ratio default starts the low-pass part at 0.3");
    }

    @Test
    void aUsefulPartIsTakenWhenItsGainIsSignificant() {
        // chains: the next item follows the last one, which the Markov part sees and EASE over the whole history does not
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("synthetic", DATA), 1);
        TunedBlend tb = TunedBlend.builder("ease+markov", TunedBlend.Holdout.LAST)
                .base(Recommenders.ease().lambda(20)).base(Recommenders.markov()).part(0, 1).part(1, 1).build();
        assertTrue(tb.tune(s.train())[1] > 0, "markov weight");
    }

    @Test
    void pairedZIsTheMeanGainOverItsStandardError() {
        // differences 1, 1, 0, 2: mean 1, sample sd sqrt(2/3), se sqrt(2/3)/2
        double z = TunedBlend.pairedZ(new double[] {2, 2, 1, 3}, new double[] {1, 1, 1, 1});
        assertEquals(1 / (Math.sqrt(2.0 / 3) / 2), z, 1e-12);
        assertEquals(0, TunedBlend.pairedZ(new double[] {1, 1}, new double[] {1, 1}));
    }

    @Test
    void fixedWeightsSkipTuningAndUnknownParametersAreRejectedByName() {
        dev.livesell.recommend.Algorithm a = Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, DATA).withParam("w1", "0.5");
        assertEquals("1.0,0.5,1.0", a.params().get("weights"));
        BlendModel m = (BlendModel) a.fit(DATA);
        assertArrayEquals(new double[] {1, 0.5, 1}, m.weights());
        dev.livesell.core.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.livesell.core.InvalidValueException.class, () -> a.withParam("lamda", "3"));
        assertTrue(e.getMessage().contains("lamda"), e.getMessage());
    }

    @Test
    void defaultBlendSavesAndLoadsWithIdenticalScores(@TempDir Path dir) {
        Recommender model = Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, DATA).withParam("0.neighbours", "30").fit(DATA);
        ModelFiles.save(model, dir);
        Recommender loaded = ModelFiles.load(dir);
        assertEquals(model.params(), loaded.params());
        float[] a = new float[DATA.numItems()];
        float[] b = new float[DATA.numItems()];
        for (int u = 0; u < 20; u++) {
            model.score(DATA.history(u), a);
            loaded.score(loaded.data().history(u), b);
            assertArrayEquals(a, b, "user " + u);
        }
    }

    @Test
    void searchMovesAWrongLambdaToABetterOneAndRecordsIt() {
        // λ = 5000 on 400 users smooths EASE towards popularity; the chains need a small λ
        TunedBlend tb = TunedBlend.builder("searched", TunedBlend.Holdout.RANDOM)
                .base(Recommenders.ease().lambda(5000)).part(0, 1).search(0, "lambda", "5", "50", "500", "5000").build();
        BlendModel m = (BlendModel) tb.fit(DATA);
        double chosen = Double.parseDouble(m.parts().get(0).params().get("lambda"));
        // two significant steps down (5000 -> 500 -> 50); the third, to 5, gains too little to be taken
        assertEquals(50, chosen, "chosen lambda");
        assertEquals("0.lambda:5,50,500,5000", tb.params().get("search"));
        // and the blend scores with the searched model: its scores equal a plain EASE with that λ
        Recommender plain = Recommenders.ease().lambda(chosen).fit(DATA);
        float[] a = new float[DATA.numItems()];
        float[] b = new float[DATA.numItems()];
        for (int u = 0; u < 10; u++) {
            m.parts().get(0).score(DATA.history(u), a);
            plain.score(DATA.history(u), b);
            assertArrayEquals(b, a, "user " + u);
        }
    }

    @Test
    void tunedIsTheWholeChoiceAsAFixedBlend() {
        TunedBlend tb = TunedBlend.builder("searched", TunedBlend.Holdout.RANDOM)
                .base(Recommenders.ease().lambda(5000)).base(Recommenders.markov()).part(0, 1).part(1, 1)
                .search(0, "lambda", "5", "50", "500", "5000").build();
        TunedBlend fixed = tb.tuned(DATA);
        assertEquals("none", fixed.params().get("search"));
        assertEquals("50.0", fixed.params().get("0.lambda"));
        Recommender a = tb.fit(DATA);
        Recommender b = fixed.fit(DATA);
        float[] x = new float[DATA.numItems()];
        float[] y = new float[DATA.numItems()];
        for (int u = 0; u < 10; u++) {
            a.score(DATA.history(u), x);
            b.score(DATA.history(u), y);
            assertArrayEquals(x, y, "user " + u);
        }
    }

    @Test
    void stepSearchMovesOnlyOnSignificantGainsAndKeepsItsDirection() {
        int cases = 400;
        java.util.List<Integer> asked = new java.util.ArrayList<>();
        // a steady gain of 0.1 per step towards index 0, on every case: walks from 3 to 0, never looking up again
        int down = TunedBlend.stepSearch(6, 3, idx -> {
            asked.add(idx);
            return constant(cases, 1 - 0.1 * idx);
        });
        assertEquals(0, down);
        assertEquals(java.util.List.of(3, 2, 4, 1, 0), asked);
        // index 1 is better on a single case only: z = 1, not significant, so the start stays
        int stay = TunedBlend.stepSearch(3, 2, idx -> {
            double[] sc = constant(cases, 0.5);
            if (idx == 1) {
                sc[0] = 0.9;
            }
            return sc;
        });
        assertEquals(2, stay);
        // at the end of the list there is one neighbour to try
        asked.clear();
        assertEquals(0, TunedBlend.stepSearch(3, 0, idx -> {
            asked.add(idx);
            return constant(cases, 0.5);
        }));
        assertEquals(java.util.List.of(0, 1), asked);
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        // a little case-to-case spread so standard errors are defined
        for (int i = 0; i < n; i += 2) {
            a[i] += 0.01;
        }
        return a;
    }

    @Test
    void searchKeepsTheConfiguredValueWhenNoStepGainsSignificantly() {
        // unit weights: weighted and unweighted EASE rank identically, so no step can gain
        TunedBlend tb = TunedBlend.builder("searched", TunedBlend.Holdout.RANDOM)
                .base(Recommenders.ease().lambda(20)).part(0, 1).search(0, "weighted", "true", "false").build();
        BlendModel m = (BlendModel) tb.fit(DATA.unweighted());
        assertEquals("false", m.parts().get(0).params().get("weighted"));
    }

    @Test
    void badSearchesAreRejectedByName() {
        TunedBlend tb = (TunedBlend) Recommenders.defaultFor(Protocol.RATIO, DATA);
        assertEquals("0.lambda:20,50,150,500,1500", tb.params().get("search"));
        for (String bad : new String[] {"lambda:1,2", "0.lambda", "9.lambda:1", "0.lamda:1,2", "0.lambda:1,-2", "x.lambda:1",
                "0.lambda:1,,2", "0.lambda:1,2,", "0.lambda:50,150"}) {
            dev.livesell.core.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.livesell.core.InvalidValueException.class, () -> tb.withParam("search", bad), bad);
            assertTrue(e.getMessage().contains("search"), bad + ": " + e.getMessage());
        }
        assertEquals("none", tb.withParam("search", "none").params().get("search"));
        // setting the searched parameter fixes it; setting another one keeps the search
        assertEquals("none", tb.withParam("0.lambda", "300").params().get("search"));
        assertEquals("0.lambda:20,50,150,500,1500", tb.withParam("0.neighbours", "50").params().get("search"));
    }

    @Test
    void defaultsSearchLambdaExceptWhereEachDenseFitIsSlow() {
        assertEquals("0.lambda:20,50,150,500,1500", Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, DATA).params().get("search"));
        assertEquals("none", Recommenders.defaultFor(Protocol.RATIO, catalogue(Recommenders.SEARCHED_DENSE_EASE_ITEMS + 1)).params().get("search"));
        // past the dense limit EASE is sparse and cheap again
        dev.livesell.recommend.Algorithm big = Recommenders.defaultFor(Protocol.RATIO, catalogue(Recommenders.DEFAULT_DENSE_EASE_ITEMS + 1));
        assertEquals("0.lambda:20,50,150,500,1500", big.params().get("search"));
        assertEquals("200", big.params().get("0.neighbours"));
    }

    private static InteractionMatrix catalogue(int items) {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int i = 0; i < items; i++) {
            b.add("u" + (i % 50), "p" + i, i, 1f, null);
        }
        return b.build();
    }

    private static String join(double[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ",").append(w[i]);
        }
        return sb.toString();
    }
}
