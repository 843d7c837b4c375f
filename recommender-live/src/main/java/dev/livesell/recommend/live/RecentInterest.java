package dev.livesell.recommend.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple session-aware base model for browsing logs: a user's time-decayed, type-weighted interest
 * in items they touched (half-life {@value #HALF_LIFE_DAYS} days), plus the currently trending items
 * of the user's favourite categories. The base the context evaluation re-ranks. Immutable after fit.
 */
final class RecentInterest {
    static final double HALF_LIFE_DAYS = 1.0;
    static final int TOP_CATEGORIES = 5;
    static final int ITEMS_PER_CATEGORY = 30;
    static final double CATEGORY_WEIGHT = 0.3;

    private final Map<Integer, Map<Integer, Double>> personal;
    private final Map<Integer, Map<Integer, Double>> categoryShare;
    private final Map<Integer, List<int[]>> trendingByCategory;
    private final Map<Integer, double[]> trendingScore;

    private RecentInterest(Map<Integer, Map<Integer, Double>> personal, Map<Integer, Map<Integer, Double>> categoryShare,
                           Map<Integer, List<int[]>> trending, Map<Integer, double[]> trendingScore) {
        this.personal = personal;
        this.categoryShare = categoryShare;
        this.trendingByCategory = trending;
        this.trendingScore = trendingScore;
    }

    static RecentInterest fit(List<ContextEvaluation.Event> train, int items, int categories, long now) {
        Map<Integer, Map<Integer, Double>> personal = new HashMap<>();
        Map<Integer, Map<Integer, Double>> cats = new HashMap<>();
        double[] trend = new double[items];
        int[] itemCat = new int[items];
        double lambda = Math.log(2) / (HALF_LIFE_DAYS * 86_400);
        for (ContextEvaluation.Event e : train) {
            double w = e.weight() * Math.exp(-lambda * (now - e.ts()));
            personal.computeIfAbsent(e.user(), k -> new HashMap<>()).merge(e.item(), w, Double::sum);
            cats.computeIfAbsent(e.user(), k -> new HashMap<>()).merge(e.category(), w, Double::sum);
            trend[e.item()] += w;
            itemCat[e.item()] = e.category();
        }
        for (Map<Integer, Double> m : cats.values()) {
            double s = m.values().stream().mapToDouble(Double::doubleValue).sum();
            m.replaceAll((k, v) -> v / s);
        }
        Map<Integer, List<int[]>> byCat = new HashMap<>();
        for (int i = 0; i < items; i++) {
            if (trend[i] > 0) {
                byCat.computeIfAbsent(itemCat[i], k -> new ArrayList<>()).add(new int[] {i});
            }
        }
        Map<Integer, double[]> catMax = new HashMap<>();
        for (Map.Entry<Integer, List<int[]>> e : byCat.entrySet()) {
            e.getValue().sort((a, b) -> {
                int cmp = Double.compare(trend[b[0]], trend[a[0]]);
                return cmp != 0 ? cmp : Integer.compare(a[0], b[0]);
            });
            if (e.getValue().size() > ITEMS_PER_CATEGORY) {
                e.setValue(new ArrayList<>(e.getValue().subList(0, ITEMS_PER_CATEGORY)));
            }
            double max = trend[e.getValue().get(0)[0]];
            double[] norm = new double[e.getValue().size()];
            for (int k = 0; k < norm.length; k++) {
                norm[k] = trend[e.getValue().get(k)[0]] / max;
            }
            catMax.put(e.getKey(), norm);
        }
        return new RecentInterest(personal, cats, byCat, catMax);
    }

    boolean knows(int user) {
        return personal.containsKey(user);
    }

    /** Candidate items and scores for a user (mutable map owned by the caller). */
    Map<Integer, Double> scores(int user) {
        Map<Integer, Double> out = new HashMap<>();
        Map<Integer, Double> p = personal.getOrDefault(user, Map.of());
        double max = p.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        p.forEach((i, w) -> out.put(i, w / max));
        Map<Integer, Double> share = categoryShare.getOrDefault(user, Map.of());
        share.entrySet().stream()
                .sorted((a, b) -> {
                    int cmp = Double.compare(b.getValue(), a.getValue());
                    return cmp != 0 ? cmp : Integer.compare(a.getKey(), b.getKey());
                })
                .limit(TOP_CATEGORIES)
                .forEach(e -> {
                    List<int[]> items = trendingByCategory.getOrDefault(e.getKey(), List.of());
                    double[] norm = trendingScore.get(e.getKey());
                    for (int k = 0; k < items.size(); k++) {
                        out.merge(items.get(k)[0], CATEGORY_WEIGHT * e.getValue() * norm[k], Double::sum);
                    }
                });
        return out;
    }
}
