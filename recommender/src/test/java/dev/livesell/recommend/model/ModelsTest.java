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
    void repurchaseFollowsTheEventTypeNotItsWeight() {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int v = 0; v < 30; v++) {
            b.add("v" + v, "milk", v, 1f, dev.livesell.core.InteractionType.VIEW);
            b.add("v" + v, "sofa", v, 1f, dev.livesell.core.InteractionType.VIEW);
            b.add("v" + v, "x" + (v % 3), v, 1f, dev.livesell.core.InteractionType.VIEW);
        }
        // purchases weighted 3 and carts weighted 6: the weight alone would mislabel both
        b.add("me", "milk", 100, 3f, dev.livesell.core.InteractionType.PURCHASE);
        b.add("me", "sofa", 101, 6f, dev.livesell.core.InteractionType.CART);
        InteractionMatrix data = b.build();
        Recommender m = Recommenders.popularity().fit(data);
        List<Recommendation> recs = m.recommend("me", 10, RecommendOptions.defaults().withAllowRepurchase(true));
        List<String> ids = recs.stream().map(Recommendation::itemId).toList();
        assertTrue(ids.contains("milk"), "the bought item is offered again: " + ids);
        assertFalse(ids.contains("sofa"), "a carted item is not a purchase: " + ids);
        Recommendation milk = recs.stream().filter(r -> r.itemId().equals("milk")).findFirst().orElseThrow();
        assertEquals(Reason.REPURCHASE, milk.reasons().get(0).code());
        // a history without types falls back to the default purchase weight (5)
        History untyped = new History(new int[] {data.items().indexOf("milk")}, new float[] {5f}, new long[] {0});
        assertTrue(m.recommend(untyped, 10, RecommendOptions.defaults().withAllowRepurchase(true)).stream()
                .anyMatch(r -> r.itemId().equals("milk")));
    }

    @Test
    void anItemIndexOutsideTheCatalogueIsATypedErrorAndLeavesNoTrace() {
        Recommender m = Recommenders.itemKnn().fit(DATA);
        History ok = DATA.history(1);
        List<Recommendation> before = m.recommend(ok, 20, RecommendOptions.defaults());
        int[] items = DATA.history(2).items();
        items[items.length - 1] = DATA.numItems() + 5;
        History bad = new History(items, DATA.history(2).weights(), DATA.history(2).times());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> m.recommend(bad, 20, RecommendOptions.defaults()));
        assertTrue(e.getMessage().contains("history.items[" + (items.length - 1) + "]"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> History.ofItems(3, -1));
        assertThrows(InvalidValueException.class, () -> ok.prefix(ok.size() + 1));
        // the same thread gets the same answer as before: nothing was left marked as seen
        assertEquals(before, m.recommend(ok, 20, RecommendOptions.defaults()));
    }

    @Test
    void sessionKnnScoresHistoriesLongerThanItsPositionWeightsResolve() {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int s = 0; s < 20; s++) {
            b.add("s" + s, "a", 0, 1f, null).add("s" + s, "b", 1, 1f, null);
        }
        for (int i = 0; i < 60; i++) {
            b.add("long", "c" + i, i, 1f, null);
        }
        for (int s = 0; s < 5; s++) {
            b.add("t" + s, "c5", 0, 1f, null).add("t" + s, "c6", 1, 1f, null).add("t" + s, "d" + s, 2, 1f, null);
        }
        InteractionMatrix data = b.build();
        Recommender m = Recommenders.sessionKnn().fit(data);
        int[] shortQuery = {data.items().indexOf("c5"), data.items().indexOf("c6")};
        List<Recommendation> before = m.recommend(History.ofItems(shortQuery), 5, RecommendOptions.includeSeen());
        // 600 events; a and b occur only in the oldest 100, more than 420 events back, where the position weight
        // exp(-age / 4) underflows to 0 in float (an item then looked "not yet in the query" and was added again)
        int[] longQuery = new int[600];
        for (int e = 0; e < longQuery.length; e++) {
            longQuery[e] = e < 100 ? data.items().indexOf(e % 2 == 0 ? "a" : "b") : data.items().indexOf("c" + (e % 60));
        }
        List<Recommendation> recs = m.recommend(History.ofItems(longQuery), 5, RecommendOptions.includeSeen());
        assertEquals(5, recs.size());
        assertTrue(recs.get(0).score() > 0, recs.toString());
        assertEquals(before, m.recommend(History.ofItems(shortQuery), 5, RecommendOptions.includeSeen()));
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
