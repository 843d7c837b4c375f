package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.util.Optional;

/**
 * A claim to check: seller text (a script line, a title, a transcript, a reply) plus the facts it can
 * be held against.
 *
 * <p>Example: {@code Claim.about("100%纯棉，原价999", product, offer)}. Immutable.
 *
 * @param text     the seller's words; must not be blank
 * @param product  the product the claim is about, if known (enables regulated-class and fact checks)
 * @param offer    the live offer, if known (reference price, stock limit)
 * @param language BCP 47 language tag hint, if known (the detector handles mixed text without it)
 */
public record Claim(String text, Optional<Product> product, Optional<Offer> offer, Optional<String> language) {

    public Claim {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be empty or blank", text);
        }
        product = product == null ? Optional.empty() : product;
        offer = offer == null ? Optional.empty() : offer;
        language = language == null ? Optional.empty() : language.filter(s -> !s.isBlank());
    }

    /** A claim with no product facts. */
    public static Claim of(String text) {
        return new Claim(text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A claim about a product and (nullable) offer; {@code product} may also be null. */
    public static Claim about(String text, Product p, Offer o) {
        return new Claim(text, Optional.ofNullable(p), Optional.ofNullable(o),
                p == null ? Optional.empty() : Optional.of(p.language()));
    }
}
