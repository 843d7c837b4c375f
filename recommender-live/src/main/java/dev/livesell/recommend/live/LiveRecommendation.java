package dev.livesell.recommend.live;

import dev.livesell.core.Product;
import java.util.List;

/**
 * A product recommended to a viewer at a moment, with its score and the signals behind it. Immutable.
 *
 * @param product the product
 * @param score   ranking score (comparable within one list)
 * @param reasons e.g. "fits v-0042's taste (0.41)", "due for repurchase: every ~30 days, last 33 days ago",
 *                "护肤/防晒 1.8× as popular as usual in summer"
 */
public record LiveRecommendation(Product product, double score, List<String> reasons) {
    public LiveRecommendation {
        reasons = List.copyOf(reasons);
    }
}
