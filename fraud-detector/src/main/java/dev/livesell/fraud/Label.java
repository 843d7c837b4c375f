package dev.livesell.fraud;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.livesell.core.InvalidValueException;
import java.util.Locale;

/** The decision of a {@link Verdict}: a violation, compliant, or uncertain (needs human review). JSON lower-case. */
public enum Label {
    VIOLATION, REVIEW, COMPLIANT;

    /** The lower-case JSON id, e.g. {@code "violation"}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code violation}, {@code violating} (alias), {@code review} or {@code compliant}, any case. */
    public static Label parse(String id) {
        if (id == null) {
            throw new InvalidValueException("label", "must be violation, review or compliant", null);
        }
        String s = id.strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "violation": case "violating": case "violate": case "1": return VIOLATION;
            case "review": return REVIEW;
            case "compliant": case "0": return COMPLIANT;
            default: throw new InvalidValueException("label", "must be violation, review or compliant", id);
        }
    }
}
