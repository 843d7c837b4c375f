package dev.livesell.fraud;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A stage of the detector's pipeline: lexicon rules, product-fact checks, the learned model. */
public enum Stage {
    RULES, FACTS, MODEL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
