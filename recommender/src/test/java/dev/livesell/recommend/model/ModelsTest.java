package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.RecommendOptions;
import dev.livesell.recommend.Recommendation;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.Synthetic;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.EvalReport;
import dev.livesell.recommend.eval.EvalRunner;
import dev.livesell.recommend.eval.Protocol;
import dev.livesell.recommend.eval.Split;
import dev.livesell.recommend.io.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelsTest {
    private static final InteractionMatrix DATA = Synthetic.chains(400, 100, 3);

    static Stream<String> algorithms() {
        return Recommenders.names().stream();
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void saveThenLoadGivesIdenticalScores(String name, @TempDir Path dir) {
        Recommender model = Recommenders.byName(name, Map.of()).fit(DATA);
        ModelFiles.save(model, dir);
        Recommender loaded = ModelFiles.load(dir);
        assertEquals(model.name(), loaded.name());
        assertEquals(model.params(), loaded.params());
        for (int u = 0; u < 20; u++) {
            float[] a = new float[DATA.numItems()];
            float[] b = new float[DATA.numItems()];
            model.score(DATA.history(u), a);
            loaded.score(loaded.data().history(u), b);
            assertArrayEquals(a, b, "user " + u);
            assertEquals(model.recommend(u, 5), loaded.recommend(u, 5));
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void everyModelBeatsPopularityOnLearnableChains(String name) {
        if (name.equals("pop")) {
            return;
        }
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("synthetic", DATA), 1);
        double pop = EvalRunner.run(s, Recommenders.popularity(), false).test().metric("hr@10");
        double m = EvalRunner.run(s, Recommenders.byName(name, Map.of()), false).test().metric("hr@10");
        assertTrue(m > pop + 0.1, name + " hr@10 " + m + " vs pop " + pop);
    }

    @Test
    void resultsAreDeterministicForASeed() {
        Dataset d = Dataset.of("synthetic", DATA);
        for (String name : List.of("ials", "default")) {
            Algorithm a = name.equals("default") ? Recommenders.defaultFor(Protocol.RATIO, DATA) : Recommenders.byName(name, Map.of());
            EvalReport r1 = EvalRunner.run(d, Protocol.RATIO, a, 11);
            EvalReport r2 = EvalRunner.run(d, Protocol.RATIO, a, 11);
            assertEquals(r1.test().metrics(), r2.test().metrics(), name);
        }
    }

    @Test
    void seenItemsAreExcludedUnlessRepurchaseIsAllowed() {
        Recommender m = Recommenders.itemKnn().fit(DATA);
        History h = DATA.history(0);
        List<Recommendation> recs = m.recommend(h, 50, RecommendOptions.defaults());
        for (Recommendation r : recs) {
            for (int e = 0; e < h.size(); e++) {
                assertFalse(r.item() == h.item(e), "seen item recommended");
            }
        }
        List<Recommendation> again = m.recommend(h, 50, RecommendOptions.defaults().withAllowRepurchase(true));
        boolean repurchase = again.stream().anyMatch(r -> r.reasons().stream().anyMatch(x -> x.code().equals(Reason.REPURCHASE)));
        boolean bought = false;
        for (int e = 0; e < h.size(); e++) {
            bought |= h.weight(e) >= 5f;
        }
        assertEquals(bought, repurchase);
    }

    @Test
    void coldStartFallsBackToPopularityWithReason() {
        Recommender m = Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, DATA).fit(DATA);
        List<Recommendation> recs = m.recommend("nobody", 3, RecommendOptions.defaults());
        assertEquals(3, recs.size());
        int[] counts = DATA.itemCounts();
        assertTrue(counts[recs.get(0).item()] >= counts[recs.get(1).item()]);
        assertEquals(Reason.COLD_START, recs.get(0).reasons().get(0).code());
    }

    @Test
    void recommendationsExplainWithAHistoryItem() {
        Recommender m = Recommenders.byName("markov", Map.of()).fit(DATA);
        Recommendation top = m.recommend(0, 1).get(0);
        Reason r = top.reasons().get(0);
        assertEquals(Reason.NEXT_AFTER, r.code());
        assertTrue(r.relatedItem().isPresent());
    }

    @Test
    void unknownParameterIsRejectedByName() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Recommenders.byName("ease", Map.of("lamda", "3")));
        assertTrue(e.getMessage().contains("lamda"));
        assertThrows(InvalidValueException.class, () -> Recommenders.byName("ease", Map.of("lambda", "-1")));
        assertThrows(InvalidValueException.class, () -> Recommenders.byName("nope", Map.of()));
    }
}
