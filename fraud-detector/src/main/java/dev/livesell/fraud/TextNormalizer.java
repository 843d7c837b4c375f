package dev.livesell.fraud;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Normalizes claim text so disguised spellings match the lexicons, keeping an offset map to the original:
 * <ul>
 *   <li>Unicode NFKC with case folding (ICU4J): full-width → half-width, ① → 1, ligatures, upper → lower;</li>
 *   <li>zero-width and other format characters, variation selectors and combining marks (Mn, Me: an
 *       underline U+0332 after each character, decomposed pinyin "zui" + U+0300, an enclosing circle U+20DD)
 *       dropped, a mark's offset kept on the base character before it;</li>
 *   <li>Traditional → Simplified characters (OpenCC table, Apache-2.0);</li>
 *   <li>look-alike letters from other scripts folded to Latin (ICU's UTS #39 confusables skeleton), and
 *       financial numerals (壹贰叁…) folded to ordinary ones (一二三…), and a few Han look-alikes used
 *       to dodge key words (蕞 → 最, 苐 → 第, 痩 → 瘦); accents and pinyin tone marks dropped
 *       from Latin letters (防ái → 防ai, which the pinyin variants of 防癌 match);</li>
 *   <li>separator runs (spaces, {@code * · . - _ / | ~}, emoji) between letters inside a word removed when
 *       a Chinese character is on either side ("最 佳", "最*佳", "最·佳" → "最佳"), or between two Latin
 *       letters when the run has no whitespace ("b.e.s.t" → "best").</li>
 * </ul>
 * Sentence punctuation (，。！？；：) is kept: it bounds clauses. Runs in time linear in the input.
 *
 * <p>Example: {@code TextNormalizer.standard().normalize("ＢＥＳＴ 全網最·佳")}. Immutable and thread-safe.
 */
public final class TextNormalizer {
    private static final String TS_RESOURCE = "opencc/TSCharacters.tsv";
    private static final String FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟貳參陸";
    private static final String ORDINARY = "一二三四五六七八九十百千二三六";
    /** Han look-alikes and Japanese shinjitai used to dodge key words (蕞 for 最, 苐 for 第, 痩 for 瘦, 薬 for 药). */
    private static final String HAN_LOOKALIKE = "蕞苐痩薬効癒冐";
    private static final String HAN_PLAIN = "最第瘦药效愈冒";

    private static volatile TextNormalizer standard;

    private final Normalizer2 nfkcCf = Normalizer2.getNFKCCasefoldInstance();
    private final Map<Integer, String> traditionalToSimplified;
    private final char[] latinFold; // 0x80..0x2FFF: look-alike or accented letter -> Latin lower-case, 0 if none
    private final String[] bmp; // the mapping of every BMP code point, computed once (hot path: no allocation)

    private TextNormalizer() {
        this.traditionalToSimplified = loadTs();
        this.latinFold = buildLatinFold();
        String[] table = new String[0x10000];
        for (int c = 0; c < table.length; c++) {
            if (!Character.isSurrogate((char) c)) {
                table[c] = mapCodePoint(c);
            }
        }
        this.bmp = table;
    }

    /** The shared standard normalizer (tables loaded once, on first use). */
    public static TextNormalizer standard() {
        TextNormalizer s = standard;
        if (s == null) {
            synchronized (TextNormalizer.class) {
                s = standard;
                if (s == null) {
                    s = new TextNormalizer();
                    standard = s;
                }
            }
        }
        return s;
    }

    /** Normalizes {@code original}; never null, may be empty. */
    public NormalizedText normalize(String original) {
        int n = original.length();
        StringBuilder sb = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int cp;
            int cl;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                cp = Character.toCodePoint(c, original.charAt(i + 1));
                cl = 2;
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD; // lone surrogate
                cl = 1;
            } else {
                cp = c;
                cl = 1;
            }
            String mapped = map(cp);
            if (mapped.isEmpty() && len > 0 && isCombiningMark(cp)) {
                ends[len - 1] = i + cl; // the mark stays with its base character: a span over the base covers it
            }
            for (int k = 0; k < mapped.length(); k++) {
                if (len == starts.length) {
                    int cap = Math.max(16, len * 2);
                    starts = java.util.Arrays.copyOf(starts, cap);
                    ends = java.util.Arrays.copyOf(ends, cap);
                }
                sb.append(mapped.charAt(k));
                starts[len] = i;
                ends[len] = i + cl;
                len++;
            }
            i += cl;
        }
        return removeSeparators(original, sb, starts, ends, len);
    }

    private String map(int cp) {
        return cp < 0x10000 ? bmp[cp] : mapCodePoint(cp);
    }

    private String mapCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return String.valueOf((char) (cp + 32));
            }
            return String.valueOf((char) cp);
        }
        if (isIgnorable(cp)) {
            return "";
        }
        int f = FINANCIAL.indexOf(cp);
        if (f >= 0 && cp < 0x10000) {
            return String.valueOf(ORDINARY.charAt(f));
        }
        int h = cp < 0x10000 ? HAN_LOOKALIKE.indexOf(cp) : -1;
        if (h >= 0) {
            return String.valueOf(HAN_PLAIN.charAt(h));
        }
        String ts = traditionalToSimplified.get(cp);
        if (ts != null) {
            int f2 = ts.length() == 1 ? FINANCIAL.indexOf(ts.charAt(0)) : -1; // 叄 → 叁 → 三
            return f2 >= 0 ? String.valueOf(ORDINARY.charAt(f2)) : ts;
        }
        if (cp < 0x3000 && latinFold[cp - 0x80] != 0) {
            return String.valueOf(latinFold[cp - 0x80]);
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) { // ➊ ❶ ⓵ ① ...
            int v = UCharacter.getNumericValue(cp);
            if (v >= 0 && v <= 99) {
                return Integer.toString(v);
            }
        }
        String s = nfkcCf.normalize(new String(Character.toChars(cp)));
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c >= 0x80 && c < 0x3000 && latinFold[c - 0x80] != 0) {
                return String.valueOf(latinFold[c - 0x80]);
            }
            String ts2 = traditionalToSimplified.get((int) c);
            if (ts2 != null) {
                return ts2;
            }
        }
        return s;
    }

    private static boolean isIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT // zero-width space/joiners, BOM, soft hyphen, bidi marks
                || isCombiningMark(cp) // U+0332 underline, U+0301 acute (decomposed pinyin), U+20DD enclosing circle
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Non-spacing and enclosing marks (Mn, Me): dropped, their offsets kept on the base character before them. */
    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** True for characters used to split a word apart: spaces, light punctuation, symbols and emoji. */
    /**
     * Whether the char at {@code i} is a separator. A character outside the Basic Multilingual Plane is one only when
     * it is no letter or digit: an emoji between 全网 and 最低 is filler, a rare Han character (𠮷, 𠀀) is text.
     */
    private static boolean separatorAt(CharSequence sb, int i, int len) {
        char c = sb.charAt(i);
        if (!Character.isSurrogate(c)) {
            return isSeparator(c);
        }
        int cp;
        if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(sb.charAt(i + 1))) {
            cp = Character.toCodePoint(c, sb.charAt(i + 1));
        } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(sb.charAt(i - 1))) {
            cp = Character.toCodePoint(sb.charAt(i - 1), c);
        } else {
            return true; // a lone surrogate
        }
        return !Character.isLetterOrDigit(cp);
    }

    static boolean isSeparator(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        switch (c) {
            case '*': case '.': case '-': case '_': case '/': case '\\': case '|': case '~': case '^': case '+':
            case '#': case '@': case '&': case '=': case '`': case '\'': case '"': case '·': case '•': case '・':
            case '‧': case '×': case '丶': case '〜':
                return true;
            default:
                break;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Han, Latin letter, ASCII digit or percent sign: the characters a separator may split a word between. */
    private static boolean isWordChar(char c) {
        return isHan(c) || isLatinLetter(c) || (c >= '0' && c <= '9') || c == '%';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static NormalizedText removeSeparators(String original, StringBuilder sb, int[] starts, int[] ends, int len) {
        StringBuilder out = new StringBuilder(len);
        int[] s2 = new int[len];
        int[] e2 = new int[len];
        boolean[] breaks = null; // breaks[m]: a line break was removed just before output char m
        int m = 0;
        int i = 0;
        while (i < len) {
            char c = sb.charAt(i);
            if (!separatorAt(sb, i, len)) {
                out.append(c);
                s2[m] = starts[i];
                e2[m] = ends[i];
                m++;
                i++;
                continue;
            }
            int j = i;
            boolean whitespace = false;
            boolean lineBreak = false;
            while (j < len && separatorAt(sb, j, len)) {
                whitespace |= Character.isWhitespace(sb.charAt(j)) || Character.isSpaceChar(sb.charAt(j));
                lineBreak |= isLineBreak(sb.charAt(j));
                j++;
            }
            boolean drop = false;
            if (i > 0 && j < len) {
                char before = sb.charAt(i - 1);
                char after = sb.charAt(j);
                boolean hanSide = isHan(before) || isHan(after);
                boolean hanWord = isWordChar(before) && isWordChar(after); // "最后·2 单" → "最后2单"
                boolean latin = isLatinLetter(before) && isLatinLetter(after);
                boolean digits = isAsciiDigit(before) && isAsciiDigit(after); // "3*0" → "30", but "1.5", "5-10" kept
                drop = hanSide ? hanWord
                        : latin ? !whitespace && (j - i) == 1 && isSingleLetter(sb, i - 1) && isSingleLetter(sb, j)
                        : digits && (j - i) == 1 && "*·•・‧_|丶〜~^".indexOf(sb.charAt(i)) >= 0;
            }
            if (drop && lineBreak) { // "三天见\n效": joined for matching, but the line still ends there
                if (breaks == null) {
                    breaks = new boolean[len + 1];
                }
                breaks[m] = true;
            }
            if (!drop) {
                for (int k = i; k < j; k++) {
                    out.append(sb.charAt(k));
                    s2[m] = starts[k];
                    e2[m] = ends[k];
                    m++;
                }
            }
            i = j;
        }
        return new NormalizedText(original, out.toString(), java.util.Arrays.copyOf(s2, m), java.util.Arrays.copyOf(e2, m),
                breaks == null ? null : java.util.Arrays.copyOf(breaks, m + 1));
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\013' || c == '\f';
    }

    /** True when the Latin letter at {@code pos} stands alone between separators ("b.e.s.t"). */
    private static boolean isSingleLetter(CharSequence s, int pos) {
        boolean leftOk = pos == 0 || !isLatinLetter(s.charAt(pos - 1));
        boolean rightOk = pos + 1 >= s.length() || !isLatinLetter(s.charAt(pos + 1));
        return leftOk && rightOk;
    }

    private static Map<Integer, String> loadTs() {
        Map<Integer, String> map = new HashMap<>(8192);
        try (InputStream in = TextNormalizer.class.getResourceAsStream(TS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TS_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.codePointAt(0), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // chain (Taiwan variant -> Traditional -> Simplified) from an unchanged copy, so the result does not
        // depend on iteration order; a cycle would turn Simplified text into variants, so the table must have none
        Map<Integer, String> direct = Map.copyOf(map);
        for (Map.Entry<Integer, String> e : map.entrySet()) {
            String v = e.getValue();
            for (int hop = 0; ; hop++) {
                String next = direct.get(v.codePointAt(0));
                if (next == null || next.equals(v)) {
                    break;
                }
                if (hop == 4) {
                    throw new IllegalStateException(TS_RESOURCE + ": cycle at " + new String(Character.toChars(e.getKey())));
                }
                v = next;
            }
            e.setValue(v);
        }
        return map;
    }

    private static char[] buildLatinFold() {
        char[] fold = new char[0x3000 - 0x80];
        SpoofChecker sc = new SpoofChecker.Builder().build();
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        for (int cp = 0x80; cp < 0x3000; cp++) {
            int script = UScript.getScript(cp);
            if (script == UScript.LATIN && UCharacter.isLetter(cp)) {
                // accented Latin letters, pinyin tone marks included (ái → ai, ǚ → u): the base letter
                String d = nfd.normalize(new String(Character.toChars(cp)));
                if (d.length() > 1 && isLatinLetter(d.charAt(0))) {
                    fold[cp - 0x80] = Character.toLowerCase(d.charAt(0));
                }
                continue;
            }
            if (script == UScript.LATIN || script == UScript.HAN || script == UScript.COMMON
                    || script == UScript.INHERITED || !UCharacter.isLetter(cp)) {
                continue;
            }
            String sk = sc.getSkeleton(SpoofChecker.ANY_CASE, new String(Character.toChars(cp)));
            if (sk.length() == 1 && isLatinLetter(sk.charAt(0))) {
                fold[cp - 0x80] = Character.toLowerCase(sk.charAt(0));
            }
        }
        return fold;
    }
}
