package dev.livesell.recommend.live;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.model.BoostedTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * The default next-basket model: a logistic ranker over repurchase-cycle features — personal
 * frequency and recency of each item, where the user stands in the item's cycle (days since the last
 * purchase vs. the expected interval from {@link RepurchaseCycles}), the item's population repeat
 * rate and popularity, the user's habit of repeating, and a collaborative co-purchase score for items
 * the user never bought. The scorer is {@link BoostedTrees} (logistic loss) over {@link #FEATURES},
 * fitted inside {@link #fit} on each user's last {@value #VALIDATION_BASKETS} training baskets as targets,
 * each with features from the baskets before it; then the cycles are refitted on the whole history for
 * prediction.
 *
 * <p>Model file: the scorer's versioned JSON ({@link BoostedTrees#toJson()}).
 *
 * <p>Example: {@code RepurchaseRanker r = RepurchaseRanker.fit(history); int[] top = r.recommend(u, day, 10);}
 *
 * <p>Immutable and thread-safe once fitted.
 */
public final class RepurchaseRanker implements NextBasketRecommender {
    /** Feature names, in order. */
    public static final List<String> FEATURES = List.of("bias", "freq", "log_count", "recency_baskets", "in_last",
            "cycle_z", "cycle_z2", "overdue", "repeat_rate", "log_pop", "user_repeat_ratio", "log_gap", "recent3",
            "never_bought", "copurchase", "freq_rank", "freq_x_user_repeat", "freq_x_log_gap", "in_last_x_log_gap",
            "cycle_early", "cycle_due", "cycle_late", "streak", "item_share_recent", "decayed_0.5", "decayed_0.8", "decayed_0.95",
            "rate_since_first", "basket_cycle_ratio", "log_basket_cycle_ratio");
    static final int NF = FEATURES.size();
    /** Popular items added as candidates besides the user's own. */
    static final int POPULAR_CANDIDATES = 30;
    /** How many of each user's last training baskets serve as validation targets for the weights. */
    static final int VALIDATION_BASKETS = 8;

    private final RepurchaseCycles cycles;
    private final BoostedTrees scorer;
    private final int[] popular;
    private final double[] userRepeat;
    private final CoPurchase coPurchase;

    private RepurchaseRanker(RepurchaseCycles cycles, BoostedTrees scorer) {
        this.cycles = cycles;
        this.scorer = scorer;
        this.popular = Arrays.copyOf(byPopularity(cycles, cycles.history().items()),
                Math.min(POPULAR_CANDIDATES, cycles.history().items()));
        this.userRepeat = userRepeatRatios(cycles.history());
        this.coPurchase = CoPurchase.fit(cycles.history());
    }

    /** Fits weights on the history's inner validation split, then the cycles on the whole history. */
    public static RepurchaseRanker fit(PurchaseHistory history) {
        return fit(history, i -> Double.NaN);
    }

    /** As {@link #fit(PurchaseHistory)}, with a catalog interval hint per item (NaN: none). */
    public static RepurchaseRanker fit(PurchaseHistory history, IntToDoubleFunction hint) {
        return fit(history, hint, BoostedTrees.Settings.defaults(), VALIDATION_BASKETS);
    }

    /**
     * As {@link #fit(PurchaseHistory, IntToDoubleFunction)} with explicit scorer settings and the number
     * of each user's last baskets used as training targets.
     */
    public static RepurchaseRanker fit(PurchaseHistory history, IntToDoubleFunction hint, BoostedTrees.Settings settings,
                                       int targetBaskets) {
        if (targetBaskets < 1) {
            throw new InvalidValueException("targetBaskets", "must be at least 1", targetBaskets);
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int back = 1; back <= targetBaskets; back++) {
            final int cut = back;
            addValidationRows(history, history.truncate(u -> history.baskets(u).size() - cut), cut, hint, rows, labels);
        }
        if (rows.isEmpty()) {
            throw new InvalidValueException("history", "needs at least one user with 3 or more baskets"
                    + " (and a repeat candidate) to learn the ranker from (use RepurchaseCycles alone on smaller histories)", history.users() + " users");
        }
        boolean[] y = new boolean[labels.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = labels.get(r);
        }
        BoostedTrees trees = BoostedTrees.train(rows, y, FEATURES, settings);
        return new RepurchaseRanker(RepurchaseCycles.fit(history, hint), trees);
    }

    private static void addValidationRows(PurchaseHistory history, PurchaseHistory inner, int back, IntToDoubleFunction hint,
                                          List<double[]> rows, List<Boolean> labels) {
        RepurchaseRanker proto = new RepurchaseRanker(RepurchaseCycles.fit(inner, hint), null);
        for (int u = 0; u < history.users(); u++) {
            var bs = history.baskets(u);
            if (bs.size() < back + 2) {
                continue;
            }
            var target = bs.get(bs.size() - back);
            Set<Integer> truth = new HashSet<>();
            for (int i : target.items()) {
                truth.add(i);
            }
            UserView v = proto.view(u);
            for (int i : proto.candidates(u, v.cf())) {
                rows.add(proto.features(u, i, target.day(), v));
                labels.add(truth.contains(i));
            }
        }
    }

    /** A ranker with a trained scorer (e.g. loaded with {@link BoostedTrees#fromJson}) over freshly fitted cycles. */
    public static RepurchaseRanker withScorer(PurchaseHistory history, BoostedTrees scorer, IntToDoubleFunction hint) {
        if (!FEATURES.equals(scorer.features())) {
            throw new InvalidValueException("features", "of the scorer do not match " + FEATURES, scorer.features());
        }
        return new RepurchaseRanker(RepurchaseCycles.fit(history, hint), scorer);
    }

    public RepurchaseCycles cycles() {
        return cycles;
    }

    /** The trained scorer (save it with {@link BoostedTrees#toJson()}). */
    public BoostedTrees scorer() {
        return scorer;
    }

    static int[] byPopularity(RepurchaseCycles c, int n) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int cmp = Integer.compare(c.popularity(b), c.popularity(a));
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static double[] userRepeatRatios(PurchaseHistory h) {
        double[] out = new double[h.users()];
        for (int u = 0; u < h.users(); u++) {
            Set<Integer> seen = new HashSet<>();
            int rep = 0;
            int tot = 0;
            var bs = h.baskets(u);
            for (int b = 0; b < bs.size(); b++) {
                for (int i : bs.get(b).items()) {
                    if (b > 0) {
                        tot++;
                        if (seen.contains(i)) {
                            rep++;
                        }
                    }
                }
                for (int i : bs.get(b).items()) {
                    seen.add(i);
                }
            }
            out[u] = (rep + 1.0) / (tot + 2.0);
        }
        return out;
    }

    /** Per-user precomputation: collaborative scores and decayed purchase counts per item. */
    private record UserView(double[] cf, java.util.Map<Integer, double[]> decayed) {
    }

    private static final double[] DECAYS = {0.5, 0.8, 0.95};

    private UserView view(int user) {
        double[] cf = coPurchase.scores(cycles.itemsView(user));
        java.util.Map<Integer, double[]> dec = new java.util.HashMap<>();
        var bs = cycles.history().baskets(user);
        int nb = bs.size();
        double[] norm = new double[DECAYS.length];
        for (int b = 0; b < nb; b++) {
            for (int d = 0; d < DECAYS.length; d++) {
                norm[d] += Math.pow(DECAYS[d], nb - 1 - b);
            }
            for (int i : bs.get(b).items()) {
                double[] v = dec.computeIfAbsent(i, k -> new double[DECAYS.length]);
                for (int d = 0; d < DECAYS.length; d++) {
                    v[d] += Math.pow(DECAYS[d], nb - 1 - b);
                }
            }
        }
        for (double[] v : dec.values()) {
            for (int d = 0; d < DECAYS.length; d++) {
                v[d] /= Math.max(1e-9, norm[d]);
            }
        }
        return new UserView(cf, dec);
    }

    /** Rank (0 = most bought) of the item among the user's items by count, ties by more recent. */
    private int freqRank(int user, int slot) {
        int c = cycles.count(user, slot);
        double d = cycles.lastDay(user, slot);
        int rank = 0;
        int[] items = cycles.itemsView(user);
        for (int s = 0; s < items.length; s++) {
            int cs = cycles.count(user, s);
            if (cs > c || cs == c && cycles.lastDay(user, s) > d) {
                rank++;
            }
        }
        return rank;
    }

    int[] candidates(int user, double[] cf) {
        int[] own = cycles.itemsView(user);
        Set<Integer> set = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (int i : own) {
            if (set.add(i)) {
                out.add(i);
            }
        }
        for (int i : popular) {
            if (set.add(i)) {
                out.add(i);
            }
        }
        for (int i : CoPurchase.topNew(cf, own, POPULAR_CANDIDATES)) {
            if (set.add(i)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    double[] features(int user, int item, double day, UserView view) {
        double[] cf = view.cf();
        double[] f = new double[NF];
        PurchaseHistory h = cycles.history();
        var bs = h.baskets(user);
        int nb = bs.size();
        double lastBasketDay = nb == 0 ? day : bs.get(nb - 1).day();
        int s = cycles.slot(user, item);
        f[0] = 1;
        f[8] = cycles.repeatRate(item);
        f[9] = Math.log1p(cycles.popularity(item));
        f[10] = userRepeat.length > user ? userRepeat[user] : 0;
        f[11] = Math.log1p(Math.max(0, day - lastBasketDay));
        f[14] = Math.log1p(cf[item]);
        if (s < 0 || nb == 0) {
            f[13] = 1;
            return f;
        }
        int count = cycles.count(user, s);
        int since = nb - 1 - cycles.lastBasket(user, s);
        f[1] = (double) count / nb;
        f[2] = Math.log1p(count);
        f[3] = 1.0 / (1 + since);
        f[4] = since == 0 ? 1 : 0;
        double d = day - cycles.lastDay(user, s);
        double m = cycles.expectedInterval(user, item);
        double z = Math.log((Math.max(0, d) + 1) / (m + 1));
        f[5] = z;
        f[6] = z * z;
        f[7] = d >= 0.8 * m ? 1 : 0;
        int recent = 0;
        for (int b = Math.max(0, nb - 3); b < nb; b++) {
            for (int i : bs.get(b).items()) {
                if (i == item) {
                    recent++;
                    break;
                }
            }
        }
        f[12] = recent / 3.0;
        f[15] = 1.0 / (1 + freqRank(user, s));
        f[16] = f[1] * f[10];
        f[17] = f[1] * f[11];
        f[18] = f[4] * f[11];
        f[19] = z < -0.5 ? 1 : 0;
        f[20] = z >= -0.5 && z <= 0.5 ? 1 : 0;
        f[21] = z > 0.5 ? 1 : 0;
        int streak = 0;
        for (int b = nb - 1; b >= 0; b--) {
            if (!bs.get(b).contains(item)) {
                break;
            }
            streak++;
        }
        f[22] = Math.log1p(streak);
        f[23] = (double) recent / Math.min(3, nb);
        double[] dec = view.decayed().get(item);
        if (dec != null) {
            f[24] = dec[0];
            f[25] = dec[1];
            f[26] = dec[2];
        }
        int first = cycles.firstBasket(user, s);
        f[27] = (double) count / (nb - first);
        double basketsPerPurchase = count > 1 ? (double) (cycles.lastBasket(user, s) - first) / (count - 1) : (double) (nb - first);
        double ratio = (since + 1) / Math.max(1.0, basketsPerPurchase);
        f[28] = Math.min(ratio, 5);
        f[29] = Math.log(ratio);
        return f;
    }

    /** Logit score of an item for the user at a day. */
    public double score(int user, int item, double day) {
        return scorer.logit(features(user, item, day, view(user)));
    }

    @Override
    public int[] recommend(int user, double day, int k) {
        if (k <= 0) {
            throw new InvalidValueException("k", "must be positive", k);
        }
        if (user < 0 || user >= cycles.history().users()) {
            return Arrays.copyOf(popular, Math.min(k, popular.length));
        }
        UserView v = view(user);
        int[] cand = candidates(user, v.cf());
        double[] sc = new double[cand.length];
        for (int c = 0; c < cand.length; c++) {
            sc[c] = scorer.logit(features(user, cand[c], day, v));
        }
        Integer[] idx = new Integer[cand.length];
        for (int c = 0; c < cand.length; c++) {
            idx[c] = c;
        }
        Arrays.sort(idx, (a, b) -> {
            int cmp = Double.compare(sc[b], sc[a]);
            return cmp != 0 ? cmp : Integer.compare(cand[a], cand[b]);
        });
        int n = Math.min(k, cand.length);
        int[] out = new int[n];
        for (int r = 0; r < n; r++) {
            out[r] = cand[idx[r]];
        }
        return out;
    }

}
