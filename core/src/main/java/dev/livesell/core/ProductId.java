package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a product. Non-empty, no surrounding whitespace; compared by value. Serialized as a
 * plain JSON string. Immutable and thread-safe.
 *
 * <p>Example: {@code ProductId.of("p-1001")}
 */
public record ProductId(String value) implements Comparable<ProductId> {
    public ProductId {
        Check.notBlank("productId", value);
        if (!value.strip().equals(value)) {
            throw new InvalidValueException("productId", "must not start or end with whitespace", "\"" + value + "\"");
        }
    }

    @JsonCreator
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
