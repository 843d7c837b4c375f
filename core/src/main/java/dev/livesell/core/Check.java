package dev.livesell.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the validating constructors of core types. Not public API. */
final class Check {
    private Check() {
    }

    static <T> T notNull(String field, T value) {
        return InvalidValueException.requireNonNull(field, value);
    }

    static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be empty", value == null ? null : "\"" + value + "\"");
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> value) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be null", null);
            }
        }
        return List.copyOf(value);
    }

    static void noBlank(String field, Collection<String> values) {
        int i = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be empty", v);
            }
            i++;
        }
    }

    static Map<String, String> attributes(String field, Map<String, String> value) {
        if (value == null) {
            return Map.of();
        }
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : value.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new InvalidValueException(field, "has an empty key", e.getKey());
            }
            if (e.getValue() == null) {
                throw new InvalidValueException(field + "." + e.getKey(), "must not be null", null);
            }
            copy.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    static <T> java.util.Optional<T> optional(java.util.Optional<T> value) {
        return Objects.requireNonNullElse(value, java.util.Optional.empty());
    }
}
