package dev.livesell.recommend;

import dev.livesell.core.InteractionType;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained recommender: scores every item of its training data's catalogue for a viewer's
 * {@link History} and turns the best into {@link Recommendation}s with reasons. Known viewers are
 * addressed by user index or id; anonymous viewers (a live-room session) by a {@link History} of item
 * indices. A viewer with no history gets popular items with the reason {@code cold-start}.
 * Implementations are immutable and thread-safe.
 *
 * <p>Example: {@code model.recommend(model.data().users().indexOf("v-1"), 10)}
 */
public interface Recommender {
    /** The algorithm name (pop, itemknn, ease, ials, markov, sknn, blend, ...). */
    String name();

    /** The hyper-parameters it was trained with, as text. */
    Map<String, String> params();

    /** The data it was trained on: dictionaries, and the histories of known users. */
    InteractionMatrix data();

    /**
     * Writes a score for every item into {@code out} (length {@code data().numItems()}; overwritten).
     * Higher is better. Seen items are not excluded here (see {@link #recommend(History, int, RecommendOptions)}).
     */
    void score(History history, float[] out);

    /** Why {@code item} fits this history (the model's strongest signal); at least one reason. */
    default List<Reason> explain(History history, int item) {
        return List.of(Reason.of(name(), "scored by " + name()));
    }

    /** Top-k for a known user, seen items excluded, with reasons. */
    default List<Recommendation> recommend(int user, int k) {
        return recommend(data().history(user), k, RecommendOptions.defaults());
    }

    default List<Recommendation> recommend(int user, int k, RecommendOptions options) {
        return recommend(data().history(user), k, options);
    }

    /** Top-k by external user id; unknown users are cold-start. */
    default List<Recommendation> recommend(String userId, int k, RecommendOptions options) {
        return recommend(data().history(userId), k, options);
    }

    /** Top-k for any history (anonymous viewers included). */
    default List<Recommendation> recommend(History history, int k, RecommendOptions options) {
        RecommendOptions.checkK(k);
        InteractionMatrix d = data();
        int n = d.numItems();
        history.checkItems(n);
        ScoreBuffers buf = ScoreBuffers.acquire(n);
        try {
            return recommendInto(this, history, k, options, buf);
        } finally {
            buf.release();
        }
    }

    /**
     * Whether a history event is a purchase: by its interaction type when the history carries it,
     * otherwise (type unknown, -1) by a weight at least the default purchase weight (5).
     */
    private static boolean isPurchase(History history, int e) {
        int t = history.type(e);
        if (t >= 0) {
            return t == InteractionType.PURCHASE.ordinal();
        }
        return history.weight(e) >= InteractionType.PURCHASE.defaultWeight();
    }

    private static List<Recommendation> recommendInto(Recommender model, History history, int k, RecommendOptions options, ScoreBuffers buf) {
        InteractionMatrix d = model.data();
        int n = d.numItems();
        float[] scores = buf.scores;
        boolean cold = history.isEmpty();
        if (cold) {
            int[] counts = d.itemCounts();
            for (int i = 0; i < n; i++) {
                scores[i] = counts[i];
            }
        } else {
            model.score(history, scores);
        }
        boolean[] excluded = null;
        java.util.Set<Integer> purchased = new java.util.HashSet<>();
        int[] top;
        try {
            if (options.excludeSeen() && !cold) {
                excluded = buf.excluded;
                for (int e = 0; e < history.size(); e++) {
                    excluded[history.item(e)] = true;
                }
                if (options.allowRepurchase()) {
                    for (int e = 0; e < history.size(); e++) {
                        if (isPurchase(history, e)) {
                            purchased.add(history.item(e));
                        }
                    }
                    for (int i : purchased) {
                        excluded[i] = false;
                    }
                }
            }
            top = TopK.select(scores, k, excluded);
        } finally {
            if (excluded != null) {
                for (int e = 0; e < history.size(); e++) {
                    excluded[history.item(e)] = false;
                }
            }
        }
        List<Recommendation> out = new ArrayList<>(top.length);
        for (int i : top) {
            List<Reason> reasons;
            if (!options.explain()) {
                reasons = List.of();
            } else if (cold) {
                reasons = List.of(Reason.of(Reason.COLD_START, "no history yet: popular with everyone"));
            } else {
                List<Reason> r = new ArrayList<>();
                if (purchased.contains(i)) {
                    r.add(Reason.of(Reason.REPURCHASE, "bought before", d.items().id(i)));
                }
                r.addAll(model.explain(history, i));
                reasons = r;
            }
            out.add(new Recommendation(i, d.items().id(i), scores[i], reasons));
        }
        return out;
    }
}
