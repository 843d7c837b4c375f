package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.TopK;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.Protocol;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerankerTest {
    private static final int ITEMS = 300;

    /**
     * Anonymous sessions inside clusters of 10 items; with probability {@code revisit} the next click goes
     * back to the item two clicks ago (viewers comparing two products), otherwise to a random item of the cluster.
     */
    private static InteractionMatrix sessions(int n, double revisit, long seed) {
        Random r = new Random(seed);
        InteractionMatrix.Builder b = InteractionMatrix.builder().clock(true);
        for (int s = 0; s < n; s++) {
            int cluster = r.nextInt(ITEMS / 10);
            int len = 4 + r.nextInt(5);
            int[] items = new int[len];
            for (int k = 0; k < len; k++) {
                items[k] = k >= 2 && r.nextDouble() < revisit ? items[k - 2] : cluster * 10 + r.nextInt(10);
                b.add("s" + s, "i" + items[k], 1_700_000_000L + s * 1000L + k, 1f, InteractionType.VIEW);
            }
        }
        return b.build();
    }

    private static Algorithm sessionDefault(InteractionMatrix data) {
        return Recommenders.defaultFor(Protocol.SESSION, data);
    }

    /** HR@1 over every prefix → next item of the given sessions (fresh data, same catalogue). */
    private static double hitsAt1(Recommender m, InteractionMatrix fresh) {
        int hits = 0;
        int cases = 0;
        float[] s = new float[m.data().numItems()];
        for (int u = 0; u < fresh.numUsers(); u++) {
            History h = fresh.history(u);
            for (int at = 2; at < h.size(); at++) {
                m.score(remap(h.prefix(at), fresh, m.data()), s);
                int target = m.data().items().indexOf(fresh.items().id(h.item(at)));
                hits += TopK.select(s, 1, null)[0] == target ? 1 : 0;
                cases++;
            }
        }
        return (double) hits / cases;
    }

    private static History remap(History h, InteractionMatrix from, InteractionMatrix to) {
        int[] items = new int[h.size()];
        for (int e = 0; e < items.length; e++) {
            items[e] = to.items().indexOf(from.items().id(h.item(e)));
        }
        return History.ofItems(items);
    }

    @Test
    void learnsWhatTheBlendMissesAndIsKept() {
        InteractionMatrix train = sessions(3000, 0.5, 1);
        Recommender m = sessionDefault(train).fit(train);
        RerankedModel rr = assertInstanceOf(RerankedModel.class, m);
        InteractionMatrix fresh = sessions(400, 0.5, 2);
        double learned = hitsAt1(rr, fresh);
        double blend = hitsAt1(rr.blend(), fresh);
        assertTrue(learned > blend + 0.05, "re-ranked HR@1 " + learned + " vs blend " + blend);
    }

    @Test
    void whenTheBlendIsAlreadyRightTheCheckDropsTheScorerAndTheBlendIsReturned() {
        // chains i -> i+1: item transitions put the next item first every time, so no re-ordering can gain
        InteractionMatrix chains = dev.livesell.recommend.Synthetic.chains(4000, 100, 3);
        Algorithm markovOnly = Reranker.builder("markov-reranked",
                BlendModel.trainer(java.util.List.of(Recommenders.markov()), 1.0)).build();
        assertInstanceOf(BlendModel.class, markovOnly.fit(chains));
    }

    @Test
    void tooFewSessionsToLearnFromGiveTheBlend() {
        InteractionMatrix few = sessions(500, 0.5, 4);
        assertInstanceOf(BlendModel.class, sessionDefault(few).fit(few));
    }

    @Test
    void candidatesScoreAboveTheRestAndSaveLoadKeepsEveryScore(@TempDir Path dir) {
        InteractionMatrix train = sessions(3000, 0.5, 1);
        RerankedModel m = (RerankedModel) sessionDefault(train).withParam("candidates", "30").fit(train);
        History h = train.history(train.users().indexOf("s7"));
        float[] a = new float[train.numItems()];
        m.score(h, a);
        float[] blended = new float[train.numItems()];
        m.blend().score(h, blended);
        float restMax = Float.NEGATIVE_INFINITY;
        int above = 0;
        float max = 0;
        for (float v : blended) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] > max) {
                above++;
            } else {
                restMax = Math.max(restMax, a[i]);
            }
        }
        assertEquals(30, above);
        assertTrue(restMax <= max);

        ModelFiles.save(m, dir);
        Recommender again = ModelFiles.load(dir);
        assertInstanceOf(RerankedModel.class, again);
        float[] b = new float[train.numItems()];
        for (int u = 0; u < 40; u++) {
            m.score(train.history(u), a);
            again.score(train.history(u), b);
            assertArrayEquals(a, b, "user " + u);
        }
        assertEquals(m.params(), again.params());
    }

    @Test
    void fitIsDeterministic() {
        InteractionMatrix train = sessions(3000, 0.5, 3);
        RerankedModel a = (RerankedModel) sessionDefault(train).fit(train);
        RerankedModel b = (RerankedModel) sessionDefault(train).fit(train);
        assertEquals(a.scorer().toJson(), b.scorer().toJson());
    }

    @Test
    void badSettingsNameWhatWasWrong() {
        Algorithm a = sessionDefault(sessions(10, 0.5, 1));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> a.withParam("rerank", "maybe"));
        assertEquals("rerank", e.field());
        assertEquals("candidates", assertThrows(InvalidValueException.class, () -> a.withParam("candidates", "0")).field());
        assertEquals("param", assertThrows(InvalidValueException.class, () -> a.withParam("colour", "red")).field());
        // the blend's own parameters pass through
        assertTrue(a.withParam("blend.w1", "0.5").params().containsKey("blend.weights"));
        InteractionMatrix train = sessions(3000, 0.5, 1);
        Algorithm notABlend = Reranker.builder("pop-reranked", Recommenders.popularity()).build();
        assertEquals("blend", assertThrows(InvalidValueException.class, () -> notABlend.fit(train)).field());
        assertInstanceOf(BlendModel.class, a.withParam("rerank", "false").fit(train));
    }
}
