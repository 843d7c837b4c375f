package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted blend of models trained on the same data: each part's scores for a history are divided by
 * that part's largest score (so parts on different scales mix), multiplied by the part's weight and
 * summed. Reasons come from the part contributing most to the item. Immutable and thread-safe.
 *
 * <p>Example: {@code BlendModel.trainer(List.of(ItemKnnModel.trainer(), MarkovModel.trainer()), 1.0, 0.5).fit(train)}
 */
public final class BlendModel implements Recommender {
    private final InteractionMatrix data;
    private final String name;
    private final List<Recommender> parts;
    private final double[] weights;

    BlendModel(InteractionMatrix data, String name, List<Recommender> parts, double[] weights) {
        this.data = data;
        this.name = name;
        this.parts = List.copyOf(parts);
        this.weights = weights.clone();
    }

    /** A blend of the given trainers with one weight each. */
    public static Trainer trainer(List<? extends Algorithm> parts, double... weights) {
        return new Trainer("blend", List.copyOf(parts), weights.clone());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> params() {
        return paramsOf(parts.stream().map(p -> (Object) p).toList(), weights);
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** The blended models, in order. */
    public List<Recommender> parts() {
        return parts;
    }

    /** The blend weights, in part order. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public void score(History history, float[] out) {
        java.util.Arrays.fill(out, 0f);
        float[] buf = new float[out.length];
        for (int p = 0; p < parts.size(); p++) {
            if (weights[p] == 0) {
                continue;
            }
            parts.get(p).score(history, buf);
            float max = 0;
            for (float v : buf) {
                max = Math.max(max, v);
            }
            if (max <= 0) {
                continue;
            }
            float f = (float) (weights[p] / max);
            for (int i = 0; i < out.length; i++) {
                out[i] += f * buf[i];
            }
        }
    }

    /**
     * A part's scores for {@code history} as a blend mixes them: divided by the part's largest score, all zero
     * when no score is positive. Used by {@link TunedBlend} and {@link RerankFeatures} to see parts as the blend does.
     */
    static void normalizedScores(Recommender part, History history, float[] out) {
        part.score(history, out);
        float max = 0;
        for (float v : out) {
            max = Math.max(max, v);
        }
        float f = max > 0 ? 1 / max : 0;
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
    }

    @Override
    public List<Reason> explain(History history, int item) {
        float[] buf = new float[data.numItems()];
        int best = -1;
        double bestC = 0;
        for (int p = 0; p < parts.size(); p++) {
            if (weights[p] == 0) {
                continue;
            }
            parts.get(p).score(history, buf);
            float max = 0;
            for (float v : buf) {
                max = Math.max(max, v);
            }
            double c = max > 0 ? weights[p] * buf[item] / max : 0;
            if (c > bestC) {
                bestC = c;
                best = p;
            }
        }
        return best < 0 ? List.of(Reason.of(Reason.POPULAR, "fits your history as a whole")) : parts.get(best).explain(history, item);
    }

    private static Map<String, String> paramsOf(List<Object> parts, double[] weights) {
        Map<String, String> m = new LinkedHashMap<>();
        StringBuilder names = new StringBuilder();
        StringBuilder ws = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            Object o = parts.get(p);
            String n = o instanceof Algorithm a ? a.name() : ((Recommender) o).name();
            Map<String, String> ps = o instanceof Algorithm a ? a.params() : ((Recommender) o).params();
            names.append(p == 0 ? "" : ",").append(n);
            ws.append(p == 0 ? "" : ",").append(weights[p]);
            for (Map.Entry<String, String> e : ps.entrySet()) {
                m.put(p + "." + e.getKey(), e.getValue());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("parts", names.toString());
        out.put("weights", ws.toString());
        out.putAll(m);
        return out;
    }

    /**
     * Trainer of {@link BlendModel}. Parameters: {@code weights=w0,w1,...}, {@code wN} (one weight), and
     * {@code N.key} (a parameter of part N). Immutable.
     */
    public static final class Trainer implements Algorithm {
        private final String name;
        private final List<Algorithm> parts;
        private final double[] weights;

        Trainer(String name, List<Algorithm> parts, double[] weights) {
            if (parts.isEmpty() || parts.size() != weights.length) {
                throw new InvalidValueException("weights", "need one weight per part (" + parts.size() + " parts)", weights.length);
            }
            for (double w : weights) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new InvalidValueException("weights", "must be non-negative and finite", w);
                }
            }
            this.name = name;
            this.parts = List.copyOf(parts);
            this.weights = weights;
        }

        /** The same blend reported under another name (used by the protocol defaults). */
        public Trainer named(String newName) {
            return new Trainer(newName, parts, weights);
        }

        public List<Algorithm> parts() {
            return parts;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Map<String, String> params() {
            return paramsOf(new ArrayList<>(parts), weights);
        }

        @Override
        public Algorithm withParam(String key, String value) {
            if (key.equals("weights")) {
                String[] f = value.split(",");
                if (f.length != parts.size()) {
                    throw new InvalidValueException("weights", "need " + parts.size() + " comma-separated weights", value);
                }
                double[] w = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    w[i] = Params.nonNegative("weights", f[i]);
                }
                return new Trainer(name, parts, w);
            }
            if (key.matches("w\\d+")) {
                int p = part(key, key.substring(1));
                double[] w = weights.clone();
                w[p] = Params.nonNegative(key, value);
                return new Trainer(name, parts, w);
            }
            int dot = key.indexOf('.');
            if (dot > 0) {
                int p = part(key, key.substring(0, dot));
                List<Algorithm> ps = new ArrayList<>(parts);
                ps.set(p, ps.get(p).withParam(key.substring(dot + 1), value));
                return new Trainer(name, ps, weights);
            }
            throw Params.unknown(name, key, "weights, w0.., N.param");
        }

        private int part(String key, String index) {
            try {
                int p = Integer.parseInt(index);
                if (p >= 0 && p < parts.size()) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new InvalidValueException("param", "no blend part " + index + " (have 0.." + (parts.size() - 1) + ")", key);
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            List<Recommender> fitted = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                fitted.add(weights[p] == 0 ? new PopularityModel(data) : parts.get(p).fit(data));
            }
            return new BlendModel(data, name, fitted, weights);
        }
    }
}
