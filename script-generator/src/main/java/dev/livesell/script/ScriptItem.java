package dev.livesell.script;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.util.Optional;

/**
 * A product to sell in a script, with its live offer if it has one. Immutable and thread-safe.
 *
 * @param product the product (its attributes and selling points are the facts)
 * @param offer   the live offer; without one the script states the list price only
 */
public record ScriptItem(Product product, Optional<Offer> offer) {
    public ScriptItem {
        if (product == null) {
            throw new InvalidValueException("product", "must not be null", null);
        }
        offer = offer == null ? Optional.empty() : offer;
        offer.ifPresent(o -> {
            if (!o.productId().equals(product.id())) {
                throw new InvalidValueException("offer.productId", "must be the product's id " + product.id().value(),
                        o.productId().value());
            }
        });
    }

    public static ScriptItem of(Product product, Offer offer) {
        return new ScriptItem(product, Optional.ofNullable(offer));
    }
}
