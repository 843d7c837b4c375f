package dev.livesell.recommend.query;

import dev.livesell.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plain-language request asks for, as parsed by a {@link QueryParser}: the text to match by
 * meaning, a price range, category words, attribute requirements (e.g. 适用肤质 → 油性), other
 * wanted terms (recipient, occasion, tags) and exclusions. Immutable and thread-safe.
 *
 * <p>Example: "防晒霜 油皮 200元以内" → text "防晒霜 油皮", price ≤ 200 CNY, categories [防晒],
 * attributes {适用肤质=油性}, terms [油皮].
 *
 * @param text       what to retrieve by meaning (the request without price and exclusion phrases)
 * @param price      price range (unbounded when the request gives none)
 * @param categories category names the request mentions (matched against category path levels)
 * @param attributes attribute requirements: attribute name → value the product must state (or state
 *                   as "all")
 * @param terms      other wanted words (tags, recipient, occasion) used as soft evidence
 * @param exclusions words the product must not contain (不要/不含/without)
 * @param source     which parser produced these constraints ("rules", "chat-model", ...)
 */
public record QueryConstraints(String text, PriceRange price, List<String> categories, Map<String, String> attributes,
                               List<String> terms, List<String> exclusions, String source) {
    public QueryConstraints {
        if (text == null) {
            throw new InvalidValueException("text", "must not be null", null);
        }
        price = price == null ? PriceRange.any() : price;
        categories = categories == null ? List.of() : List.copyOf(categories);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        terms = terms == null ? List.of() : List.copyOf(terms);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        source = source == null || source.isBlank() ? "rules" : source;
    }

    /** The same constraints marked as produced by another source. */
    public QueryConstraints withSource(String newSource) {
        return new QueryConstraints(text, price, categories, attributes, terms, exclusions, newSource);
    }

    /** Requested value of an attribute, if the request constrains it. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
