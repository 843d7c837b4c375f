package dev.livesell.fraud;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules stage's workhorse: one Aho-Corasick pass (hankcs double-array trie) over the normalized text
 * for all lexicon terms, one for the exception phrases; a term is dropped when an exception phrase
 * contains it (第一次 excuses 第一), when a Latin term is part of a longer word, or — for negatable
 * entries — when a negation ("不能", "并非", "not") precedes it in the same clause. Overlapping hits keep
 * the longest. Linear in the text length. Immutable and thread-safe.
 *
 * <p>Example: {@code new LexiconRule("builtin", Lexicon.builtIn())}.
 */
public final class LexiconRule implements Rule {
    private final String id;
    private final AhoCorasickDoubleArrayTrie<LexiconEntry> terms = new AhoCorasickDoubleArrayTrie<>();
    private final AhoCorasickDoubleArrayTrie<String> exceptions = new AhoCorasickDoubleArrayTrie<>();
    private final boolean hasExceptions;
    private final boolean hasTerms;

    public LexiconRule(String id, Lexicon lexicon) {
        this.id = id;
        this.hasTerms = !lexicon.entries().isEmpty();
        if (hasTerms) {
            terms.build(new TreeMap<>(lexicon.entries()));
        }
        Map<String, String> ex = new TreeMap<>();
        for (String e : lexicon.exceptions()) {
            if (!e.isEmpty()) {
                ex.put(e, e);
            }
        }
        this.hasExceptions = !ex.isEmpty();
        if (hasExceptions) {
            exceptions.build(ex);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> apply(NormalizedText text, Claim claim) {
        String s = text.text();
        if (!hasTerms || s.isEmpty()) {
            return List.of();
        }
        int n = s.length();
        int[] reach = exceptionReach(s);
        List<int[]> hits = new ArrayList<>();
        List<LexiconEntry> values = new ArrayList<>();
        final int[] ex = reach;
        final ClaimContext ctx = new ClaimContext(s);
        terms.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<LexiconEntry>) (b, e, v) -> {
            if (ex != null && ex[b] >= e) {
                return;
            }
            if (!wordBounded(s, b, e)) {
                return;
            }
            if (v.negatable() && ctx.excuses(b)) {
                return;
            }
            hits.add(new int[] {b, e});
            values.add(v);
        });
        if (hits.isEmpty()) {
            return List.of();
        }
        // keep longest non-overlapping hits (greedy by length, then position)
        Integer[] order = new Integer[hits.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int la = hits.get(a)[1] - hits.get(a)[0];
            int lb = hits.get(b)[1] - hits.get(b)[0];
            return la != lb ? Integer.compare(lb, la) : Integer.compare(hits.get(a)[0], hits.get(b)[0]);
        });
        boolean[] taken = new boolean[n];
        List<Finding> out = new ArrayList<>();
        for (int k : order) {
            int b = hits.get(k)[0];
            int e = hits.get(k)[1];
            boolean free = true;
            for (int i = b; i < e && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            for (int i = b; i < e; i++) {
                taken[i] = true;
            }
            LexiconEntry v = values.get(k);
            out.add(new Finding(v.category(), text.span(b, e), v.ruleId(), v.severity(), v.lawReference(),
                    v.message(), v.suggestion(), Stage.RULES));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** reach[i] = furthest end of an exception phrase starting at or before i (null when none). */
    int[] exceptionReach(String s) {
        if (!hasExceptions || s.isEmpty()) {
            return null;
        }
        int n = s.length();
        int[] r = new int[n];
        exceptions.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> {
            if (e > r[b]) {
                r[b] = e;
            }
        });
        for (int i = 1; i < n; i++) {
            r[i] = Math.max(r[i], r[i - 1]);
        }
        return r;
    }

    static boolean wordBounded(String s, int b, int e) {
        if (ClaimContext.isLatin(s.charAt(b)) && b > 0 && ClaimContext.isLatin(s.charAt(b - 1))) {
            return false;
        }
        return !(ClaimContext.isLatin(s.charAt(e - 1)) && e < s.length() && ClaimContext.isLatin(s.charAt(e)));
    }
}
