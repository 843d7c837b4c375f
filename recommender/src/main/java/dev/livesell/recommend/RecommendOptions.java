package dev.livesell.recommend;

import dev.livesell.core.InvalidValueException;

/**
 * Options of one {@link Recommender#recommend} call: {@code excludeSeen} (default true) removes the items
 * in the viewer's history; {@code allowRepurchase} keeps already-seen items that the history shows as
 * purchased (consumables: an event of type {@code PURCHASE}, or, where a history carries no types, an event
 * weighing at least the default purchase weight 5); {@code explain} (default true) attaches reasons. Immutable and thread-safe.
 *
 * <p>Example: {@code RecommendOptions.defaults().withAllowRepurchase(true)}
 */
public record RecommendOptions(boolean excludeSeen, boolean allowRepurchase, boolean explain) {
    private static final RecommendOptions DEFAULTS = new RecommendOptions(true, false, true);

    public static RecommendOptions defaults() {
        return DEFAULTS;
    }

    /** Seen items may be recommended again (session next-item, repeat consumption). */
    public static RecommendOptions includeSeen() {
        return new RecommendOptions(false, false, true);
    }

    public RecommendOptions withExcludeSeen(boolean v) {
        return new RecommendOptions(v, allowRepurchase, explain);
    }

    public RecommendOptions withAllowRepurchase(boolean v) {
        return new RecommendOptions(excludeSeen, v, explain);
    }

    public RecommendOptions withExplain(boolean v) {
        return new RecommendOptions(excludeSeen, allowRepurchase, v);
    }

    static void checkK(int k) {
        if (k <= 0) {
            throw new InvalidValueException("k", "must be positive", k);
        }
    }
}
