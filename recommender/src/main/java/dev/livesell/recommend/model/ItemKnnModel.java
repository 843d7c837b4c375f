package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Item-based k-nearest neighbours: similarity {@code co(i,j) / (n_i^α · n_j^(1-α) + shrink)} (α = 0.5 is
 * cosine with shrinkage) over the users who took both, the {@code k} most similar items kept per item
 * (a sparse model: scoring costs history × k). A history's score for j sums
 * {@code weight(i) · sim(i, j)} over its items, where recent items can count more ({@code decay} &lt; 1).
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender knn = ItemKnnModel.trainer().neighbours(200).shrink(10).fit(train);}
 */
public final class ItemKnnModel implements Recommender, RecencyView {
    private final InteractionMatrix data;
    private final Map<String, String> params;
    private final Csr sims;
    private final double decay;

    ItemKnnModel(InteractionMatrix data, Map<String, String> params, Csr sims, double decay) {
        this.data = data;
        this.params = Map.copyOf(params);
        this.sims = sims;
        this.decay = decay;
    }

    public static Trainer trainer() {
        return new Trainer(100, 10, 0.5, 1.0, false);
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    Csr similarities() {
        return sims;
    }

    @Override
    public Recommender withHistoryDecay(double newDecay) {
        Map<String, String> p = new java.util.LinkedHashMap<>(params);
        p.put("decay", String.valueOf(newDecay));
        return new ItemKnnModel(data, p, sims, newDecay);
    }

    @Override
    public void score(History history, float[] out) {
        Arrays.fill(out, 0f);
        HistoryProfile.of(history, decay, false).addRows(sims, false, out);
    }

    @Override
    public List<Reason> explain(History history, int item) {
        return NeighbourReasons.similarTo(data, sims, history, item);
    }

    /**
     * Trainer of {@link ItemKnnModel}: {@code k} neighbours per item (100), {@code shrink} (10), {@code alpha}
     * (0.5), {@code decay} (history recency, 1 = none), {@code weighted} (event weights in co-counts). Immutable.
     */
    public static final class Trainer implements Algorithm {
        private final int k;
        private final double shrink;
        private final double alpha;
        private final double decay;
        private final boolean weighted;

        Trainer(int k, double shrink, double alpha, double decay, boolean weighted) {
            this.k = k;
            this.shrink = shrink;
            this.alpha = alpha;
            this.decay = decay;
            this.weighted = weighted;
        }

        public Trainer neighbours(int v) {
            if (v <= 0) {
                throw new InvalidValueException("k", "must be positive", v);
            }
            return new Trainer(v, shrink, alpha, decay, weighted);
        }

        public Trainer shrink(double v) {
            return new Trainer(k, Params.nonNegative("shrink", String.valueOf(v)), alpha, decay, weighted);
        }

        public Trainer alpha(double v) {
            return new Trainer(k, shrink, Params.unit("alpha", String.valueOf(v)), decay, weighted);
        }

        public Trainer decay(double v) {
            return new Trainer(k, shrink, alpha, Params.unit("decay", String.valueOf(v)), weighted);
        }

        public Trainer weighted(boolean v) {
            return new Trainer(k, shrink, alpha, decay, v);
        }

        @Override
        public String name() {
            return "itemknn";
        }

        @Override
        public Map<String, String> params() {
            return Params.of("k", k, "shrink", shrink, "alpha", alpha, "decay", decay, "weighted", weighted);
        }

        @Override
        public Algorithm withParam(String key, String value) {
            return switch (key) {
                case "k" -> neighbours(Params.positiveInt(key, value));
                case "shrink" -> shrink(Params.nonNegative(key, value));
                case "alpha" -> alpha(Params.unit(key, value));
                case "decay" -> decay(Params.unit(key, value));
                case "weighted" -> weighted(Params.bool(key, value));
                default -> throw Params.unknown("itemknn", key, "k, shrink, alpha, decay, weighted");
            };
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            Csr x = data.byUser();
            Csr xt = x.transpose();
            int n = data.numItems();
            float[] norm = new float[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int q = xt.ptr()[i]; q < xt.ptr()[i + 1]; q++) {
                    s += weighted ? xt.vals()[q] * xt.vals()[q] : 1;
                }
                norm[i] = (float) s;
            }
            Csr sims = SparseRows.build(n, n, k, SparseRows.threads(), (i, acc, touched) -> {
                for (int q = xt.ptr()[i]; q < xt.ptr()[i + 1]; q++) {
                    int u = xt.cols()[q];
                    float wi = weighted ? xt.vals()[q] : 1f;
                    for (int p = x.ptr()[u]; p < x.ptr()[u + 1]; p++) {
                        int j = x.cols()[p];
                        if (j != i) {
                            acc[j] += wi * (weighted ? x.vals()[p] : 1f);
                            touched.add(j);
                        }
                    }
                }
            }, (i, j, raw) -> (float) (raw / (Math.pow(norm[i], alpha) * Math.pow(norm[j], 1 - alpha) + shrink)));
            return new ItemKnnModel(data, params(), sims, decay);
        }
    }
}
