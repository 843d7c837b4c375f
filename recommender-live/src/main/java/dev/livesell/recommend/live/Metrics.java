package dev.livesell.recommend.live;

import java.util.Set;

/** Top-k metrics at 10 and 20 (HR, NDCG, Recall, MRR), accumulated per user. Stateless. */
final class Metrics {
    private Metrics() {
    }

    /** Adds one user's metrics to {@code sum} (8 slots: hr, ndcg, recall, mrr at 10, then at 20). */
    static void accumulate(double[] sum, int[] ranked, Set<Integer> truth) {
        int[] ks = {10, 20};
        for (int kk = 0; kk < 2; kk++) {
            int k = ks[kk];
            int hits = 0;
            double dcg = 0;
            double rr = 0;
            for (int r = 0; r < Math.min(k, ranked.length); r++) {
                if (truth.contains(ranked[r])) {
                    hits++;
                    dcg += 1 / (Math.log(r + 2) / Math.log(2));
                    if (rr == 0) {
                        rr = 1.0 / (r + 1);
                    }
                }
            }
            double idcg = 0;
            for (int r = 0; r < Math.min(k, truth.size()); r++) {
                idcg += 1 / (Math.log(r + 2) / Math.log(2));
            }
            sum[kk * 4] += hits > 0 ? 1 : 0;
            sum[kk * 4 + 1] += idcg == 0 ? 0 : dcg / idcg;
            sum[kk * 4 + 2] += truth.isEmpty() ? 0 : (double) hits / truth.size();
            sum[kk * 4 + 3] += rr;
        }
    }
}
