package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;

/**
 * A range of the ORIGINAL claim text: UTF-16 offsets, {@code end} exclusive, and the text there.
 * Example: in {@code "全网最*好用"} the superlative is {@code Span(2, 5, "最*好")}. Immutable.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new InvalidValueException("span", "needs 0 <= start <= end", start + ".." + end);
        }
        text = text == null ? "" : text;
    }

    /** The span of {@code original} from start to end. */
    public static Span of(String original, int start, int end) {
        return new Span(start, end, original.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
