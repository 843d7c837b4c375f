package dev.livesell.core;

import java.util.Objects;

/**
 * A value failed validation. The message reads {@code field: what is wrong (was X)}; {@link #field()}
 * and {@link #value()} give the parts to programs.
 *
 * <p>Example: {@code new Money(new BigDecimal("-1"), CNY)} throws
 * {@code amount: must not be negative (was -1)}.
 */
public class InvalidValueException extends LivesellException {
    private final String field;
    private final String problem;
    private final String value;

    public InvalidValueException(String field, String problem, Object value) {
        super(field + ": " + problem + " (was " + render(value) + ")");
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.value = render(value);
    }

    /**
     * Returns {@code value}, or throws {@code field: is required (was null)}: the null check of public entry
     * points, so a missing argument is a typed error naming it rather than a NullPointerException.
     */
    public static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required", null);
        }
        return value;
    }

    /** Name of the offending field, possibly dotted ({@code offer.price}). */
    public String field() {
        return field;
    }

    /** What is wrong, without the field and value. */
    public String problem() {
        return problem;
    }

    /** The rejected value as text ({@code null} rendered as "null"). */
    public String value() {
        return value;
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
