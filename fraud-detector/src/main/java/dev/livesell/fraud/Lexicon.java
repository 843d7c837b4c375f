package dev.livesell.fraud;

import dev.livesell.core.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A curated set of {@link LexiconEntry} terms plus the context-exception phrases that excuse them
 * (最近, 第一次, 效果因人而异 ...). Terms are stored normalized; variant spellings (pinyin mixes such as
 * "zhi疗", "zui低价") are generated for every term of two to five Chinese characters.
 *
 * <p>Built-in lexicon: {@code Lexicon.builtIn()}; TSV columns {@code term, category, severity, flags,
 * suggestion[, law reference[, message]]}, flags a comma list of {@code n} (negatable), {@code h} (health
 * claim, excused by regulated class/approved claims); {@code p} (pinyin variants) is accepted but no longer
 * needed, every term gets them. Immutable.
 */
public final class Lexicon {
    private static final String ENTRIES = "lexicon.tsv";
    private static final String EXCEPTIONS = "exceptions.tsv";
    private static volatile Lexicon builtIn;

    private final Map<String, LexiconEntry> entries;
    private final Set<String> exceptions;

    /**
     * A lexicon of terms and exception phrases (see {@link RuleFile} for user lexicons). Terms and phrases are
     * normalized like claim text here ({@link TextNormalizer#standard()}: width, case, Traditional → Simplified
     * ...), so they may be written as a user would write them; two terms that normalize alike are an error.
     */
    public Lexicon(Map<String, LexiconEntry> entries, Set<String> exceptions) {
        this(normalizedKeys(entries), normalized(exceptions), true);
    }

    private Lexicon(Map<String, LexiconEntry> entries, Set<String> exceptions, boolean alreadyNormalized) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.exceptions = Collections.unmodifiableSet(new LinkedHashSet<>(exceptions));
    }

    /** Terms and phrases the caller has already normalized (or masked, as the numeric patterns are). */
    static Lexicon ofNormalized(Map<String, LexiconEntry> entries, Set<String> exceptions) {
        return new Lexicon(entries, exceptions, true);
    }

    private static Map<String, LexiconEntry> normalizedKeys(Map<String, LexiconEntry> entries) {
        TextNormalizer norm = TextNormalizer.standard();
        Map<String, LexiconEntry> out = new LinkedHashMap<>();
        for (Map.Entry<String, LexiconEntry> e : entries.entrySet()) {
            String key = norm.normalize(e.getKey()).text();
            if (key.isEmpty()) {
                throw new dev.livesell.core.InvalidValueException("term", "is empty after normalization", e.getKey());
            }
            if (out.put(key, e.getValue()) != null) {
                throw new dev.livesell.core.InvalidValueException("term", "is listed twice after normalization (as " + key + ")", e.getKey());
            }
        }
        return out;
    }

    private static Set<String> normalized(Set<String> phrases) {
        TextNormalizer norm = TextNormalizer.standard();
        Set<String> out = new LinkedHashSet<>();
        for (String p : phrases) {
            out.add(norm.normalize(p).text());
        }
        return out;
    }

    /** The project's built-in Chinese and English lexicon (loaded once). */
    public static Lexicon builtIn() {
        Lexicon l = builtIn;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = builtIn;
                if (l == null) {
                    l = load();
                    builtIn = l;
                }
            }
        }
        return l;
    }

    /** Normalized term (and generated variants) → entry. */
    public Map<String, LexiconEntry> entries() {
        return entries;
    }

    /** Normalized exception phrases. */
    public Set<String> exceptions() {
        return exceptions;
    }

    private static Lexicon load() {
        TextNormalizer norm = TextNormalizer.standard();
        PinyinVariants pinyin = PinyinVariants.load();
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        Set<String> primaries = new java.util.HashSet<>();
        for (Row row : read(ENTRIES)) {
            String[] c = row.cols;
            if (c.length < 4) {
                throw new DataFormatException(ENTRIES, row.line, "columns", "needs term, category, severity, flags", null);
            }
            String term = norm.normalize(c[0]).text();
            ViolationCategory cat;
            Severity sev;
            try {
                cat = ViolationCategory.parse(c[1]);
                sev = Severity.parse(c[2]);
            } catch (RuntimeException e) {
                throw new DataFormatException(ENTRIES, row.line, "category/severity", e.getMessage(), e);
            }
            String flags = c[3];
            String suggestion = c.length > 4 ? c[4] : "";
            String law = c.length > 5 ? c[5] : "";
            String msg = c.length > 6 ? c[6] : "";
            LexiconEntry e = new LexiconEntry(term, cat, sev, law, msg, suggestion,
                    flags.contains("n"), flags.contains("h"), null);
            if (!primaries.add(term)) {
                throw new DataFormatException(ENTRIES, row.line, "term", "is listed twice (after normalization: " + term + ")", null);
            }
            entries.put(term, e);
            for (String v : pinyin.variants(term)) {
                entries.putIfAbsent(v, e);
            }
        }
        Set<String> exceptions = new LinkedHashSet<>();
        for (Row row : read(EXCEPTIONS)) {
            exceptions.add(norm.normalize(row.cols[0]).text());
        }
        return new Lexicon(entries, exceptions, true);
    }

    record Row(int line, String[] cols) {
    }

    static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
