package dev.livesell.recommend.live;

/**
 * Ranks items for a user's next basket at a given day (same time axis as the {@link PurchaseHistory}
 * it was fitted on). Implementations: {@link RepurchaseRanker} (the default), and the baselines
 * {@link #popularity} and {@link #personalTopFrequency}. Fitted instances are immutable and thread-safe.
 *
 * <p>Example: {@code int[] top = RepurchaseRanker.fit(history).recommend(u, day, 10);}
 */
public interface NextBasketRecommender {
    /** The {@code k} best items for the user's basket at {@code day}, best first. */
    int[] recommend(int user, double day, int k);

    /** Global popularity (baskets containing the item), ties by item index. */
    static NextBasketRecommender popularity(PurchaseHistory h) {
        RepurchaseCycles c = RepurchaseCycles.fit(h);
        int[] order = RepurchaseRanker.byPopularity(c, h.items());
        return (user, day, k) -> java.util.Arrays.copyOf(order, Math.min(k, order.length));
    }

    /**
     * "P-TopFreq": the user's most frequently bought items (ties: more recent first, then popularity),
     * filled with popular items — the strong next-basket baseline.
     */
    static NextBasketRecommender personalTopFrequency(PurchaseHistory h) {
        RepurchaseCycles c = RepurchaseCycles.fit(h);
        int[] pop = RepurchaseRanker.byPopularity(c, h.items());
        return (user, day, k) -> {
            int[] items = c.itemsView(user);
            Integer[] idx = new Integer[items.length];
            for (int s = 0; s < items.length; s++) {
                idx[s] = s;
            }
            java.util.Arrays.sort(idx, (a, b) -> {
                int cmp = Integer.compare(c.count(user, b), c.count(user, a));
                if (cmp != 0) {
                    return cmp;
                }
                cmp = Double.compare(c.lastDay(user, b), c.lastDay(user, a));
                if (cmp != 0) {
                    return cmp;
                }
                return Integer.compare(c.popularity(items[b]), c.popularity(items[a]));
            });
            int[] out = new int[Math.min(k, items.length + pop.length)];
            int n = 0;
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (int s = 0; s < idx.length && n < k; s++) {
                out[n++] = items[idx[s]];
                used.add(items[idx[s]]);
            }
            for (int p = 0; p < pop.length && n < k; p++) {
                if (used.add(pop[p])) {
                    out[n++] = pop[p];
                }
            }
            return java.util.Arrays.copyOf(out, n);
        };
    }
}
