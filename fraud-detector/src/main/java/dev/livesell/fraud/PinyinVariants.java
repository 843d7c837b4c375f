package dev.livesell.fraud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates pinyin spellings of key terms, the common evasion "zhi疗"/"zhiliao" for 治疗: every mix of
 * characters and their toneless pinyin (not the all-Chinese original). Table: {@code pinyin.tsv}, derived
 * from mozillazg/pinyin-data (MIT), limited to the characters of the built-in lexicon.
 */
final class PinyinVariants {
    private static final int MAX_CHARS = 5;
    private final Map<Character, String> pinyin;

    private PinyinVariants(Map<Character, String> pinyin) {
        this.pinyin = pinyin;
    }

    static PinyinVariants load() {
        Map<Character, String> map = new HashMap<>();
        try (InputStream in = PinyinVariants.class.getResourceAsStream("pinyin/pinyin.tsv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab == 1) {
                        map.put(line.charAt(0), line.substring(tab + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PinyinVariants(map);
    }

    List<String> variants(String term) {
        List<String> out = new ArrayList<>();
        int n = term.length();
        if (n < 2 || n > MAX_CHARS) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            if (!pinyin.containsKey(term.charAt(i))) {
                return out;
            }
        }
        for (int mask = 1; mask < (1 << n); mask++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append((mask & (1 << i)) != 0 ? pinyin.get(term.charAt(i)) : String.valueOf(term.charAt(i)));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
