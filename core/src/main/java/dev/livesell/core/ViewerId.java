package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a viewer. Non-empty, no surrounding whitespace; compared by value. Serialized as a
 * plain JSON string. Immutable and thread-safe.
 *
 * <p>Example: {@code ViewerId.of("v-00042")}
 */
public record ViewerId(String value) implements Comparable<ViewerId> {
    public ViewerId {
        Check.notBlank("viewerId", value);
        if (!value.strip().equals(value)) {
            throw new InvalidValueException("viewerId", "must not start or end with whitespace", "\"" + value + "\"");
        }
    }

    @JsonCreator
    public static ViewerId of(String value) {
        return new ViewerId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ViewerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
