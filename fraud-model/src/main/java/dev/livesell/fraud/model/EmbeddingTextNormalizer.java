package dev.livesell.fraud.model;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.function.UnaryOperator;

/**
 * Puts text into the form the embedding model was trained on, so that disguised copy embeds like plain
 * copy: Unicode NFKC with case folding (full-width to half-width, circled digits), Traditional to
 * Simplified Chinese (ICU {@code Traditional-Simplified}), and removal of zero-width characters and of
 * separators slipped between two CJK characters (最*佳, 最 佳, 最·佳 all become 最佳).
 *
 * <p>Example: {@code new EmbeddingTextNormalizer().apply("全網最·佳，ＮＯ．１")} returns {@code "全网最佳,no.1"}.
 *
 * <p>Thread-safe (the ICU transliterator is used under a lock; the cost is small next to embedding).
 */
public final class EmbeddingTextNormalizer implements UnaryOperator<String> {
    private static final String SEPARATORS = " \t*·•.-_/\\|~'\"`^+=#@&%$!,，。、・｜";
    private final Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    @Override
    public String apply(String text) {
        String s = stripZeroWidth(text);
        s = nfkcCasefold.normalize(s);
        synchronized (toSimplified) {
            s = toSimplified.transliterate(s);
        }
        return joinSeparatedCjk(s).strip();
    }

    private static String stripZeroWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Drops runs of separator characters that sit between two CJK ideographs. */
    private static String joinSeparatedCjk(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0 && b.length() > 0 && isCjk(b.charAt(b.length() - 1))) {
                int j = i;
                while (j < s.length() && SEPARATORS.indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < s.length() && isCjk(s.charAt(j)) && j - i <= 3 && !isSentencePunctuation(s, i, j)) {
                    i = j;
                    continue;
                }
                b.append(s, i, j);
                i = j;
                continue;
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** A single comma or full stop between clauses is punctuation, not a disguise; keep it. */
    private static boolean isSentencePunctuation(String s, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = s.charAt(from);
        return c == ',' || c == '，' || c == '。' || c == '、' || c == '!';
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
