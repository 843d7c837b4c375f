package dev.livesell.recommend.eval;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.ChunkedTasks;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.TopK;
import dev.livesell.recommend.data.History;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-ranking evaluation (every item is a candidate; no sampled negatives). For each {@link EvalCase}
 * the model scores all items, the case's history items are removed when {@code excludeSeen}, and the
 * top {@code max(k)} are compared with the targets:
 * <ul>
 *   <li>{@code hr@k}: 1 if any target is in the top k;</li>
 *   <li>{@code recall@k}: targets in the top k / number of targets;</li>
 *   <li>{@code precision@k}: targets in the top k / k;</li>
 *   <li>{@code ndcg@k}: DCG with gain 1/log2(rank+1) over the ideal DCG of min(k, targets) hits;</li>
 *   <li>{@code mrr@k}: 1/rank of the first target in the top k, else 0;</li>
 *   <li>{@code coverage@k}: distinct items recommended in any top k / catalogue size.</li>
 * </ul>
 * Ties are broken by the lower item index. Immutable and thread-safe.
 *
 * <p>Example: {@code EvalResult r = Evaluator.of(10, 20).evaluate(model, split.test(), true);}
 */
public final class Evaluator {
    private final int[] ks;
    private final int threads;

    private Evaluator(int[] ks, int threads) {
        this.ks = ks;
        this.threads = threads;
    }

    /** An evaluator at the given cutoffs, using up to 2 threads. */
    public static Evaluator of(int... ks) {
        if (ks.length == 0) {
            throw new InvalidValueException("ks", "must name at least one cutoff", "[]");
        }
        for (int k : ks) {
            if (k <= 0) {
                throw new InvalidValueException("k", "must be positive", k);
            }
        }
        return new Evaluator(ks.clone(), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public Evaluator withThreads(int n) {
        if (n <= 0) {
            throw new InvalidValueException("threads", "must be positive", n);
        }
        return new Evaluator(ks, n);
    }

    /** Evaluates a trained model on the cases. */
    public EvalResult evaluate(Recommender model, List<EvalCase> cases, boolean excludeSeen) {
        int maxK = Arrays.stream(ks).max().orElseThrow();
        int nItems = model.data().numItems();
        int[][] tops = new int[cases.size()][];
        ChunkedTasks.run("livesell-eval", threads, threads * 8, (chunk, chunks) -> {
            float[] scores = new float[nItems];
            boolean[] excluded = new boolean[nItems];
            for (int q = chunk; q < cases.size(); q += chunks) {
                tops[q] = rank(model, cases.get(q).history(), scores, excluded, excludeSeen, maxK);
            }
        });
        return score(cases, tops, nItems);
    }

    /** Metrics for precomputed rankings (best first, one per case); public for tests and custom models. */
    public EvalResult score(List<EvalCase> cases, int[][] rankings, int nItems) {
        Map<String, Double> m = new LinkedHashMap<>();
        int n = cases.size();
        for (int k : ks) {
            double hr = 0;
            double ndcg = 0;
            double recall = 0;
            double mrr = 0;
            double precision = 0;
            boolean[] covered = new boolean[Math.max(nItems, 1)];
            int coveredCount = 0;
            for (int q = 0; q < n; q++) {
                EvalCase c = cases.get(q);
                int[] top = rankings[q];
                int lim = Math.min(k, top.length);
                int hits = 0;
                double dcg = 0;
                double rr = 0;
                for (int r = 0; r < lim; r++) {
                    int it = top[r];
                    if (it < covered.length && !covered[it]) {
                        covered[it] = true;
                        coveredCount++;
                    }
                    if (isTarget(c, it)) {
                        hits++;
                        dcg += 1.0 / (Math.log(r + 2) / Math.log(2));
                        if (rr == 0) {
                            rr = 1.0 / (r + 1);
                        }
                    }
                }
                int nt = distinctTargets(c);
                double idcg = 0;
                for (int r = 0; r < Math.min(k, nt); r++) {
                    idcg += 1.0 / (Math.log(r + 2) / Math.log(2));
                }
                hr += hits > 0 ? 1 : 0;
                ndcg += idcg > 0 ? dcg / idcg : 0;
                recall += nt > 0 ? (double) hits / nt : 0;
                mrr += rr;
                precision += (double) hits / k;
            }
            double d = Math.max(n, 1);
            m.put("hr@" + k, hr / d);
            m.put("ndcg@" + k, ndcg / d);
            m.put("recall@" + k, recall / d);
            m.put("mrr@" + k, mrr / d);
            m.put("precision@" + k, precision / d);
            m.put("coverage@" + k, nItems == 0 ? 0 : (double) coveredCount / nItems);
        }
        return new EvalResult(m, n);
    }

    private static boolean isTarget(EvalCase c, int item) {
        for (int i = 0; i < c.targetCount(); i++) {
            if (c.target(i) == item) {
                return true;
            }
        }
        return false;
    }

    private static int distinctTargets(EvalCase c) {
        int[] t = c.targets();
        return (int) Arrays.stream(t).distinct().count();
    }

    private static int[] rank(Recommender model, History h, float[] scores, boolean[] excluded, boolean excludeSeen, int k) {
        if (h.isEmpty()) {
            int[] counts = model.data().itemCounts();
            for (int i = 0; i < scores.length; i++) {
                scores[i] = counts[i];
            }
        } else {
            model.score(h, scores);
        }
        if (!excludeSeen) {
            return TopK.select(scores, k, null);
        }
        for (int e = 0; e < h.size(); e++) {
            excluded[h.item(e)] = true;
        }
        int[] top = TopK.select(scores, k, excluded);
        for (int e = 0; e < h.size(); e++) {
            excluded[h.item(e)] = false;
        }
        return top;
    }
}
