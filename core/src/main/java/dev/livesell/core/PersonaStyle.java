package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a host talks; script generators pick phrasing by it. JSON: lower-case names. */
public enum PersonaStyle {
    /** Fast, loud, countdown-heavy (the classic 叫卖 style). */
    ENERGETIC,
    /** Calm, explains ingredients and specifications. */
    EXPERT,
    /** Friendly, talks like a sister or a neighbour. */
    WARM,
    /** Jokes and banter. */
    PLAYFUL;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PersonaStyle parse(String text) {
        Check.notBlank("style", text);
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("style", "must be one of energetic, expert, warm, playful", text);
        }
    }
}
