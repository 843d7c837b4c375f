package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;

/** Builds a compliant rewrite: each finding's span replaced by its suggestion (longest first, no overlaps). */
final class Rewriter {
    private Rewriter() {
    }

    static String rewrite(String text, List<Finding> findings) {
        List<Finding> chosen = new ArrayList<>();
        List<Finding> byLength = new ArrayList<>(findings);
        byLength.sort((a, b) -> Integer.compare(b.span().length(), a.span().length()));
        for (Finding f : byLength) {
            if (f.span().length() == 0) {
                continue;
            }
            boolean overlaps = false;
            for (Finding c : chosen) {
                overlaps |= c.span().overlaps(f.span());
            }
            if (!overlaps) {
                chosen.add(f);
            }
        }
        chosen.sort((a, b) -> Integer.compare(b.span().start(), a.span().start()));
        StringBuilder sb = new StringBuilder(text);
        for (Finding f : chosen) {
            sb.replace(f.span().start(), f.span().end(), f.suggestion());
        }
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
            out.append(c);
        }
        String r = out.toString().strip();
        while (r.length() > 1 && "，,；;、".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        return r.replaceAll(" {2,}", " ");
    }
}
