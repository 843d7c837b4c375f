package dev.livesell.core;

import java.util.List;
import java.util.Optional;

/**
 * The products a recommender, detector or generator works with, and their current offers.
 * Implement it over your own product store; {@link InMemoryCatalog} is the bundled implementation.
 * Implementations must be safe for concurrent reads.
 */
public interface Catalog {
    /** The product with this id, if any. */
    Optional<Product> find(ProductId id);

    /** The product with this id; fails with {@link UnknownIdException} when there is none. */
    default Product require(ProductId id) {
        return find(id).orElseThrow(() -> new UnknownIdException("product", id.value()));
    }

    /** Every product, in a stable order. */
    List<Product> products();

    /** Products whose category path starts with the given levels ({@code inCategory(List.of("美妆"))}). */
    List<Product> inCategory(List<String> pathPrefix);

    /** The current offer for a product, if it has one. */
    Optional<Offer> offer(ProductId id);

    /** Number of products. */
    default int size() {
        return products().size();
    }
}
