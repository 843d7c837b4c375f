package dev.livesell.recommend;

import dev.livesell.core.ProductId;
import java.util.List;

/**
 * One recommended item: its index in the model's item dictionary, its external id, the model score
 * (higher is better; comparable only within one call) and the reasons that put it there.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code rec.product()} → {@code p-1001}; {@code rec.reasons().get(0).code()} → {@code similar-to}
 */
public record Recommendation(int item, String itemId, double score, List<Reason> reasons) {
    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    /** The item as a core product id. */
    public ProductId product() {
        return ProductId.of(itemId);
    }
}
