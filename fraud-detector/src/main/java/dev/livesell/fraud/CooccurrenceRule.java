package dev.livesell.fraud;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.livesell.core.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Built-in co-occurrence rules: a trigger and a cue in the same clause (for conditional rules, flag x, also
 * the next clause: 没效果，全额退款; for stories, flag s, anywhere later in the sentence) close together make a finding
 * ("治" … "颈椎病", "血脂" … "降下来", "医生" … "推荐", "三天" … "见效"), which generalizes beyond fixed
 * phrases. One Aho-Corasick pass finds all triggers and cues; pairing is linear in the number of hits.
 * Terms inside a lexicon exception phrase (包邮, 成分 ...) are ignored. Immutable and thread-safe.
 */
final class CooccurrenceRule implements Rule {
    private static final String RESOURCE = "cooccurrence.tsv";

    private record Spec(String id, ViolationCategory category, Severity severity, boolean negatable,
                        boolean healthClaim, boolean ordered, boolean nextClause, boolean sameSentence, int window,
                        String suggestion) {
        /** Whether a cue in clause {@code cue} completes a trigger in clause {@code trigger}. */
        boolean reaches(int trigger, int cue, int[] sentenceOfClause) {
            return trigger == cue || nextClause && trigger == cue - 1
                    || sameSentence && sentenceOfClause[trigger] == sentenceOfClause[cue];
        }
    }

    /** Trie value: which rules use this string as trigger (role 1) or cue (role 2); whether it is an exception phrase. */
    private record Use(int[] rules, int[] roles, boolean exception) {
    }

    private final List<Spec> specs;
    private final AhoCorasickDoubleArrayTrie<Use> trie = new AhoCorasickDoubleArrayTrie<>();
    private CooccurrenceRule(List<Spec> specs, Map<String, Use> uses) {
        this.specs = specs;
        this.trie.build(uses);
    }

