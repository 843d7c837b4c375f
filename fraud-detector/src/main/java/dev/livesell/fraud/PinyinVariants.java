package dev.livesell.fraud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates pinyin spellings of Chinese terms, the common evasion "zhi疗"/"zhiliao" for 治疗: every mix of
 * the term's Han characters and their toneless pinyin (not the all-Chinese original; other characters stay
 * as they are). A Han character's readings are the (up to two) toneless readings in {@code pinyin.tsv}, which
 * covers every character of the built-in rule files (derived from mozillazg/pinyin-data, MIT, by
 * {@code fraud-detector/tools/pinyin_table.py}), so both 长 "zhang" and "chang" are covered. Used while the built-in rules load; not thread-safe (confined to the loader).
 */
final class PinyinVariants {
    private static final int MAX_CHARS = 5;
    /** At most this many spellings per term (two readings of five characters would be 3^5). */
    private static final int MAX_VARIANTS = 128;
    private static final String TABLE = "pinyin/pinyin.tsv";
    private final Map<Character, String> table;
    private final Map<Character, List<String>> readings = new HashMap<>();

    private PinyinVariants(Map<Character, String> table) {
        this.table = table;
    }

    static PinyinVariants load() {
        Map<Character, String> map = new HashMap<>();
        try (InputStream in = PinyinVariants.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab == 1) {
                    map.put(line.charAt(0), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PinyinVariants(map);
    }

    /** Toneless readings of a character (empty when the table has none: non-Han characters). */
    List<String> readings(char c) {
        return readings.computeIfAbsent(c, k -> {
            Set<String> rs = new LinkedHashSet<>();
            String t = table.get(k);
            if (t != null) {
                for (String r : t.split(",")) {
                    rs.add(r.strip());
                }
            }
            return List.copyOf(rs);
        });
    }

    /** The pinyin mixes of a term with two to five Han characters; empty for other terms. */
    List<String> variants(String term) {
        int n = term.length();
        if (n > MAX_CHARS + 2) {
            return List.of();
        }
        List<List<String>> options = new ArrayList<>(n);
        int han = 0;
        for (int i = 0; i < n; i++) {
            List<String> o = new ArrayList<>();
            o.add(String.valueOf(term.charAt(i)));
            List<String> r = readings(term.charAt(i));
            if (!r.isEmpty()) {
                han++;
                o.addAll(r);
            }
            options.add(o);
        }
        if (han < 2 || han > MAX_CHARS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        expand(options, 0, new StringBuilder(), false, out);
        return out;
    }

    private static void expand(List<List<String>> options, int i, StringBuilder sb, boolean changed, List<String> out) {
        if (out.size() >= MAX_VARIANTS) {
            return;
        }
        if (i == options.size()) {
            if (changed) {
                out.add(sb.toString());
            }
            return;
        }
        List<String> o = options.get(i);
        for (int k = 0; k < o.size(); k++) {
            int len = sb.length();
            sb.append(o.get(k));
            expand(options, i + 1, sb, changed || k > 0, out);
            sb.setLength(len);
        }
    }
}
