package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a compliant rewrite. A clause with a medical claim, or with a finding that has no suggestion, is
 * removed whole: disease and treatment words cannot be softened into anything true ("湿疹也能治好" would
 * become "也好"). In the rest, each finding's span is replaced by its suggestion (longest first, no
 * overlaps). An empty rewrite means nothing compliant is left: drop the line. Linear in the text length.
 */
final class Rewriter {
    private Rewriter() {
    }

    static String rewrite(String text, List<Finding> findings) {
        boolean[] dropped = droppedClauses(text, findings);
        List<Finding> byLength = new ArrayList<>();
        for (Finding f : findings) {
            int b = f.span().start();
            if (b < text.length() && !dropped[b]) {
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

    /** Per character: inside a clause that goes whole (a medical claim, or a finding without a suggestion). */
    private static boolean[] droppedClauses(String text, List<Finding> findings) {
        int n = text.length();
        boolean[] dropped = new boolean[n];
        for (Finding f : findings) {
            boolean whole = f.category() == ViolationCategory.MEDICAL_CLAIM || f.suggestion().isBlank();
            int b = Math.min(f.span().start(), n);
            int e = Math.min(f.span().end(), n);
            if (!whole || f.stage() == Stage.MODEL || e <= b || dropped[b]) {
                continue;
            }
            int from = b;
            while (from > 0 && !ClaimContext.endsClause(text, from - 1)) {
                from--;
            }
            int to = e;
            while (to < n && !ClaimContext.endsClause(text, to)) {
                to++;
            }
            if (to < n) {
                to++; // the clause's own delimiter goes with it
            }
            java.util.Arrays.fill(dropped, from, to, true);
        }
        return dropped;
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