    static CooccurrenceRule builtIn(java.util.Set<String> exceptions) {
        TextNormalizer norm = TextNormalizer.standard();
        List<Spec> specs = new ArrayList<>();
        Map<String, List<int[]>> raw = new TreeMap<>();
        PinyinVariants pinyin = PinyinVariants.load();
        try (InputStream in = CooccurrenceRule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 7) {
                    throw new DataFormatException(RESOURCE, lineNo, "columns",
                            "needs id, category, severity, flags, window, triggers, cues[, suggestion]", null);
                }
                String flags = c[3];
                int idx = specs.size();
                try {
                    specs.add(new Spec(c[0], ViolationCategory.parse(c[1]), Severity.parse(c[2]), flags.contains("n"),
                            flags.contains("h"), flags.contains("o"), flags.contains("x"), flags.contains("s"), Integer.parseInt(c[4]),
                            c.length > 7 ? c[7] : ""));
                } catch (RuntimeException e) {
                    throw new DataFormatException(RESOURCE, lineNo, "category/severity/window", e.getMessage(), e);
                }
                for (int role = 1; role <= 2; role++) {
                    for (String t : c[4 + role].split("\\|")) {
                        String term = norm.normalize(t).text();
                        raw.computeIfAbsent(term, k -> new ArrayList<>()).add(new int[] {idx, role});
                        for (String v : pinyin.variants(term)) {
                            raw.computeIfAbsent(v, k -> new ArrayList<>()).add(new int[] {idx, role});
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Use> uses = new TreeMap<>();
        for (Map.Entry<String, List<int[]>> e : raw.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            int[] rules = new int[e.getValue().size()];
            int[] roles = new int[rules.length];
            for (int i = 0; i < rules.length; i++) {
                rules[i] = e.getValue().get(i)[0];
                roles[i] = e.getValue().get(i)[1];
            }
            uses.put(e.getKey(), new Use(rules, roles, exceptions.contains(e.getKey())));
        }
        for (String ex : exceptions) {
            if (!ex.isEmpty()) {
                uses.putIfAbsent(ex, new Use(new int[0], new int[0], true));
            }
        }
        return new CooccurrenceRule(specs, uses);
    }

    @Override
    public String id() {
        return "cooccurrence";
    }

    /** English spends more characters per word than Chinese: a Latin hit gets twice the window. */
    private static int window(Spec sp, String s, int at) {
        return ClaimContext.isLatin(s.charAt(at)) ? sp.window() * 2 : sp.window();
    }

    @Override
    public List<Finding> apply(NormalizedText text, Claim claim) {
        String s = text.text();
        int n = s.length();
        if (n == 0) {
            return List.of();
        }
        // one pass: all triggers, cues and exception phrases (hits arrive ordered by end position)
        List<int[]> hits = new ArrayList<>();
        List<Use> hitUses = new ArrayList<>();
        int[][] reachBox = new int[1][];
        trie.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Use>) (b, e, use) -> {
            if (use.exception()) {
                if (reachBox[0] == null) {
                    reachBox[0] = new int[n];
                }
                reachBox[0][b] = Math.max(reachBox[0][b], e);
            }
            if (use.rules().length > 0) {
                hits.add(new int[] {b, e});
                hitUses.add(use);
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
        int[] clause = new int[n + 1];
        int[] sentenceOfClause = new int[n + 2];
        int cid = 0;
        int sid = 0;
        for (int i = 0; i < n; i++) {
            clause[i] = cid;
            if (ClaimContext.endsClause(text, i)) {
                if (ClaimContext.endsSentence(text, i)) {
                    sid++;
                }
                cid++;
                sentenceOfClause[cid] = sid;
            }
        }
        clause[n] = cid;
        int k = specs.size();
        // per rule: last trigger (start,end,clause) and last cue
        int[] tStart = new int[k];
        int[] tEnd = new int[k];
        int[] cStart = new int[k];
        int[] cEnd = new int[k];
        int[] lastClauseFound = new int[k];
        java.util.Arrays.fill(tStart, -1);
        java.util.Arrays.fill(cStart, -1);
        java.util.Arrays.fill(lastClauseFound, -1);
        List<int[]> found = new ArrayList<>(); // {rule, start, end}
        for (int h = 0; h < hits.size(); h++) {
            int b = hits.get(h)[0];
            int e = hits.get(h)[1];
            Use use = hitUses.get(h);
            if (reach != null && reach[b] >= e) {
                continue;
            }
            if (!LexiconRule.wordBounded(s, b, e)) {
                continue;
            }
            for (int u = 0; u < use.rules().length; u++) {
                int r = use.rules()[u];
                Spec sp = specs.get(r);
                int c = clause[b];
                if (lastClauseFound[r] == c) {
                    continue;
                }
                if (use.roles()[u] == 1) {
                    if (!sp.ordered() && cStart[r] >= 0 && sp.reaches(clause[cStart[r]], c, sentenceOfClause) && cEnd[r] <= b
                            && b - cEnd[r] <= window(sp, s, b)) {
                        found.add(new int[] {r, cStart[r], e});
                        lastClauseFound[r] = c;
                    } else {
                        tStart[r] = b;
                        tEnd[r] = e;
                    }
                } else {
                    if (tStart[r] >= 0 && sp.reaches(clause[tStart[r]], c, sentenceOfClause) && tEnd[r] <= b && b - tEnd[r] <= window(sp, s, b)) {
                        found.add(new int[] {r, tStart[r], e});
                        lastClauseFound[r] = c;
                    } else {
                        cStart[r] = b;
                        cEnd[r] = e;
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        ClaimContext ctx = new ClaimContext(text);
        List<Finding> out = new ArrayList<>();
        for (int[] f : found) {
            Spec sp = specs.get(f[0]);
            if (sp.negatable() && ctx.excuses(f[1]) || ctx.disowned(f[1])
                    || sp.category() == ViolationCategory.UNVERIFIABLE_DATA && ctx.sourced(f[1])) {
                continue;
            }
            out.add(new Finding(sp.category(), text.span(f[1], f[2]), "cooccurrence." + sp.id(), sp.severity(),
                    LawBasis.of(sp.category()), LawBasis.message(sp.category()), sp.suggestion(), Stage.RULES));
        }
        return out;
    }

    /** True if the rule's findings are health claims (excused within a product's approved scope). */
    boolean isHealthClaim(String ruleId) {
        for (Spec sp : specs) {
            if (ruleId.equals("cooccurrence." + sp.id())) {
                return sp.healthClaim();
            }
        }
        return false;
    }
}
