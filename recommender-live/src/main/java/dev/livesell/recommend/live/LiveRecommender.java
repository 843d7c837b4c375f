package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Context;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.ViewerId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "What will this viewer buy at this moment": the viewer's model ({@link ViewerAffinity}, by default
 * {@link CategoryAffinity} learned from the log) plus popularity, boosted for products whose
 * repurchase is due ({@link RepurchaseCycles}), then re-ranked by the moment ({@link ContextAffinity}:
 * hour, day of week, season, temperature band) with a strength β chosen on a time holdout of the log
 * (its last {@value #HOLDOUT_SHARE_PERCENT}% of time: MRR@10 of each purchase there, recommended at its
 * own moment; β = 0 when context does not help).
 * Products the viewer already bought are left out unless they have a repurchase cycle.
 *
 * <pre>{@code
 * LiveRecommender r = LiveRecommender.fit(log, catalog, ZoneId.of("Asia/Shanghai"));
 * Context now = Context.at(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
 * List<LiveRecommendation> top = r.recommend(ViewerId.of("v-0042"), now, 5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LiveRecommender {
    static final int HOLDOUT_SHARE_PERCENT = 20;
    private static final double[] BETAS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2};
    private static final double POPULARITY_WEIGHT = 0.1;

    private final Catalog catalog;
    private final ViewerAffinity affinity;
    private final ContextAffinity context;
    private final RepurchaseCycles cycles;
    private final PurchaseHistory history;
    private final Map<ProductId, Double> popularity;
    private final Map<ViewerId, Set<ProductId>> bought;
    private final double beta;
    private final Map<Double, Double> holdout;

    private LiveRecommender(Catalog catalog, InteractionLog log, ZoneId zone, ViewerAffinity affinity, double beta,
                            Map<Double, Double> holdout) {
        this.holdout = Map.copyOf(holdout);
        this.catalog = catalog;
        this.affinity = affinity;
        this.context = ContextAffinity.fit(log, catalog, zone);
        this.history = PurchaseHistory.fromLog(log, catalog);
        this.cycles = RepurchaseCycles.fit(history, i -> catalog.find(ProductId.of(history.itemId(i)))
                .flatMap(Product::replenishmentDays).map(Integer::doubleValue).orElse(Double.NaN));
        Map<ProductId, Double> pop = new HashMap<>();
        Map<ViewerId, Set<ProductId>> b = new HashMap<>();
        for (Interaction e : log.events()) {
            pop.merge(e.product(), e.type().defaultWeight(), Double::sum);
            if (e.type() == InteractionType.PURCHASE) {
                b.computeIfAbsent(e.viewer(), k -> new HashSet<>()).add(e.product());
            }
        }
        double max = pop.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        pop.replaceAll((k, v) -> v / max);
        this.popularity = pop;
        this.bought = b;
        this.beta = beta;
    }

    /** Fits with {@link CategoryAffinity} as the viewer model. */
    public static LiveRecommender fit(InteractionLog log, Catalog catalog, ZoneId zone) {
        dev.livesell.core.InvalidValueException.requireNonNull("log", log);
        dev.livesell.core.InvalidValueException.requireNonNull("catalog", catalog);
        dev.livesell.core.InvalidValueException.requireNonNull("zone", zone);
        return fit(log, catalog, zone, CategoryAffinity::fit);
    }

    /**
     * Fits with a viewer model trained by {@code viewerModel} (called on the holdout's training part
     * and on the whole log), choosing the context strength on the holdout.
     */
    public static LiveRecommender fit(InteractionLog log, Catalog catalog, ZoneId zone,
                                      BiFunction<InteractionLog, Catalog, ViewerAffinity> viewerModel) {
        dev.livesell.core.InvalidValueException.requireNonNull("log", log);
        dev.livesell.core.InvalidValueException.requireNonNull("catalog", catalog);
        dev.livesell.core.InvalidValueException.requireNonNull("zone", zone);
        dev.livesell.core.InvalidValueException.requireNonNull("viewerModel", viewerModel);
        double beta = 0;
        Map<Double, Double> table = new java.util.LinkedHashMap<>();
        if (log.size() > 0) {
            Instant first = log.first().get();
            Instant last = log.last().get();
            Instant cut = last.minus(Duration.between(first, last).multipliedBy(HOLDOUT_SHARE_PERCENT).dividedBy(100));
            InteractionLog train = log.before(cut);
            List<Interaction> purchases = new ArrayList<>();
            for (Interaction e : log.events()) {
                if (!e.at().isBefore(cut) && e.type() == InteractionType.PURCHASE) {
                    purchases.add(e);
                }
            }
            if (train.size() > 0 && !purchases.isEmpty()) {
                double best = -1;
                LiveRecommender probe = new LiveRecommender(catalog, train, zone, viewerModel.apply(train, catalog), 0, Map.of());
                for (double b : BETAS) {
                    LiveRecommender r = probe.withBeta(b);
                    double hits = 0;
                    for (Interaction e : purchases) {
                        Context c = new Context(e.at(), zone, null, java.util.Optional.empty(), java.util.Optional.empty());
                        List<LiveRecommendation> top = r.recommend(e.viewer(), c, 10);
                        for (int rank = 0; rank < top.size(); rank++) {
                            if (top.get(rank).product().id().equals(e.product())) {
                                hits += 1.0 / (rank + 1);
                                break;
                            }
                        }
                    }
                    table.put(b, hits / purchases.size());
                    if (hits > best) {
                        best = hits;
                        beta = b;
                    }
                }
            }
        }
        return new LiveRecommender(catalog, log, zone, viewerModel.apply(log, catalog), beta, table);
    }

    private LiveRecommender(LiveRecommender o, double beta) {
        this.catalog = o.catalog;
        this.affinity = o.affinity;
        this.context = o.context;
        this.cycles = o.cycles;
        this.history = o.history;
        this.popularity = o.popularity;
        this.bought = o.bought;
        this.beta = beta;
        this.holdout = o.holdout;
    }

    /** The same model with another context strength (0: no context). */
    public LiveRecommender withBeta(double b) {
        if (!(b >= 0)) {
            throw new InvalidValueException("beta", "must be ≥ 0", b);
        }
        return new LiveRecommender(this, b);
    }

    /** Holdout MRR@10 of the purchases by context strength β (empty when the log had no holdout purchases). */
    public Map<Double, Double> holdoutMrr() {
        return new java.util.TreeMap<>(holdout);
    }

    /** Context strength chosen on the holdout. */
    public double beta() {
        return beta;
    }

    public ContextAffinity context() {
        return context;
    }

    public RepurchaseCycles cycles() {
        return cycles;
    }

    /** Top {@code k} products for the viewer at the context's moment. */
    public List<LiveRecommendation> recommend(ViewerId viewer, Context ctx, int k) {
        dev.livesell.core.InvalidValueException.requireNonNull("viewer", viewer);
        dev.livesell.core.InvalidValueException.requireNonNull("ctx", ctx);
        if (k <= 0) {
            throw new InvalidValueException("k", "must be positive", k);
        }
        int u = history.user(viewer);
        double day = PurchaseHistory.dayOf(ctx.at());
        Set<ProductId> own = bought.getOrDefault(viewer, Set.of());
        List<LiveRecommendation> out = new ArrayList<>();
        for (Product p : catalog.products()) {
            int item = history.item(p.id());
            boolean cyclic = item >= 0 && cycles.hasCycle(item);
            RepurchaseCycles.Due due = u >= 0 && cyclic ? cycles.due(u, item, day) : null;
            if (own.contains(p.id()) && !cyclic) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            double a = affinity.score(viewer, p);
            double s = a + POPULARITY_WEIGHT * popularity.getOrDefault(p.id(), 0.0);
            if (a > 0.05) {
                reasons.add(String.format(Locale.ROOT, "fits %s's taste (%.2f)", viewer.value(), a));
            }
            if (due != null && due.purchases() > 0) {
                if (due.isDue()) {
                    s += cycles.repeatRate(item);
                    reasons.add(String.format(Locale.ROOT, "due for repurchase: every ~%.0f days, last %.0f days ago",
                            due.expectedInterval(), due.daysSinceLast()));
                } else {
                    s *= 0.5;
                }
            }
            if (beta > 0) {
                double lift = context.logLift(p.category().key(), ctx);
                s *= Math.exp(beta * lift);
                reasons.addAll(context.explain(p.category().key(), ctx));
            }
            if (reasons.isEmpty()) {
                reasons.add(u < 0 && a == 0 ? "cold-start: popular now" : "popular");
            }
            out.add(new LiveRecommendation(p, s, reasons));
        }
        out.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            return c != 0 ? c : x.product().id().value().compareTo(y.product().id().value());
        });
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }
}
