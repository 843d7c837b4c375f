package dev.livesell.fraud;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.livesell.core.InvalidValueException;
import java.util.Locale;

/**
 * The false-advertising categories of the project's taxonomy ({@code TAXONOMY.md}); JSON ids are the
 * lower-case names, e.g. {@code absolute_term}.
 */
public enum ViolationCategory {
    ABSOLUTE_TERM, MEDICAL_CLAIM, EFFICACY_GUARANTEE, FALSE_ENDORSEMENT, FALSE_PRICE,
    UNVERIFIABLE_DATA, PRESSURE_SCARCITY, FACT_CONTRADICTION;

    /** The taxonomy id, e.g. {@code "absolute_term"}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a taxonomy id (case-insensitive; '-' accepted for '_'). */
    @JsonCreator
    public static ViolationCategory parse(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("category", "must be a taxonomy id such as absolute_term", id);
        }
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("category", "is not a taxonomy id (absolute_term, medical_claim, "
                    + "efficacy_guarantee, false_endorsement, false_price, unverifiable_data, pressure_scarcity, "
                    + "fact_contradiction)", id);
        }
    }
}
