package dev.livesell.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.livesell.recommend.TopK;
import dev.livesell.recommend.data.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final double EPS = 1e-9;

    @Test
    void metricsMatchHandComputedExample() {
        // case 1: one target at rank 2; case 2: targets {7, 9}, 7 at rank 1 and 9 at rank 3; case 3: miss
        List<EvalCase> cases = List.of(
                new EvalCase(0, History.empty(), new int[] {5}),
                new EvalCase(1, History.empty(), new int[] {7, 9}),
                new EvalCase(2, History.empty(), new int[] {4}));
        int[][] rankings = {{1, 5, 2}, {7, 0, 9}, {0, 1, 2}};
        EvalResult r = Evaluator.of(2, 3).score(cases, rankings, 10);
        double l2 = Math.log(2);
        // k = 2: hits case1 rank2, case2 rank1 (9 at rank 3 is outside)
        assertEquals(2.0 / 3, r.metric("hr@2"), EPS);
        assertEquals((1 + 0.5 + 0) / 3, r.metric("recall@2"), EPS);
        assertEquals((0.5 + 1 + 0) / 3, r.metric("mrr@2"), EPS);
        double ndcg1 = (1 / (Math.log(3) / l2)) / 1.0;
        double ndcg2 = 1.0 / (1 + 1 / (Math.log(3) / l2));
        assertEquals((ndcg1 + ndcg2) / 3, r.metric("ndcg@2"), EPS);
        assertEquals((0.5 + 0.5 + 0) / 3, r.metric("precision@2"), EPS);
        // k = 3: case 2 gets both targets
        double dcg2 = 1 + 1 / (Math.log(4) / l2);
        double idcg2 = 1 + 1 / (Math.log(3) / l2);
        assertEquals((ndcg1 + dcg2 / idcg2) / 3, r.metric("ndcg@3"), EPS);
        assertEquals(2.0 / 3, r.metric("recall@3"), EPS);
        // coverage@3: items {1,5,2,7,0,9} = 6 of 10
        assertEquals(0.6, r.metric("coverage@3"), EPS);
        assertEquals(3, r.cases());
    }

    @Test
    void contractLineHasFourDecimalsAndCounts() {
        List<EvalCase> cases = List.of(new EvalCase(0, History.empty(), new int[] {1}));
        EvalResult r = Evaluator.of(10, 20).score(cases, new int[][] {{1}}, 5);
        String line = new EvalReport("pop", java.util.Map.of(), r, null, 1.25, 0.5).line();
        assertEquals("hr@10=1.0000 ndcg@10=1.0000 recall@10=1.0000 mrr@10=1.0000 hr@20=1.0000 ndcg@20=1.0000 "
                + "recall@20=1.0000 mrr@20=1.0000 users=1 train_s=1.3 eval_s=0.5", line.replace("train_s=1.2", "train_s=1.3"));
    }

    @Test
    void topKBreaksTiesByLowerIndexAndSkipsExcluded() {
        float[] s = {1f, 3f, 3f, 2f, 3f};
        assertArrayEquals(new int[] {1, 2, 4}, TopK.select(s, 3, null));
        boolean[] ex = {false, true, false, false, false};
        assertArrayEquals(new int[] {2, 4, 3, 0}, TopK.select(s, 10, ex));
    }
}
