package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.Product;
import dev.livesell.core.ViewerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A viewer's taste learned from the log: the type-weighted share of the viewer's events that fall in
 * the product's leaf category (and, at half weight, its top category), plus direct interest in the
 * product itself. A light personal model for re-ranking plain-language requests. Immutable and
 * thread-safe.
 *
 * <p>Example: {@code CategoryAffinity.fit(sample.interactions(), sample.catalog()).score(viewer, product)}
 */
public final class CategoryAffinity implements ViewerAffinity {
    private final Map<ViewerId, Map<String, Double>> shares;
    private final Map<ViewerId, Map<String, Double>> productShares;

    private CategoryAffinity(Map<ViewerId, Map<String, Double>> shares, Map<ViewerId, Map<String, Double>> productShares) {
        this.shares = shares;
        this.productShares = productShares;
    }

    /** Learns category shares per viewer; events on products missing from the catalog count for the product only. */
    public static CategoryAffinity fit(InteractionLog log, Catalog catalog) {
        dev.livesell.core.InvalidValueException.requireNonNull("log", log);
        dev.livesell.core.InvalidValueException.requireNonNull("catalog", catalog);
        Map<ViewerId, Map<String, Double>> cat = new HashMap<>();
        Map<ViewerId, Map<String, Double>> prod = new HashMap<>();
        Map<ViewerId, Double> totals = new HashMap<>();
        for (Interaction e : log.events()) {
            double w = e.type().defaultWeight();
            totals.merge(e.viewer(), w, Double::sum);
            prod.computeIfAbsent(e.viewer(), k -> new HashMap<>()).merge(e.product().value(), w, Double::sum);
            Optional<Product> p = catalog.find(e.product());
            if (p.isPresent()) {
                Map<String, Double> m = cat.computeIfAbsent(e.viewer(), k -> new HashMap<>());
                m.merge("leaf:" + p.get().category().key(), w, Double::sum);
                m.merge("top:" + p.get().category().top(), w, Double::sum);
            }
        }
        for (Map.Entry<ViewerId, Double> t : totals.entrySet()) {
            cat.getOrDefault(t.getKey(), new HashMap<>()).replaceAll((k, v) -> v / t.getValue());
            prod.getOrDefault(t.getKey(), new HashMap<>()).replaceAll((k, v) -> v / t.getValue());
        }
        return new CategoryAffinity(cat, prod);
    }

    @Override
    public double score(ViewerId viewer, Product product) {
        Map<String, Double> m = shares.get(viewer);
        if (m == null) {
            return 0;
        }
        double leaf = m.getOrDefault("leaf:" + product.category().key(), 0.0);
        double top = m.getOrDefault("top:" + product.category().top(), 0.0);
        double own = productShares.getOrDefault(viewer, Map.of()).getOrDefault(product.id().value(), 0.0);
        return Math.min(1.0, 0.5 * leaf + 0.25 * top + 0.25 * Math.min(1.0, own * 4));
    }

    /** True when the viewer has any history. */
    public boolean knows(ViewerId viewer) {
        return shares.containsKey(viewer) || productShares.containsKey(viewer);
    }
}
