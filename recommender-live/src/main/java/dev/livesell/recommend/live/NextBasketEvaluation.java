package dev.livesell.recommend.live;

import dev.livesell.core.InvalidValueException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The next-basket protocol: for every user with at least three baskets, fit on all baskets but the
 * last and predict the last one's items at its day (full ranking over all items). Metrics at 10 and
 * 20: HR (any hit), NDCG (binary gains, ideal = min(k, basket size) hits), Recall (hits / basket
 * size), MRR (first hit). Models tune themselves on the training part only (e.g. {@link RepurchaseRanker}
 * uses each user's second-to-last basket). Stateless; thread-safe.
 *
 * <p>Example: {@code NextBasketEvaluation.run(history, RepurchaseRanker::fit).line()}
 */
public final class NextBasketEvaluation {
    /** Folds of the backtest that {@link RepurchaseRanker}'s settings were chosen on. */
    public static final int BACKTEST_FOLDS = 6;

    private NextBasketEvaluation() {
    }

    /** Metric means over users, and timings. */
    public record Result(double hr10, double ndcg10, double recall10, double mrr10, double hr20, double ndcg20,
                         double recall20, double mrr20, int users, double trainSeconds, double evalSeconds) {
        /** The evaluation command's last line. */
        public String line() {
            return String.format(Locale.ROOT,
                    "hr@10=%.4f ndcg@10=%.4f recall@10=%.4f mrr@10=%.4f hr@20=%.4f ndcg@20=%.4f recall@20=%.4f mrr@20=%.4f users=%d train_s=%.1f eval_s=%.1f",
                    hr10, ndcg10, recall10, mrr10, hr20, ndcg20, recall20, mrr20, users, trainSeconds, evalSeconds);
        }
    }

    /**
     * The validation run used to choose settings: each evaluated user's test basket (the last) is
     * dropped, so the target is the second-to-last basket and the test part is never read.
     */
    public static Result validation(PurchaseHistory full, Function<PurchaseHistory, NextBasketRecommender> trainer) {
        return run(dropLast(full, 1), trainer);
    }

    /**
     * Validation over several folds, for choosing settings with less noise than one fold: fold
     * {@code b} (1..{@code folds}) drops each user's last {@code b} baskets (so the test basket is
     * never read) and runs the protocol on what is left; metrics are means over every (fold, user)
     * pair, times are sums. Fold 1 is {@link #validation}.
     */
    public static Result backtest(PurchaseHistory full, Function<PurchaseHistory, NextBasketRecommender> trainer, int folds) {
        if (folds < 1) {
            throw new InvalidValueException("folds", "must be at least 1", folds);
        }
        double[] sum = new double[8];
        int users = 0;
        double train = 0;
        double eval = 0;
        for (int b = 1; b <= folds; b++) {
            Result r = run(dropLast(full, b), trainer);
            double[] m = {r.hr10, r.ndcg10, r.recall10, r.mrr10, r.hr20, r.ndcg20, r.recall20, r.mrr20};
            for (int i = 0; i < 8; i++) {
                sum[i] += m[i] * r.users;
            }
            users += r.users;
            train += r.trainSeconds;
            eval += r.evalSeconds;
        }
        double n = Math.max(1, users);
        return new Result(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n, sum[6] / n, sum[7] / n,
                users, train, eval);
    }

    /** Each evaluated user's (at least three baskets) last {@code k} baskets dropped; other users kept whole. */
    private static PurchaseHistory dropLast(PurchaseHistory full, int k) {
        return full.truncate(u -> full.baskets(u).size() >= 3 ? Math.max(0, full.baskets(u).size() - k) : full.baskets(u).size());
    }

    /** Fits on all but each user's last basket (users with at least three) and evaluates on the last. */
    public static Result run(PurchaseHistory full, Function<PurchaseHistory, NextBasketRecommender> trainer) {
        PurchaseHistory train = dropLast(full, 1);
        long t0 = System.nanoTime();
        NextBasketRecommender model = trainer.apply(train);
        long t1 = System.nanoTime();
        double[] sum = new double[8];
        int users = 0;
        for (int u = 0; u < full.users(); u++) {
            var bs = full.baskets(u);
            if (bs.size() < 3) {
                continue;
            }
            var target = bs.get(bs.size() - 1);
            Set<Integer> truth = new HashSet<>();
            for (int i : target.items()) {
                truth.add(i);
            }
            int[] ranked = model.recommend(u, target.day(), 20);
            users++;
            Metrics.accumulate(sum, ranked, truth);
        }
        long t2 = System.nanoTime();
        double n = Math.max(1, users);
        return new Result(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n, sum[6] / n, sum[7] / n,
                users, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
