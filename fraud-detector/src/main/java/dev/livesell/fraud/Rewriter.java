package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a compliant rewrite. A clause with a medical claim, a co-occurrence finding, or a finding that has
 * no suggestion, is removed whole, with every clause the finding's span touches: disease and treatment words
 * cannot be softened into anything true ("湿疹也能治好" would become "也好"). In the rest, each finding's span
 * is replaced by its suggestion (longest first, no overlaps). An empty rewrite means nothing compliant is left:
 * drop the line. The detector re-checks the result ({@link FalseAdDetector}); this class does not.
 */
final class Rewriter {
    private Rewriter() {
    }

    static String rewrite(String text, List<Finding> findings) {
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
        int at = 0;
        for (Finding f : chosen) { // one forward pass: linear in the text length
            appendKept(sb, text, at, f.span().start(), dropped);
            sb.append(f.suggestion());
            at = f.span().end();
        }
        appendKept(sb, text, at, text.length(), dropped);
        return tidy(sb.toString());
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
