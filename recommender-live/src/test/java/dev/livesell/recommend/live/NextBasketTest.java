package dev.livesell.recommend.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import dev.livesell.recommend.model.BoostedTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextBasketTest {
    /** Users with personal cycles: item k bought every (k % 4 + 1) baskets, plus noise items. */
    static PurchaseHistory synthetic(long seed, int users) {
        Random r = new Random(seed);
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        for (int u = 0; u < users; u++) {
            int orders = 6 + r.nextInt(6);
            List<Integer> own = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                own.add(r.nextInt(40));
            }
            for (int o = 0; o < orders; o++) {
                Set<String> basket = new HashSet<>();
                for (int k = 0; k < own.size(); k++) {
                    if (o % (k % 4 + 1) == 0) {
                        basket.add("i" + own.get(k));
                    }
                }
                basket.add("i" + (40 + r.nextInt(200)));
                b.basket("u" + u, o * 7.0, new ArrayList<>(basket));
            }
        }
        return b.build();
    }

    @Test
    void metricsMatchAHandComputedExample() {
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        b.basket("u", 0, List.of("a")).basket("u", 1, List.of("a", "b")).basket("u", 2, List.of("b", "c"));
        PurchaseHistory h = b.build();
        int a = h.itemIndex("a");
        int bb = h.itemIndex("b");
        int c = h.itemIndex("c");
        // ranking a, b, c for truth {b, c}: hits at ranks 2 and 3
        NextBasketEvaluation.Result r = NextBasketEvaluation.run(h, train -> (user, day, k) -> new int[] {a, bb, c});
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
        double idcg = 1 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / idcg, r.ndcg10(), 1e-12);
        assertEquals(1.0, r.recall10(), 1e-12);
        assertEquals(0.5, r.mrr10(), 1e-12);
        assertEquals(1, r.users());
        assertTrue(r.line().matches("hr@10=\\S+ ndcg@10=\\S+ recall@10=\\S+ mrr@10=\\S+ hr@20=\\S+ ndcg@20=\\S+ recall@20=\\S+ mrr@20=\\S+ users=1 train_s=\\S+ eval_s=\\S+"), r.line());
    }

    @Test
    void trainingNeverSeesTheTestBasket() {
        PurchaseHistory h = synthetic(1, 30);
        NextBasketEvaluation.run(h, train -> {
            for (int u = 0; u < h.users(); u++) {
                if (h.baskets(u).size() >= 3) {
                    assertEquals(h.baskets(u).size() - 1, train.baskets(u).size());
                }
            }
            return NextBasketRecommender.popularity(train);
        });
    }

    @Test
    void backtestFoldsNeverReadTheTestBasketAndFoldOneIsTheValidationRun() {
        PurchaseHistory h = synthetic(3, 40);
        List<Integer> targets = new ArrayList<>();
        NextBasketEvaluation.backtest(h, train -> {
            int fewest = Integer.MAX_VALUE;
            for (int u = 0; u < h.users(); u++) {
                if (h.baskets(u).size() >= 3) {
                    // the model's training part never reaches the user's last (test) basket, nor the fold's target
                    assertTrue(train.baskets(u).size() <= h.baskets(u).size() - 2, "user " + u);
                    fewest = Math.min(fewest, h.baskets(u).size() - train.baskets(u).size());
                }
            }
            targets.add(fewest);
            return NextBasketRecommender.personalTopFrequency(train);
        }, 3);
        assertEquals(List.of(2, 3, 4), targets);
        NextBasketEvaluation.Result one = NextBasketEvaluation.backtest(h, NextBasketRecommender::personalTopFrequency, 1);
        NextBasketEvaluation.Result validation = NextBasketEvaluation.validation(h, NextBasketRecommender::personalTopFrequency);
        assertEquals(validation.ndcg10(), one.ndcg10(), 1e-12);
        assertEquals(validation.users(), one.users());
        NextBasketEvaluation.Result three = NextBasketEvaluation.backtest(h, NextBasketRecommender::personalTopFrequency, 3);
        assertTrue(three.users() > one.users() * 2, three.users() + " pairs over 3 folds");
        assertThrows(dev.livesell.core.InvalidValueException.class,
                () -> NextBasketEvaluation.backtest(h, NextBasketRecommender::popularity, 0));
    }

    @Test
    void repurchaseRankerLearnsCyclesAndBeatsPopularity() {
        PurchaseHistory h = synthetic(7, 150);
        double ranker = NextBasketEvaluation.run(h, RepurchaseRanker::fit).ndcg10();
        double pop = NextBasketEvaluation.run(h, NextBasketRecommender::popularity).ndcg10();
        assertTrue(ranker > pop + 0.2, "ranker " + ranker + " vs pop " + pop);
    }

    @Test
    void fittingIsDeterministicAndTheScorerRoundTripsThroughJson() {
        PurchaseHistory h = synthetic(3, 60);
        RepurchaseRanker a = RepurchaseRanker.fit(h);
        RepurchaseRanker b = RepurchaseRanker.fit(h);
        assertEquals(a.scorer().toJson(), b.scorer().toJson());
        BoostedTrees loaded = BoostedTrees.fromJson(a.scorer().toJson(), "ranker.json");
        RepurchaseRanker c = RepurchaseRanker.withScorer(h, loaded, i -> Double.NaN);
        for (int u = 0; u < 10; u++) {
            assertArrayEquals(a.recommend(u, 100, 10), c.recommend(u, 100, 10));
        }
    }

    @Test
    void corruptScorerJsonFailsClearly() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> BoostedTrees.fromJson(
                "{\"format\":\"livesell-boosted-trees\",\"version\":2,\"features\":[],\"base\":0,\"trees\":[]}", "m.json"));
        assertTrue(e.getMessage().contains("m.json:1") && e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void ptopfreqRanksByPersonalFrequency() {
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        b.basket("u", 0, List.of("x", "y")).basket("u", 1, List.of("y")).basket("v", 0, List.of("z")).basket("v", 1, List.of("z"));
        PurchaseHistory h = b.build();
        int[] top = NextBasketRecommender.personalTopFrequency(h).recommend(h.userIndex("u"), 2, 3);
        assertArrayEquals(new int[] {h.itemIndex("y"), h.itemIndex("x"), h.itemIndex("z")}, top);
    }

    @Test
    void instacartReaderSkipsUnlabelledOrdersAndNamesBadLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("orders_train.csv"), "order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order\n"
                + "1,7,1,0,10,\n2,7,2,1,10,5.0\n3,7,3,2,10,3.0\n");
        Files.writeString(dir.resolve("transactions_train.csv"), "order_id,product_id,add_to_cart_order,reordered\n1,100,1,0\n2,100,1,1\n2,200,2,0\n");
        Files.writeString(dir.resolve("products.csv"), "product_id,product_name,aisle_id,department_id\n100,\"Milk, whole\",5,1\n200,Rice,9,2\n");
        InstacartReader.Result r = InstacartReader.read(dir);
        assertEquals(1, r.skippedOrders());
        assertEquals(2, r.history().baskets(0).size());
        assertEquals(5.0, r.history().baskets(0).get(1).day(), 1e-9);
        assertEquals(r.history().category(r.history().itemIndex("100")) >= 0, true);
        Files.writeString(dir.resolve("orders_train.csv"), "order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order\n"
                + "1,7,one,0,10,\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> InstacartReader.read(dir));
        assertTrue(e.getMessage().contains("orders_train.csv:2") && e.getMessage().contains("order_number"), e.getMessage());
    }

    @Test
    void instacartTransactionsOfUnknownOrdersAndRepeatedOrderIdsAreErrorsNotDropped(@TempDir Path dir) throws Exception {
        String header = "order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order\n";
        Files.writeString(dir.resolve("orders_train.csv"), header + "1,7,1,0,10,\n2,7,2,1,10,5.0\n");
        Files.writeString(dir.resolve("transactions_train.csv"), "order_id,product_id,add_to_cart_order,reordered\n1,100,1,0\n99,300,1,0\n");
        DataFormatException unknown = assertThrows(DataFormatException.class, () -> InstacartReader.read(dir));
        assertTrue(unknown.getMessage().contains("transactions_train.csv:3") && unknown.getMessage().contains("order_id"), unknown.getMessage());
        Files.writeString(dir.resolve("transactions_train.csv"), "order_id,product_id,add_to_cart_order,reordered\n1,100,1,0\n");
        Files.writeString(dir.resolve("orders_train.csv"), header + "1,7,1,0,10,\n1,8,1,0,10,\n");
        DataFormatException twice = assertThrows(DataFormatException.class, () -> InstacartReader.read(dir));
        assertTrue(twice.getMessage().contains("orders_train.csv:3") && twice.getMessage().contains("twice"), twice.getMessage());
    }

    @Test
    void aRankerNeedsAUserWithThreeBasketsAndSaysSo() {
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        b.basket("u", 0, List.of("a")).basket("u", 7, List.of("a", "b")).basket("v", 0, List.of("b"));
        dev.livesell.core.InvalidValueException e = assertThrows(dev.livesell.core.InvalidValueException.class,
                () -> RepurchaseRanker.fit(b.build()));
        assertEquals("history", e.field());
    }

    @Test
    void aHugeKGivesAtMostEveryItem() {
        PurchaseHistory h = synthetic(5, 20);
        int[] top = NextBasketRecommender.personalTopFrequency(h).recommend(0, 100, Integer.MAX_VALUE);
        assertEquals(h.items(), top.length);
        assertEquals(h.items(), java.util.Arrays.stream(top).distinct().count());
    }

    @Test
    void readsTheRealInstacartSubset() {
        Path dir = Path.of("../../shared/data/recommender/instacart_subset");
        Assumptions.assumeTrue(Files.isDirectory(dir));
        InstacartReader.Result r = InstacartReader.read(dir);
        assertEquals(1000, r.history().users());
        assertEquals(r.orders() - r.skippedOrders(), java.util.stream.IntStream.range(0, r.history().users())
                .map(u -> r.history().baskets(u).size()).sum());
    }
}
