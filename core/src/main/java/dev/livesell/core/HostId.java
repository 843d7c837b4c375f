package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a host. Non-empty, no surrounding whitespace; compared by value. Serialized as a
 * plain JSON string. Immutable and thread-safe.
 *
 * <p>Example: {@code HostId.of("h-1")}
 */
public record HostId(String value) implements Comparable<HostId> {
    public HostId {
        Check.notBlank("hostId", value);
        if (!value.strip().equals(value)) {
            throw new InvalidValueException("hostId", "must not start or end with whitespace", "\"" + value + "\"");
        }
    }

    @JsonCreator
    public static HostId of(String value) {
        return new HostId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(HostId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
