package dev.livesell.recommend.model;

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
 * Item-transition model (a first-order Markov chain generalized to sequential rules): for each user's
 * event sequence, every pair {@code a → b} where b follows a within {@code window} steps adds
 * {@code 1/gap}; rows are normalized to sum 1 when {@code normalize}. A history scores item j by
 * {@code Σ decay^age · T(a, j)} over its last {@code steps} distinct items (age 0 = the newest event).
 * Order-aware, so it sees what EASE cannot: what usually comes right after the last items.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender mc = MarkovModel.trainer().window(3).steps(5).decay(0.6).fit(train);}
 */
public final class MarkovModel implements Recommender, RecencyView {
    private final InteractionMatrix data;
    private final Map<String, String> params;
    private final Csr transitions;
    private final int steps;
    private final double decay;

    MarkovModel(InteractionMatrix data, Map<String, String> params, Csr transitions, int steps, double decay) {
        this.data = data;
        this.params = Map.copyOf(params);
        this.transitions = transitions;
        this.steps = steps;
        this.decay = decay;
    }

    public static Trainer trainer() {
        return new Trainer(3, 5, 0.6, true);
    }

    @Override
    public String name() {
        return "markov";
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    Csr transitions() {
        return transitions;
    }

    @Override
    public Recommender withHistoryDecay(double newDecay) {
        Map<String, String> p = new java.util.LinkedHashMap<>(params);
        p.put("decay", String.valueOf(newDecay));
        return new MarkovModel(data, p, transitions, steps, newDecay);
    }

    @Override
    public void score(History history, float[] out) {
        Arrays.fill(out, 0f);
        int[] ptr = transitions.ptr();
        int[] cols = transitions.cols();
        float[] vals = transitions.vals();
        int used = 0;
        double f = 1;
        int[] done = new int[steps];
        for (int e = history.size() - 1; e >= 0 && used < steps; e--) {
            int a = history.item(e);
            boolean dup = false;
            for (int k = 0; k < used; k++) {
                dup |= done[k] == a;
            }
            if (dup) {
                f *= decay;
                continue;
            }
            done[used++] = a;
            float w = (float) f;
            for (int q = ptr[a]; q < ptr[a + 1]; q++) {
                out[cols[q]] += w * vals[q];
            }
            f *= decay;
        }
    }

    @Override
    public List<Reason> explain(History history, int item) {
        int best = NeighbourReasons.strongestSource(transitions, history, item);
        if (best < 0) {
            return List.of(Reason.of(Reason.NEXT_AFTER, "often comes next after items like yours"));
        }
        String id = data.items().id(best);
        return List.of(Reason.of(Reason.NEXT_AFTER, "often taken right after " + id, id));
    }

    /**
     * Trainer of {@link MarkovModel}: {@code window} (3), {@code steps} (last distinct items used, 5),
     * {@code decay} (0.6), {@code normalize} (true). Immutable.
     */
    public static final class Trainer implements Algorithm {
        private final int window;
        private final int steps;
        private final double decay;
        private final boolean normalize;

        Trainer(int window, int steps, double decay, boolean normalize) {
            this.window = window;
            this.steps = steps;
            this.decay = decay;
            this.normalize = normalize;
        }

        public Trainer window(int v) {
            return new Trainer(Params.positiveInt("window", String.valueOf(v)), steps, decay, normalize);
        }

        public Trainer steps(int v) {
            return new Trainer(window, Params.positiveInt("steps", String.valueOf(v)), decay, normalize);
        }

        public Trainer decay(double v) {
            return new Trainer(window, steps, Params.unit("decay", String.valueOf(v)), normalize);
        }

        public Trainer normalize(boolean v) {
            return new Trainer(window, steps, decay, v);
        }

        @Override
        public String name() {
            return "markov";
        }

        @Override
        public Map<String, String> params() {
            return Params.of("window", window, "steps", steps, "decay", decay, "normalize", normalize);
        }

        @Override
        public Algorithm withParam(String key, String value) {
            return switch (key) {
                case "window" -> window(Params.positiveInt(key, value));
                case "steps" -> steps(Params.positiveInt(key, value));
                case "decay" -> decay(Params.unit(key, value));
                case "normalize" -> normalize(Params.bool(key, value));
                default -> throw Params.unknown("markov", key, "window, steps, decay, normalize");
            };
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            int n = data.numItems();
            // occurrences of each item: (user, position) so a row can walk forward from each occurrence
            int[] cnt = new int[n + 1];
            for (int e = 0; e < data.numEvents(); e++) {
                cnt[data.item(e) + 1]++;
            }
            for (int i = 0; i < n; i++) {
                cnt[i + 1] += cnt[i];
            }
            int[] occ = new int[data.numEvents()];
            int[] pos = cnt.clone();
            for (int e = 0; e < data.numEvents(); e++) {
                occ[pos[data.item(e)]++] = e;
            }
            int[] endOf = new int[data.numEvents()];
            for (int u = 0; u < data.numUsers(); u++) {
                Arrays.fill(endOf, data.start(u), data.end(u), data.end(u));
            }
            float[] rowSum = new float[n];
            Csr raw = SparseRows.build(n, n, 0, SparseRows.threads(), (a, acc, touched) -> {
                for (int q = cnt[a]; q < cnt[a + 1]; q++) {
                    int e = occ[q];
                    int end = Math.min(endOf[e], e + 1 + window);
                    for (int f = e + 1; f < end; f++) {
                        int b = data.item(f);
                        if (b != a) {
                            acc[b] += 1f / (f - e);
                            touched.add(b);
                        }
                    }
                }
            }, (a, b, v) -> v);
            if (normalize) {
                float[] vals = raw.vals();
                for (int a = 0; a < n; a++) {
                    float s = 0;
                    for (int q = raw.ptr()[a]; q < raw.ptr()[a + 1]; q++) {
                        s += vals[q];
                    }
                    rowSum[a] = s;
                    for (int q = raw.ptr()[a]; q < raw.ptr()[a + 1]; q++) {
                        vals[q] /= s;
                    }
                }
            }
            return new MarkovModel(data, params(), raw, steps, decay);
        }
    }
}
