package dev.livesell.fraud;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules stage's workhorse: one Aho-Corasick pass (hankcs double-array trie) over the normalized text
 * finds all lexicon terms and exception phrases together; a term is dropped when an exception phrase
 * contains it (第一次 excuses 第一), when a Latin term is part of a longer word or a number in it part of a
 * longer number (no.1 in no.12), or — for negatable
 * entries — when a negation ("不能", "并非", "not") governs it in the same clause (a negation word inside
 * another kept term does not, nor one inside a phrase another rule reports: {@link NormalizedText#claimed}).
 * Overlapping hits keep
 * the longest. Linear in the text length. Immutable and thread-safe.
 *
 * <p>Example: {@code new LexiconRule("builtin", Lexicon.builtIn())}.
 */
public final class LexiconRule implements Rule {
    /** Trie value: the term's entry (null if the string is only an exception phrase) and whether it is an exception. */
    private record Val(LexiconEntry entry, boolean exception) {
    }

    private final String id;
    private final AhoCorasickDoubleArrayTrie<Val> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    public LexiconRule(String id, Lexicon lexicon) {
        this.id = id;
        Map<String, Val> all = new TreeMap<>();
        for (Map.Entry<String, LexiconEntry> e : lexicon.entries().entrySet()) {
            if (!e.getKey().isEmpty()) {
                all.put(e.getKey(), new Val(e.getValue(), false));
            }
        }
        for (String e : lexicon.exceptions()) {
            if (!e.isEmpty()) {
                Val v = all.get(e);
                all.put(e, new Val(v == null ? null : v.entry(), true));
            }
        }
        this.empty = all.isEmpty() || lexicon.entries().isEmpty();
        if (!all.isEmpty()) {
            trie.build(all);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> apply(NormalizedText text, Claim claim) {
        String s = text.text();
        if (empty || s.isEmpty()) {
            return List.of();
        }
        int n = s.length();
        // one pass finds terms and exception phrases together; reach[i] = furthest end of an exception starting <= i
        List<int[]> hits = new ArrayList<>();
        List<LexiconEntry> values = new ArrayList<>();
        int[][] reachBox = new int[1][];
        trie.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Val>) (b, e, v) -> {
            if (v.exception()) {
                if (reachBox[0] == null) {
                    reachBox[0] = new int[n];
                }
                if (e > reachBox[0][b]) {
                    reachBox[0][b] = e;
                }
            }
            if (v.entry() != null) {
                hits.add(new int[] {b, e});
                values.add(v.entry());
            }
        });
        if (hits.isEmpty()) {
            return List.of();
        }
        int[] reach = reachBox[0];
        if (reach != null) {
            for (int i = 1; i < n; i++) {
                reach[i] = Math.max(reach[i], reach[i - 1]);
            }
        }
        ClaimContext ctx = new ClaimContext(text);
        List<Integer> kept = new ArrayList<>(hits.size());
        // left to right, so a kept term's own negation word ("never" in "never breaks") excuses no later term
        List<Integer> order = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> hits.get(a)[0] != hits.get(b)[0] ? Integer.compare(hits.get(a)[0], hits.get(b)[0])
                : Integer.compare(hits.get(b)[1], hits.get(a)[1]));
        int excusedTo = -1; // end of the furthest-reaching negatable term excused so far: terms inside it are too
        for (int k : order) {
            int b = hits.get(k)[0];
            int e = hits.get(k)[1];
            if (reach != null && reach[b] >= e) {
                continue;
            }
            if (!wordBounded(s, b, e) || specificationLimit(s, b, e)) {
                continue;
            }
            if (values.get(k).negatable() && (e <= excusedTo || ctx.excuses(b))) {
                excusedTo = Math.max(excusedTo, e); // "不敢说全网最低" excuses the 最 inside 全网最低
                ctx.excused(b, e);
                continue;
            }
            if (ctx.disowned(b)
                    || values.get(k).category() == ViolationCategory.UNVERIFIABLE_DATA && ctx.sourced(b)) {
                continue;
            }
            kept.add(k);
            ctx.flag(b, e);
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        // keep longest non-overlapping hits (greedy by length, then position)
        kept.sort((a, b) -> {
            int la = hits.get(a)[1] - hits.get(a)[0];
            int lb = hits.get(b)[1] - hits.get(b)[0];
            return la != lb ? Integer.compare(lb, la) : Integer.compare(hits.get(a)[0], hits.get(b)[0]);
        });
        boolean[] taken = new boolean[n];
        List<Finding> out = new ArrayList<>();
        for (int k : kept) {
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

    /**
     * Marks {@code inside[p]} for every position strictly inside a term match ({@code b < p < e}): the boundary
     * between normalized characters {@code p - 1} and {@code p} lies within a term. Matches inside an exception
     * phrase, and Latin or number terms that are part of a longer word or number, do not count; context
     * (negation, disclaimers) is not consulted. Used by the rewrite to tell filler inside a flagged word from
     * filler between words.
     */
    void markTermInteriors(NormalizedText text, boolean[] inside) {
        String s = text.text();
        if (empty || s.isEmpty()) {
            return;
        }
        int[] reach = exceptionReach(s);
        trie.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Val>) (b, e, v) -> {
            if (v.entry() != null && (reach == null || reach[b] < e) && wordBounded(s, b, e)) {
                java.util.Arrays.fill(inside, b + 1, e, true);
            }
        });
    }

    /** reach[i] = furthest end of an exception phrase starting at or before i (null when none). */
    int[] exceptionReach(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int n = s.length();
        int[][] box = new int[1][];
        trie.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Val>) (b, e, v) -> {
            if (v.exception()) {
                if (box[0] == null) {
                    box[0] = new int[n];
                }
                if (e > box[0][b]) {
                    box[0][b] = e;
                }
            }
        });
        int[] r = box[0];
        if (r != null) {
            for (int i = 1; i < n; i++) {
                r[i] = Math.max(r[i], r[i - 1]);
            }
        }
        return r;
    }

    private static final String LIMIT_ADJECTIVES = "长高大低多少快远久短小";
    private static final String[] LIMIT_LINKS = {"可以达到", "可达", "达到", "能到", "可到", "为", "是", "到", "约"};

    /**
     * 最 + a measure adjective + a number is a product's own specification limit ("防护时间最长4小时",
     * "最高可达48度"), not a superlative over other products: applies to the terms 最 and 最X only.
     */
    static boolean specificationLimit(String s, int b, int e) {
        if (s.charAt(b) != '最' || e - b > 2) {
            return false;
        }
        int p = b + 1;
        if (p >= s.length() || LIMIT_ADJECTIVES.indexOf(s.charAt(p)) < 0 || e - b == 2 && e != p + 1) {
            return false;
        }
        p++;
        for (String link : LIMIT_LINKS) {
            if (s.startsWith(link, p)) {
                p += link.length();
                break;
            }
        }
        return p < s.length() && (isDigit(s.charAt(p)) || NumericPatternRule.NUMERALS.indexOf(s.charAt(p)) >= 0);
    }

    /** A Latin term is not part of a longer word, and a number in a term is not part of a longer number (no.1 in no.123). */
    static boolean wordBounded(String s, int b, int e) {
        if (b > 0 && (ClaimContext.isLatin(s.charAt(b)) && ClaimContext.isLatin(s.charAt(b - 1))
                || isDigit(s.charAt(b)) && isDigit(s.charAt(b - 1)))) {
            return false;
        }
        return !(e < s.length() && (ClaimContext.isLatin(s.charAt(e - 1)) && ClaimContext.isLatin(s.charAt(e))
                || isDigit(s.charAt(e - 1)) && isDigit(s.charAt(e))));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
