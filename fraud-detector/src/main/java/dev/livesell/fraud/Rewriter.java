package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Builds a compliant rewrite. A clause with a medical claim, a co-occurrence finding, or a finding that has
 * no suggestion, is removed whole, with every clause the finding's span touches: disease and treatment words
 * cannot be softened into anything true ("湿疹也能治好" would become "也好"). In the rest, each finding's span
 * is replaced by its suggestion (longest first, no overlaps). An empty rewrite means nothing compliant is left:
 * drop the line. The detector re-checks the result ({@link FalseAdDetector}); this class does not.
 *
 * <p>Spans cover a term's first to last character as written, so evasion filler that normalization removed
 * between a replaced span and the next (or previous) character is not in the span. When a matched term runs
 * across that filler (in 全網最*好用 the reported 全網最 won over the overlapping 最*好用), the filler was
 * inside a flagged word and goes with the replacement: 全网很好用, not 全网很*好用. Filler next to a span that
 * no term runs across (a space, a "|" or an emoji between two words) is text outside the flagged words and is
 * kept as written.
 */
final class Rewriter {
    private Rewriter() {
    }

    /**
     * The rewrite of {@code normalized.original()}. {@code insideTerm} tells, for a normalized position
     * {@code p}, whether a matched term runs across the boundary between normalized characters {@code p - 1} and
     * {@code p}; it is asked only where normalization removed filler at the edge of a replaced span.
     */
    static String rewrite(NormalizedText normalized, List<Finding> findings, IntPredicate insideTerm) {
        String text = normalized.original();
        boolean[] dropped = droppedClauses(text, findings);
        List<Finding> byLength = new ArrayList<>();
        for (Finding f : findings) {
            int b = f.span().start();
            if (b < text.length() && !dropped[b]) { // a finding is either wholly kept or wholly dropped
                byLength.add(f);
            }
        }
        byLength.sort((a, b) -> Integer.compare(b.span().length(), a.span().length()));
        boolean[] taken = new boolean[text.length()];
        List<Finding> chosen = new ArrayList<>();
        for (Finding f : byLength) {
            int b = f.span().start();
            int e = Math.min(f.span().end(), text.length());
            if (e <= b) {
                continue;
            }
            boolean free = true;
            for (int i = b; i < e && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = b; i < e; i++) {
                    taken[i] = true;
                }
                chosen.add(f);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        StringBuilder sb = new StringBuilder(text.length());
        FillerMap filler = chosen.isEmpty() ? null : new FillerMap(normalized);
        int at = 0;
        for (Finding f : chosen) { // one forward pass: linear in the text length
            int b = filler.startWithFiller(f.span().start(), taken, insideTerm);
            appendKept(sb, text, at, Math.max(at, b), dropped);
            sb.append(f.suggestion());
            at = Math.max(at, filler.endWithFiller(Math.min(f.span().end(), text.length()), taken, insideTerm));
        }
        appendKept(sb, text, at, text.length(), dropped);
        return tidy(sb.toString());
    }

    /**
     * Which characters of the original text normalization removed as filler (separators between the characters
     * of a word, zero-width and format characters), and which normalized character starts where. Built in one
     * pass over the offset map.
     */
    private static final class FillerMap {
        private final int n;
        private final boolean[] removed; // per original char: produced no normalized char
        private final int[] normalizedAt; // per original offset: the normalized char starting there, or -1

        FillerMap(NormalizedText t) {
            n = t.original().length();
            removed = new boolean[n];
            java.util.Arrays.fill(removed, true);
            normalizedAt = new int[n + 1];
            java.util.Arrays.fill(normalizedAt, -1);
            for (int k = t.length() - 1; k >= 0; k--) { // backwards: of an expansion (㎏ → kg) its first char wins
                int s = t.originalStart(k);
                normalizedAt[s] = k;
                for (int i = s; i < t.originalEnd(k); i++) {
                    removed[i] = false;
                }
            }
        }

        /** {@code end}, or past the removed filler after it when a matched term runs across that filler. */
        int endWithFiller(int end, boolean[] taken, IntPredicate insideTerm) {
            int j = end;
            while (j < n && removed[j] && !taken[j]) {
                j++;
            }
            return j > end && j < n && !removed[j] && normalizedAt[j] > 0 && insideTerm.test(normalizedAt[j]) ? j : end;
        }

        /** {@code start}, or before the removed filler ahead of it when a matched term runs across that filler. */
        int startWithFiller(int start, boolean[] taken, IntPredicate insideTerm) {
            int j = start;
            while (j > 0 && removed[j - 1] && !taken[j - 1]) {
                j--;
            }
            return j < start && j > 0 && !removed[j - 1] && start < n && normalizedAt[start] > 0
                    && insideTerm.test(normalizedAt[start]) ? j : start;
        }
    }

    private static void appendKept(StringBuilder sb, String text, int from, int to, boolean[] dropped) {
        for (int i = from; i < to; i++) {
            if (!dropped[i]) {
                sb.append(text.charAt(i));
            }
        }
    }

    /**
     * Removes every clause that a finding touches (the rewrite of a rewrite that was still flagged), and tidies
     * the punctuation left behind. Model findings, which span the whole text, are ignored.
     */
    static String dropClauses(String text, List<Finding> findings) {
        int n = text.length();
        boolean[] dropped = new boolean[n];
        for (Finding f : findings) {
            if (f.stage() != Stage.MODEL) {
                dropTouchedClauses(text, Math.min(f.span().start(), n), Math.min(f.span().end(), n), dropped);
            }
        }
        StringBuilder sb = new StringBuilder(n);
        appendKept(sb, text, 0, n, dropped);
        return tidy(sb.toString());
    }

    /**
     * Per character: inside a clause that goes whole. A clause goes with a medical claim, a co-occurrence
     * finding (its span runs from trigger to cue, disease names and all, so no word can stand in for it), or a
     * finding without a suggestion; with it go all clauses the finding's span touches ("保证不长痘，长一颗赔"
     * takes both clauses), and then any finding that reaches from a dropped clause into a kept one takes its
     * clauses too, so no tail of a finding is left behind. Repeats until nothing changes (at most once per finding).
     */
    private static boolean[] droppedClauses(String text, List<Finding> findings) {
        int n = text.length();
        boolean[] dropped = new boolean[n];
        for (Finding f : findings) {
            boolean whole = f.category() == ViolationCategory.MEDICAL_CLAIM || f.suggestion().isBlank()
                    || f.ruleId().startsWith("cooccurrence.");
            int b = Math.min(f.span().start(), n);
            int e = Math.min(f.span().end(), n);
            if (whole && f.stage() != Stage.MODEL && e > b && !(dropped[b] && allSame(dropped, b, e))) {
                dropTouchedClauses(text, b, e, dropped);
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Finding f : findings) {
                int b = Math.min(f.span().start(), n);
                int e = Math.min(f.span().end(), n);
                if (f.stage() == Stage.MODEL || e <= b || allSame(dropped, b, e)) {
                    continue;
                }
                changed |= dropTouchedClauses(text, b, e, dropped);
            }
        }
        return dropped;
    }

    private static boolean allSame(boolean[] a, int b, int e) {
        for (int i = b + 1; i < e; i++) {
            if (a[i] != a[b]) {
                return false;
            }
        }
        return true;
    }

    /** Marks the clauses that {@code [b, e)} touches, each with its own delimiter; true if anything changed. */
    private static boolean dropTouchedClauses(String text, int b, int e, boolean[] dropped) {
        int n = text.length();
        if (e <= b) {
            return false;
        }
        int from = b;
        while (from > 0 && !ClaimContext.endsClause(text, from - 1)) {
            from--;
        }
        int to = Math.max(e - 1, b);
        while (to < n && !ClaimContext.endsClause(text, to)) {
            to++;
        }
        if (to < n) {
            to++; // the clause's own delimiter goes with it
        }
        boolean changed = false;
        for (int i = from; i < to; i++) {
            changed |= !dropped[i];
            dropped[i] = true;
        }
        return changed;
    }

    /** Removes punctuation left doubled or dangling by deletions. */
    private static String tidy(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean punct = "，,。！!？?；;、".indexOf(c) >= 0;
            if (punct && (out.length() == 0 || "，,。！!？?；;、".indexOf(out.charAt(out.length() - 1)) >= 0)) {
                continue;
            }
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue; // collapse runs of spaces
            }
            out.append(c);
        }
        String r = out.toString().strip();
        while (r.length() > 1 && "，,；;、".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
