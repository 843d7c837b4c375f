package dev.livesell.recommend.live;

import dev.livesell.core.Product;
import dev.livesell.core.ViewerId;

/**
 * How much a viewer's own model likes a product, in [0, 1] (0 = no evidence). The seam through which
 * plain-language requests and the live room are personalized: plug in a collaborative recommender's
 * normalized scores or use {@link CategoryAffinity} learned from the interaction log.
 * Implementations must be thread-safe.
 *
 * <p>Example: {@code ViewerAffinity a = CategoryAffinity.fit(log, catalog); a.score(ViewerId.of("v-1"), product)}
 */
@FunctionalInterface
public interface ViewerAffinity {
    /** No personalization: 0 for everyone. */
    ViewerAffinity NONE = (viewer, product) -> 0.0;

    /** Affinity of the viewer for the product, in [0, 1]. */
    double score(ViewerId viewer, Product product);
}
