package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;

/** Builds a compliant rewrite: each finding's span replaced by its suggestion (longest first, no overlaps). */
final class Rewriter {
    private Rewriter() {
    }

    static String rewrite(String text, List<Finding> findings) {
        List<Finding> byLength = new ArrayList<>(findings);
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
            sb.append(text, at, f.span().start()).append(f.suggestion());
            at = f.span().end();
        }
        sb.append(text, at, text.length());
        return tidy(sb.toString());
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
