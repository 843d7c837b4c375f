package dev.livesell.recommend.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword retrieval over product passages: BM25 over Chinese character bigrams (and single
 * characters) and lower-cased Latin words. The keyword-only baseline of the query evaluation and
 * the lexical half of hybrid retrieval. Immutable and thread-safe once built.
 *
 * <p>Example: {@code KeywordIndex.of(passages).scores("防晒 油皮")}.
 */
public final class KeywordIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, int[]> postingsDocs;
    private final Map<String, int[]> postingsTf;
    private final int[] docLength;
    private final double avgLength;
    private final int size;

    private KeywordIndex(Map<String, int[]> docs, Map<String, int[]> tfs, int[] docLength) {
        this.postingsDocs = docs;
        this.postingsTf = tfs;
        this.docLength = docLength;
        this.size = docLength.length;
        double sum = 0;
        for (int l : docLength) {
            sum += l;
        }
        this.avgLength = size == 0 ? 1 : Math.max(1, sum / size);
    }

    /** Indexes the passages; row i of the scores is passage i. */
    public static KeywordIndex of(List<String> passages) {
        Map<String, List<int[]>> build = new HashMap<>();
        int[] lengths = new int[passages.size()];
        for (int d = 0; d < passages.size(); d++) {
            List<String> toks = tokens(passages.get(d));
            lengths[d] = toks.size();
            Map<String, Integer> tf = new HashMap<>();
            for (String t : toks) {
                tf.merge(t, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                build.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
            }
        }
        Map<String, int[]> docs = new HashMap<>();
        Map<String, int[]> tfs = new HashMap<>();
        for (Map.Entry<String, List<int[]>> e : build.entrySet()) {
            int[] ds = new int[e.getValue().size()];
            int[] ts = new int[ds.length];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = e.getValue().get(i)[0];
                ts[i] = e.getValue().get(i)[1];
            }
            docs.put(e.getKey(), ds);
            tfs.put(e.getKey(), ts);
        }
        return new KeywordIndex(docs, tfs, lengths);
    }

    /** BM25 score of every passage for the query (0 for passages sharing no token). */
    public double[] scores(String query) {
        double[] out = new double[size];
        Map<String, Integer> qtf = new HashMap<>();
        for (String t : tokens(query)) {
            qtf.merge(t, 1, Integer::sum);
        }
        for (String t : qtf.keySet()) {
            int[] ds = postingsDocs.get(t);
            if (ds == null) {
                continue;
            }
            int[] ts = postingsTf.get(t);
            double idf = Math.log(1 + (size - ds.length + 0.5) / (ds.length + 0.5));
            for (int i = 0; i < ds.length; i++) {
                int d = ds[i];
                double tf = ts[i];
                out[d] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * docLength[d] / avgLength));
            }
        }
        return out;
    }

    /** Tokens: Han characters and their bigrams; Latin/digit words (plural "s" folded). */
    static List<String> tokens(String text) {
        String t = RuleQueryParser.normalize(text);
        List<String> out = new ArrayList<>();
        int prevHan = -1;
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (han) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
                if (prevHan >= 0) {
                    out.add(new String(Character.toChars(prevHan)) + new String(Character.toChars(cp)));
                }
                prevHan = cp;
            } else {
                prevHan = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, out);
                }
            }
            i += Character.charCount(cp);
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        out.add(w);
        word.setLength(0);
    }
}
