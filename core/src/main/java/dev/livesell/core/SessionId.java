package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a session. Non-empty, no surrounding whitespace; compared by value. Serialized as a
 * plain JSON string. Immutable and thread-safe.
 *
 * <p>Example: {@code SessionId.of("s-20260601")}
 */
public record SessionId(String value) implements Comparable<SessionId> {
    public SessionId {
        Check.notBlank("sessionId", value);
        if (!value.strip().equals(value)) {
            throw new InvalidValueException("sessionId", "must not start or end with whitespace", "\"" + value + "\"");
        }
    }

    @JsonCreator
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
