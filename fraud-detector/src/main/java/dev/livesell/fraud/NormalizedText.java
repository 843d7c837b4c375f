package dev.livesell.fraud;

import java.util.Objects;

/**
 * A claim's text after normalization (NFKC, case folding, full→half width, Traditional→Simplified,
 * look-alikes folded, zero-width and in-word separators removed) together with an offset map back to
 * the original, so a match in the normalized text is reported where the user wrote it.
 *
 * <p>Example: {@code TextNormalizer.standard().normalize("全網最*好")} has {@code text() == "全网最好"} and
 * {@code span(2, 4)} is {@code Span(2, 5, "最*好")}. Immutable and thread-safe.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] breakBefore; // null when no line break was removed
    private final boolean[] claimed; // null unless the detector marked what other findings report

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this(original, text, starts, ends, null);
    }

    NormalizedText(String original, String text, int[] starts, int[] ends, boolean[] breakBefore) {
        this(original, text, starts, ends, breakBefore, null);
    }

    private NormalizedText(String original, String text, int[] starts, int[] ends, boolean[] breakBefore,
                           boolean[] claimed) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.breakBefore = breakBefore;
        this.claimed = claimed;
    }

    /** The same offsets, line breaks and claimed positions over a same-length transformed text (e.g. numbers masked). */
    NormalizedText withText(String sameLength) {
        if (sameLength.length() != text.length()) {
            throw new IllegalArgumentException("length " + sameLength.length() + " != " + text.length());
        }
        return new NormalizedText(original, sameLength, starts, ends, breakBefore, claimed);
    }

    /**
     * The same text with {@code positions} (per normalized char) marked as inside a phrase that a rule already
     * reports ({@link #claimed(int)}); the array is copied.
     */
    NormalizedText withClaimed(boolean[] positions) {
        return new NormalizedText(original, text, starts, ends, breakBefore, positions.clone());
    }

    /**
     * Whether normalized char {@code i} lies inside a phrase that some rule reports as a finding. The detector
     * marks these for a second look when a negation word sits in one: that negation belongs to the reported
     * claim ("won't" in "won't get sick", "No" in "No side effects") and excuses no other term.
     */
    boolean claimed(int i) {
        return claimed != null && i >= 0 && i < claimed.length && claimed[i];
    }

    /**
     * Whether the original had a line break just before normalized char {@code i} that normalization removed
     * to join a word split across lines ("三天见\n效" → "三天见效"). Rules treat it as a sentence end for
     * context (negation, disclaimers, co-occurrence), while terms still match across it.
     */
    public boolean lineBreakBefore(int i) {
        return breakBefore != null && i >= 0 && i < breakBefore.length && breakBefore[i];
    }

    /** Normalizes with the standard normalizer. */
    public static NormalizedText of(String original) {
        return TextNormalizer.standard().normalize(original);
    }

    /** The text as the user wrote it. */
    public String original() {
        return original;
    }

    /**
     * The normalized text that rules match against. A custom {@link Rule} reading it must look for normalized
     * forms (run its own terms through {@link TextNormalizer#standard()}): for instance 著 folds to 着, so
     * 显著 reads 显着 here.
     */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text where normalized char {@code i} comes from. */
    public int originalStart(int i) {
        return i >= starts.length ? original.length() : starts[i];
    }

    /** Offset in the original text just after normalized char {@code i}. */
    public int originalEnd(int i) {
        return i >= ends.length ? original.length() : ends[i];
    }

    /** The original-text span of normalized range [start, end). */
    public Span span(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("normalized range " + start + ".." + end + " of " + text.length());
        }
        if (start == end) {
            int o = originalStart(start);
            return new Span(o, o, "");
        }
        int os = starts[start];
        int oe = ends[end - 1];
        return Span.of(original, os, oe);
    }

    @Override
    public String toString() {
        return text;
    }
}
