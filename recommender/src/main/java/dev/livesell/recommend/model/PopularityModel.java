package dev.livesell.recommend.model;

import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.List;
import java.util.Map;

/**
 * Most-popular items: the score of an item is its number of events in the training data (ties: lower item
 * index first). The evaluator's sanity check, and every model's cold-start fallback. Immutable and
 * thread-safe.
 *
 * <p>Example: {@code Recommender pop = PopularityModel.trainer().fit(data);}
 */
public final class PopularityModel implements Recommender {
    private final InteractionMatrix data;
    private final float[] counts;

    PopularityModel(InteractionMatrix data) {
        this.data = data;
        int[] c = data.itemCounts();
        counts = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            counts[i] = c[i];
        }
    }

    public static Trainer trainer() {
        return new Trainer();
    }

    @Override
    public String name() {
        return "pop";
    }

    @Override
    public Map<String, String> params() {
        return Map.of();
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public void score(History history, float[] out) {
        System.arraycopy(counts, 0, out, 0, counts.length);
    }

    @Override
    public List<Reason> explain(History history, int item) {
        return List.of(Reason.of(Reason.POPULAR, "popular: " + (int) counts[item] + " interactions"));
    }

    /** Trainer of {@link PopularityModel} (no parameters). Immutable and thread-safe. */
    public static final class Trainer implements Algorithm {
        @Override
        public String name() {
            return "pop";
        }

        @Override
        public Map<String, String> params() {
            return Map.of();
        }

        @Override
        public Algorithm withParam(String key, String value) {
            throw Params.unknown("pop", key, "(none)");
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            return new PopularityModel(data);
        }
    }
}
