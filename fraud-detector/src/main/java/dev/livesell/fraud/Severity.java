package dev.livesell.fraud;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.livesell.core.InvalidValueException;
import java.util.Locale;

/** How serious a {@link Finding} is. HIGH alone makes a violation; LOW alone only asks for review. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code low}, {@code medium} or {@code high}, any case. */
    public static Severity parse(String id) {
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("severity", "must be low, medium or high", id);
        }
    }
}
