package dev.livesell.recommend.live;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Inter-purchase intervals learned from a {@link PurchaseHistory}: per user × item (count, last
 * purchase, mean interval), with population priors per item and per category for users who bought
 * an item too rarely to have a cycle of their own. Estimates when a repurchase is due.
 *
 * <p>Expected interval for user u and item i: {@code (n·mean_ui + K·prior_i) / (n + K)}, n = the
 * user's observed intervals, K = {@value #PRIOR_STRENGTH}; the prior is the item's population mean
 * interval when at least {@value #MIN_PRIOR_INTERVALS} intervals were seen, else its category's, else
 * the catalog hint ({@code Product.replenishmentDays}) if given, else the global mean.
 *
 * <p>Example: {@code RepurchaseCycles.fit(history, i -> Double.NaN).due(u, i, today).isDue()}
 *
 * <p>Immutable and thread-safe.
 */
public final class RepurchaseCycles {
    /** Weight of the population prior, in intervals. */
    public static final double PRIOR_STRENGTH = 2.0;
    /** Intervals an item needs before its own population mean is used as prior. */
    public static final int MIN_PRIOR_INTERVALS = 3;

    private final PurchaseHistory history;
    // per user: sorted distinct items and their stats
    private final int[][] userItems;
    private final int[][] counts;
    private final int[][] lastBasket;
    private final int[][] firstBasket;
    private final double[][] lastDay;
    private final double[][] meanInterval;
    private final double[] itemPrior;
    private final int[] itemPopularity;
    private final double[] itemRepeatRate;
    private final boolean[] cyclic;
    private final double globalMean;

    private RepurchaseCycles(PurchaseHistory h, IntToDoubleFunction hint) {
        this.history = h;
        int nu = h.users();
        int ni = h.items();
        userItems = new int[nu][];
        counts = new int[nu][];
        lastBasket = new int[nu][];
        firstBasket = new int[nu][];
        lastDay = new double[nu][];
        meanInterval = new double[nu][];
        double[] itemSum = new double[ni];
        int[] itemN = new int[ni];
        int nc = Math.max(1, h.categories());
        double[] catSum = new double[nc];
        int[] catN = new int[nc];
        itemPopularity = new int[ni];
        int[] buyers = new int[ni];
        int[] repeaters = new int[ni];
        double gSum = 0;
        int gN = 0;
        for (int u = 0; u < nu; u++) {
            var bs = h.baskets(u);
            java.util.HashMap<Integer, double[]> st = new java.util.HashMap<>(); // count, firstDay, lastDay, lastIdx
            for (int b = 0; b < bs.size(); b++) {
                var basket = bs.get(b);
                for (int i : basket.items()) {
                    itemPopularity[i]++;
                    double[] s = st.get(i);
                    if (s == null) {
                        st.put(i, new double[] {1, basket.day(), basket.day(), b, b});
                    } else {
                        double gap = basket.day() - s[2];
                        itemSum[i] += gap;
                        itemN[i]++;
                        int c = h.category(i);
                        if (c >= 0) {
                            catSum[c] += gap;
                            catN[c]++;
                        }
                        gSum += gap;
                        gN++;
                        s[0]++;
                        s[2] = basket.day();
                        s[3] = b;
                    }
                }
            }
            int[] items = st.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            userItems[u] = items;
            counts[u] = new int[items.length];
            lastBasket[u] = new int[items.length];
            firstBasket[u] = new int[items.length];
            lastDay[u] = new double[items.length];
            meanInterval[u] = new double[items.length];
            for (int k = 0; k < items.length; k++) {
                double[] s = st.get(items[k]);
                counts[u][k] = (int) s[0];
                lastDay[u][k] = s[2];
                lastBasket[u][k] = (int) s[3];
                firstBasket[u][k] = (int) s[4];
                meanInterval[u][k] = s[0] > 1 ? (s[2] - s[1]) / (s[0] - 1) : Double.NaN;
                buyers[items[k]]++;
                if (s[0] > 1) {
                    repeaters[items[k]]++;
                }
            }
        }
        globalMean = gN == 0 ? 30 : gSum / gN;
        itemPrior = new double[ni];
        itemRepeatRate = new double[ni];
        cyclic = new boolean[ni];
        double globalRepeat = 0;
        int gb = 0;
        for (int i = 0; i < ni; i++) {
            globalRepeat += repeaters[i];
            gb += buyers[i];
        }
        globalRepeat = gb == 0 ? 0 : globalRepeat / gb;
        for (int i = 0; i < ni; i++) {
            int c = h.category(i);
            double hinted = hint.applyAsDouble(i);
            if (itemN[i] >= MIN_PRIOR_INTERVALS) {
                itemPrior[i] = itemSum[i] / itemN[i];
            } else if (c >= 0 && catN[c] >= MIN_PRIOR_INTERVALS) {
                itemPrior[i] = catSum[c] / catN[c];
            } else if (!Double.isNaN(hinted) && hinted > 0) {
                itemPrior[i] = hinted;
            } else {
                itemPrior[i] = globalMean;
            }
            itemRepeatRate[i] = (repeaters[i] + 2 * globalRepeat) / (buyers[i] + 2.0);
            cyclic[i] = itemN[i] >= MIN_PRIOR_INTERVALS || !Double.isNaN(hinted) && hinted > 0;
        }
    }

    /** Learns the cycles; {@code hint} gives a catalog interval hint in days per item (NaN: none). */
    public static RepurchaseCycles fit(PurchaseHistory history, IntToDoubleFunction hint) {
        return new RepurchaseCycles(history, hint);
    }

    public static RepurchaseCycles fit(PurchaseHistory history) {
        return new RepurchaseCycles(history, i -> Double.NaN);
    }

    public PurchaseHistory history() {
        return history;
    }

    /** Items the user bought, sorted by index. */
    public int[] itemsOf(int user) {
        return userItems[user].clone();
    }

    int[] itemsView(int user) {
        return userItems[user];
    }

    /** Slot of an item in the user's arrays, or a negative number. */
    int slot(int user, int item) {
        return Arrays.binarySearch(userItems[user], item);
    }

    int count(int user, int slot) {
        return counts[user][slot];
    }

    int lastBasket(int user, int slot) {
        return lastBasket[user][slot];
    }

    int firstBasket(int user, int slot) {
        return firstBasket[user][slot];
    }

    double lastDay(int user, int slot) {
        return lastDay[user][slot];
    }

    /** Number of baskets in which the item was bought (all users). */
    public int popularity(int item) {
        return itemPopularity[item];
    }

    /** Smoothed share of the item's buyers who bought it again. */
    public double repeatRate(int item) {
        return itemRepeatRate[item];
    }

    /**
     * True when the item has a repurchase cycle: buyers bought it again at least
     * {@value #MIN_PRIOR_INTERVALS} times, or the catalog gives a replenishment hint.
     */
    public boolean hasCycle(int item) {
        return cyclic[item];
    }

    /** Population prior interval of the item, days. */
    public double priorInterval(int item) {
        return itemPrior[item];
    }

    /** Expected days between this user's purchases of the item (personal cycle shrunk to the prior). */
    public double expectedInterval(int user, int item) {
        int s = slot(user, item);
        double prior = itemPrior[item];
        if (s < 0 || counts[user][s] < 2) {
            return prior;
        }
        int n = counts[user][s] - 1;
        return (n * meanInterval[user][s] + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH);
    }

    /** Repurchase status of an item for a user at a day (same time axis as the history). */
    public Due due(int user, int item, double day) {
        int s = slot(user, item);
        if (s < 0) {
            return new Due(0, Double.NaN, expectedInterval(user, item));
        }
        return new Due(counts[user][s], day - lastDay[user][s], expectedInterval(user, item));
    }

    /**
     * Where a user stands in an item's cycle.
     *
     * @param purchases        times the user bought it (0: never)
     * @param daysSinceLast    days since the last purchase (NaN when never bought)
     * @param expectedInterval expected days between purchases
     */
    public record Due(int purchases, double daysSinceLast, double expectedInterval) {
        /** daysSinceLast / expectedInterval (NaN when never bought). */
        public double ratio() {
            return daysSinceLast / Math.max(1e-9, expectedInterval);
        }

        /** Bought before and now between 0.8 and 2.5 expected intervals since the last purchase. */
        public boolean isDue() {
            return purchases > 0 && ratio() >= 0.8 && ratio() <= 2.5;
        }
    }
}
