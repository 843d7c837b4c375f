package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link BlendModel} whose top candidates are re-ordered by a learned scorer ({@link BoostedTrees} over
 * {@link RerankFeatures}: each part's score and rank, the newest event's pull, popularity now and overall,
 * repeats in the history). {@link #score} gives the candidates scores above every other item, spaced by
 * 1 in the scorer's order (ties by blended rank); the other items keep their blended scores. Trained by {@link Reranker}; reasons come
 * from the blend. Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender r = Reranker.builder("mine", blend).build().fit(train);}
 */
public final class RerankedModel implements Recommender {
    private final BlendModel blend;
    private final BoostedTrees scorer;
    private final RerankFeatures features;

    RerankedModel(BlendModel blend, BoostedTrees scorer, int candidates, boolean excludeSeen) {
        this.blend = blend;
        this.scorer = scorer;
        this.features = new RerankFeatures(blend, candidates, excludeSeen);
        if (!features.names().equals(scorer.features())) {
            throw new InvalidValueException("scorer", "features must be " + features.names(), scorer.features());
        }
    }

    @Override
    public String name() {
        return blend.name();
    }

    @Override
    public Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>(blend.params());
        m.put("candidates", String.valueOf(features.candidates()));
        m.put("excludeSeen", String.valueOf(features.excludeSeen()));
        m.put("trees", String.valueOf(scorer.model().trees().size()));
        return m;
    }

    @Override
    public InteractionMatrix data() {
        return blend.data();
    }

    /** The blend whose candidates are re-ordered. */
    public BlendModel blend() {
        return blend;
    }

    /** The learned scorer (its versioned JSON: {@link BoostedTrees#toJson()}). */
    public BoostedTrees scorer() {
        return scorer;
    }

    int candidates() {
        return features.candidates();
    }

    boolean excludeSeen() {
        return features.excludeSeen();
    }

    @Override
    public void score(History history, float[] out) {
        if (history.isEmpty()) {
            blend.score(history, out);
            return;
        }
        RerankFeatures.Rows r = features.compute(history, out);
        float top = 0;
        for (float v : out) {
            top = Math.max(top, v);
        }
        int m = r.items().length;
        double[] z = new double[m];
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            z[k] = scorer.logit(r.rows()[k]);
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(z[b], z[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int rank = 0; rank < m; rank++) {
            out[r.items()[order[rank]]] = top + m - rank;
        }
    }

    @Override
    public List<Reason> explain(History history, int item) {
        return blend.explain(history, item);
    }
}
