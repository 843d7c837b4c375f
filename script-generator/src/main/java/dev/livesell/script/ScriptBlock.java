package dev.livesell.script;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.ProductId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A block of a live script: the warm-up, one product, or the closing. Immutable and thread-safe.
 *
 * @param kind     warm-up, product or closing
 * @param product  the product this block sells (product blocks only)
 * @param title    a heading (the product title for product blocks)
 * @param segments the timed parts, in order
 */
public record ScriptBlock(SegmentType.Block kind, Optional<ProductId> product, String title, List<Segment> segments) {
    public ScriptBlock {
        if (kind == null) {
            throw new InvalidValueException("kind", "must not be null", null);
        }
        product = product == null ? Optional.empty() : product;
        if (kind == SegmentType.Block.PRODUCT && product.isEmpty()) {
            throw new InvalidValueException("product", "a product block needs a product", null);
        }
        title = title == null ? "" : title;
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** Total planned time of this block. */
    public Duration duration() {
        return segments.stream().map(Segment::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** The segment of this type, if the block has one. */
    public Optional<Segment> segment(SegmentType type) {
        return segments.stream().filter(s -> s.type() == type).findFirst();
    }
}
