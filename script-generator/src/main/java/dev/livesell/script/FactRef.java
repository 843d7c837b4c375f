package dev.livesell.script;

import dev.livesell.core.InvalidValueException;

/**
 * One product or offer fact a script line uses (its provenance). Immutable and thread-safe.
 *
 * <p>Example: {@code new FactRef(FactKind.ATTRIBUTE, "材质", "棉100%")}
 *
 * @param kind  where the fact comes from
 * @param key   the attribute name, selling-point index or coupon label; empty when the kind says it all
 * @param value the fact as the data states it
 */
public record FactRef(FactKind kind, String key, String value) {
    public FactRef {
        if (kind == null) {
            throw new InvalidValueException("kind", "must not be null", null);
        }
        key = key == null ? "" : key;
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("value", "must not be blank", value);
        }
    }

    /** A short label: {@code ATTRIBUTE:材质=棉100%}. */
    public String label() {
        return key.isEmpty() ? kind + "=" + value : kind + ":" + key + "=" + value;
    }
}
