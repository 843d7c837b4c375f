package dev.livesell.fraud;

import dev.livesell.core.DataFormatException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexicon terms with a number slot: {@code 最后{N}单}, {@code 瘦{N}斤}, {@code 好评率{N}%}, {@code {N}万人在用}.
 * Numbers vary ("最后3单", "最后十单", "最后两单"), so the rule masks every numeral character (ASCII digits,
 * 〇零一二两三四五六七八九十百千几半, a decimal point between digits, and English number words up to six
 * letters: one … twelve, twenty … ninety) with one placeholder character,
 * keeping the text's length and therefore its offset map, and runs an ordinary {@link LexiconRule} over the
 * masked text; a {@code {N}} in a term matches a run of 1 to {@value #MAX_DIGITS} numeral characters. 万 and
 * 亿 are not masked, so magnitudes stay explicit ({@code {N}万人}). The built-in exception phrases are masked
 * the same way, so "最后一个链接" still excuses "最后{N}个". No regular expressions; linear time.
 *
 * <p>Resource {@code numeric.tsv}, same columns as {@code lexicon.tsv}. Immutable and thread-safe.
 */
final class NumericPatternRule implements Rule {
    private static final String RESOURCE = "numeric.tsv";
    static final char MASK = '\uE000';
    static final int MAX_DIGITS = 6;
    static final String NUMERALS = "〇零一二两三四五六七八九十百千几半";
    /** English number words short enough for a {@code {N}} slot ("ten years younger", "only three left"). */
    private static final java.util.Set<String> WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "eighty",
            "ninety");

    private final LexiconRule rule;

    private NumericPatternRule(LexiconRule rule) {
        this.rule = rule;
    }

    static NumericPatternRule builtIn(Lexicon base) {
        TextNormalizer norm = TextNormalizer.standard();
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        for (Lexicon.Row row : Lexicon.read(RESOURCE)) {
            String[] c = row.cols();
            if (c.length < 4 || !c[0].contains("{N}")) {
                throw new DataFormatException(RESOURCE, row.line(), "term",
                        "needs term (with {N}), category, severity, flags (was " + c[0] + ")", null);
            }
            String[] parts = c[0].split("\\{N\\}", -1);
            ViolationCategory cat;
            Severity sev;
            try {
                cat = ViolationCategory.parse(c[1]);
                sev = Severity.parse(c[2]);
            } catch (RuntimeException e) {
                throw new DataFormatException(RESOURCE, row.line(), "category/severity", e.getMessage(), e);
            }
            String law = c.length > 5 ? c[5] : "";
            String msg = c.length > 6 ? c[6] : "";
            String suggestion = c.length > 4 ? c[4] : "";
            String ruleId = "numeric." + cat.id() + "." + c[0];
            LexiconEntry proto = new LexiconEntry(c[0], cat, sev, law, msg, suggestion, c[3].contains("n"),
                    c[3].contains("h"), ruleId);
            expand(parts, 0, new StringBuilder(), norm, entries, proto);
        }
        Set<String> exceptions = new LinkedHashSet<>();
        for (String e : base.exceptions()) {
            exceptions.add(mask(e));
        }
        return new NumericPatternRule(new LexiconRule("numeric", Lexicon.ofNormalized(entries, exceptions)));
    }

    private static void expand(String[] parts, int i, StringBuilder prefix, TextNormalizer norm,
                               Map<String, LexiconEntry> out, LexiconEntry proto) {
        int mark = prefix.length();
        prefix.append(mask(norm.normalize(parts[i]).text()));
        if (i == parts.length - 1) {
            out.putIfAbsent(prefix.toString(), proto);
        } else {
            int afterPart = prefix.length();
            for (int d = 1; d <= MAX_DIGITS; d++) {
                for (int k = 0; k < d; k++) {
                    prefix.append(MASK);
                }
                expand(parts, i + 1, prefix, norm, out, proto);
                prefix.setLength(afterPart);
            }
        }
        prefix.setLength(mark);
    }

    /** The text with every numeral character replaced by {@link #MASK}; same length. */
    static String mask(String s) {
        char[] out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            boolean num = (ch >= '0' && ch <= '9') || NUMERALS.indexOf(ch) >= 0
                    || (ch == '.' && i > 0 && i + 1 < n && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1)));
            if (num) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = MASK;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!ClaimContext.isLatin(s.charAt(i)) || i > 0 && ClaimContext.isLatin(s.charAt(i - 1))) {
                continue;
            }
            int e = i;
            while (e < n && ClaimContext.isLatin(s.charAt(e))) {
                e++;
            }
            if (e - i <= 6 && WORDS.contains(s.substring(i, e))) { // normalized text: already lower-case
                if (out == null) {
                    out = s.toCharArray();
                }
                java.util.Arrays.fill(out, i, e, MASK);
            }
            i = e - 1;
        }
        return out == null ? s : new String(out);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String id() {
        return "numeric";
    }

    @Override
    public List<Finding> apply(NormalizedText text, Claim claim) {
        String masked = mask(text.text());
        if (masked == text.text()) {
            return List.of(); // no numerals: no numeric pattern can match
        }
        return rule.apply(text.withText(masked), claim);
    }

    /** {@link LexiconRule#markTermInteriors} for the number patterns (over the masked text). */
    void markTermInteriors(NormalizedText text, boolean[] inside) {
        String masked = mask(text.text());
        if (masked != text.text()) {
            rule.markTermInteriors(text.withText(masked), inside);
        }
    }
}
