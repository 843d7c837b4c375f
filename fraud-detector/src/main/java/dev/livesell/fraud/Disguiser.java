package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Disguises text the way sellers evade keyword filters, for robustness evaluation: full-width forms,
 * separators between characters, zero-width characters, Traditional characters. Deterministic: the
 * disguise chosen for a text depends only on the text and the seed.
 *
 * <p>Example: {@code Disguiser.apply("全网最低价", Disguiser.Kind.SEPARATORS)} gives {@code "全*网*最*低*价"}.
 * Immutable and thread-safe.
 */
public final class Disguiser {
    /** The disguises. */
    public enum Kind { FULL_WIDTH, SEPARATORS, ZERO_WIDTH, TRADITIONAL }

    private static volatile Map<Integer, String> simplifiedToTraditional;

    private Disguiser() {
    }

    /** Applies one disguise. */
    public static String apply(String text, Kind kind) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            switch (kind) {
                case FULL_WIDTH:
                    sb.appendCodePoint(cp >= 0x21 && cp <= 0x7E ? cp + 0xFEE0 : cp == ' ' ? 0x3000 : cp);
                    break;
                case SEPARATORS:
                    sb.appendCodePoint(cp);
                    if (i + n < text.length() && isWordChar(cp) && isWordChar(text.codePointAt(i + n))
                            && (isHan(cp) || isHan(text.codePointAt(i + n)))) {
                        sb.append("*· ".charAt(i % 3));
                    }
                    break;
                case ZERO_WIDTH:
                    sb.appendCodePoint(cp);
                    if (i + n < text.length()) {
                        sb.append('\u200B');
                    }
                    break;
                case TRADITIONAL:
                    String t = table().get(cp);
                    if (t != null) {
                        sb.append(t);
                    } else {
                        sb.appendCodePoint(cp);
                    }
                    break;
                default:
                    throw new IllegalStateException(kind.name());
            }
            i += n;
        }
        return sb.toString();
    }

    /** Applies the disguise picked deterministically for this text (cycles through all kinds). */
    public static String applyAny(String text, long seed) {
        Kind[] kinds = Kind.values();
        int k = (int) Math.floorMod(text.hashCode() * 31L + seed, (long) kinds.length);
        return apply(text, kinds[k]);
    }

    /**
     * Parses a kind name such as {@code full_width} or {@code traditional}.
     *
     * @throws InvalidValueException naming the field {@code disguise} when the name is null or no kind
     */
    public static Kind kind(String name) {
        if (name != null) {
            String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Kind k : Kind.values()) {
                if (k.name().equals(key)) {
                    return k;
                }
            }
        }
        throw new InvalidValueException("disguise", "must be one of " + java.util.Arrays.toString(Kind.values()), name);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static Map<Integer, String> table() {
        Map<Integer, String> t = simplifiedToTraditional;
        if (t == null) {
            Map<Integer, String> m = new HashMap<>();
            try (InputStream in = Disguiser.class.getResourceAsStream("opencc/STCharacters.tsv")) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        m.put(line.codePointAt(0), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            simplifiedToTraditional = m;
            t = m;
        }
        return t;
    }
}
