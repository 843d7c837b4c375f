package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.TopK;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BlendModel} whose weights are tuned on a validation split carved out of the training data it
 * is given (never on anything else): {@code fit} holds out each user's last event ({@link Holdout#LAST},
 * for time-ordered logs and sessions) or a random ninth of all user-item pairs ({@link Holdout#RANDOM}),
 * fits the base models on the rest (first stepping one base's hyper-parameter, e.g. EASE's λ, through a
 * {@link Search} when one is configured), searches the blend weights by coordinate ascent on
 * NDCG@10 + Recall@10 of up to {@code cases} held-out users (starting from the first part alone and keeping
 * only significant gains, see {@link #tune}), then refits the bases on all the data.
 * A part is a base model, optionally seen through {@link RecencyView} (the same trained arrays
 * scoring recent history events more), so "whole history" and "recent items" views of one model cost
 * one fit. Immutable and thread-safe.
 *
 * <p>Example: {@code TunedBlend.builder("mine", Holdout.LAST).base(EaseModel.trainer()).base(MarkovModel.trainer())
 * .part(0, 1).part(0, 0.5).part(1, 1).build().fit(train)}
 */
public final class TunedBlend implements Algorithm {
    private static final Logger LOG = LoggerFactory.getLogger(TunedBlend.class);
    private static final double[] GRID = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.4, 2, 3, 5};
    private static final int CANDIDATES = 100;
    /** Standard errors a weight change must gain on the validation cases to be kept. */
    static final double MIN_Z = 2.0;

    /** How the validation targets are chosen inside the training data. */
    public enum Holdout {
        /** Each user's (or session's) last event. */
        LAST,
        /** A random ninth of all distinct user-item pairs (seeded), as the {@code ratio} protocol splits. */
        RANDOM
    }

    /**
     * One blended part: base model {@code base}, scored with history recency {@code decay} (1 = as trained), and
     * the weight tuning starts from ({@code start}: 1 for the first part and 0 for the others unless set).
     */
    public record Part(int base, double decay, double start) {
    }

    /**
     * A hyper-parameter of one base model searched on the validation part before the weights: {@code values}
     * in order (e.g. increasing λ), one of them the base's configured value. The search starts there and
     * steps to a neighbour in the list only while the step gains significantly ({@value #MIN_Z} standard
     * errors), so it costs one or two extra fits of that base (one at either end of the list) when the
     * configured value is already best. Setting the searched parameter ({@code N.key}) fixes it: the search is
     * dropped.
     */
    public record Search(int base, String key, List<String> values) {
        public Search {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new InvalidValueException("search", "needs at least one value", key);
            }
        }

        /** Parses {@code N.key:v1,v2,...} (the {@code search} parameter's text). */
        static Search parse(String text) {
            String t = text.strip();
            int dot = t.indexOf('.');
            int colon = t.indexOf(':');
            if (dot <= 0 || colon < dot + 2 || colon == t.length() - 1) {
                throw new InvalidValueException("search", "must be N.key:v1,v2,... or none", text);
            }
            int b;
            try {
                b = Integer.parseInt(t.substring(0, dot));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("search", "base must be a number in N.key:v1,v2,...", text);
            }
            List<String> values = List.of(t.substring(colon + 1).split(",", -1));
            if (values.stream().anyMatch(v -> v.isBlank())) {
                throw new InvalidValueException("search", "has an empty value in N.key:v1,v2,...", text);
            }
            return new Search(b, t.substring(dot + 1, colon), values.stream().map(String::strip).toList());
        }

        @Override
        public String toString() {
            return base + "." + key + ":" + String.join(",", values);
        }
    }

    private final String name;
    private final List<Algorithm> bases;
    private final List<Part> parts;
    private final Holdout holdout;
    private final boolean excludeSeen;
    private final int cases;
    private final long seed;
    private final double[] fixedWeights;
    private final Search search;

    private TunedBlend(String name, List<Algorithm> bases, List<Part> parts, Holdout holdout, boolean excludeSeen,
                       int cases, long seed, double[] fixedWeights, Search search) {
        this.name = name;
        this.search = search;
        this.bases = List.copyOf(bases);
        this.parts = List.copyOf(parts);
        this.holdout = holdout;
        this.excludeSeen = excludeSeen;
        this.cases = cases;
        this.seed = seed;
        this.fixedWeights = fixedWeights;
    }

    private double[] starts() {
        double[] w = new double[parts.size()];
        for (int p = 0; p < w.length; p++) {
            w[p] = parts.get(p).start();
        }
        return w;
    }

    private static double[] defaultStarts(int n) {
        double[] w = new double[n];
        w[0] = 1;
        return w;
    }

    public static Builder builder(String name, Holdout holdout) {
        return new Builder(name, holdout);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        StringBuilder ps = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            ps.append(p == 0 ? "" : ",").append(bases.get(part.base()).name());
            if (part.decay() != 1) {
                ps.append("@").append(part.decay());
            }
        }
        m.put("parts", ps.toString());
        m.put("holdout", holdout.name().toLowerCase(Locale.ROOT));
        m.put("cases", String.valueOf(cases));
        double[] starts = starts();
        if (!java.util.Arrays.equals(starts, defaultStarts(parts.size()))) {
            m.put("start", join(starts));
        }
        if (fixedWeights != null) {
            m.put("weights", join(fixedWeights));
        }
        m.put("search", search == null ? "none" : search.toString());
        for (int b = 0; b < bases.size(); b++) {
            for (Map.Entry<String, String> e : bases.get(b).params().entrySet()) {
                m.put(b + "." + e.getKey(), e.getValue());
            }
        }
        return m;
    }

    /**
     * {@code weights=w0,w1,...} (fixed: no tuning, no search), {@code wN} (fix one weight, the others 1), {@code cases}
     * (validation users, 3000), {@code seed}, {@code excludeSeen}, {@code search} ({@code N.key:v1,v2,...} or
     * {@code none}, see {@link Search}), and {@code N.key} (parameter of base N; setting the searched one fixes it).
     */
    @Override
    public Algorithm withParam(String key, String value) {
        switch (key) {
            case "weights" -> {
                String[] f = value.split(",");
                if (f.length != parts.size()) {
                    throw new InvalidValueException("weights", "need " + parts.size() + " comma-separated weights", value);
                }
                double[] w = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    w[i] = Params.nonNegative("weights", f[i]);
                }
                return new TunedBlend(name, bases, parts, holdout, excludeSeen, cases, seed, w, search);
            }
            case "cases" -> {
                return new TunedBlend(name, bases, parts, holdout, excludeSeen, Params.positiveInt(key, value), seed, fixedWeights, search);
            }
            case "seed" -> {
                return new TunedBlend(name, bases, parts, holdout, excludeSeen, cases, (long) Params.number(key, value), fixedWeights, search);
            }
            case "search" -> {
                Search sr = value.strip().equals("none") ? null : Search.parse(value);
                if (sr != null) {
                    checkSearch(sr, bases);
                }
                return new TunedBlend(name, bases, parts, holdout, excludeSeen, cases, seed, fixedWeights, sr);
            }
            case "excludeSeen" -> {
                return new TunedBlend(name, bases, parts, holdout, Params.bool(key, value), cases, seed, fixedWeights, search);
            }
            default -> {
                if (key.matches("w\\d+")) {
                    int p = Integer.parseInt(key.substring(1));
                    if (p >= parts.size()) {
                        throw new InvalidValueException("param", "no blend part " + p + " (have 0.." + (parts.size() - 1) + ")", key);
                    }
                    double[] w = fixedWeights != null ? fixedWeights.clone() : ones(parts.size());
                    w[p] = Params.nonNegative(key, value);
                    return new TunedBlend(name, bases, parts, holdout, excludeSeen, cases, seed, w, search);
                }
                int dot = key.indexOf('.');
                if (dot > 0) {
                    int b;
                    try {
                        b = Integer.parseInt(key.substring(0, dot));
                    } catch (NumberFormatException e) {
                        b = -1;
                    }
                    if (b < 0 || b >= bases.size()) {
                        throw new InvalidValueException("param", "no base model " + key.substring(0, dot) + " (have 0.." + (bases.size() - 1) + ")", key);
                    }
                    List<Algorithm> bs = new ArrayList<>(bases);
                    String baseKey = key.substring(dot + 1);
                    bs.set(b, bs.get(b).withParam(baseKey, value));
                    boolean fixesSearched = search != null && search.base() == b && search.key().equals(baseKey);
                    return new TunedBlend(name, bs, parts, holdout, excludeSeen, cases, seed, fixedWeights, fixesSearched ? null : search);
                }
                throw Params.unknown(name, key, "weights, wN, cases, seed, excludeSeen, search, N.param");
            }
        }
    }

    @Override
    public Recommender fit(InteractionMatrix data) {
        if (fixedWeights != null) {
            return new BlendModel(data, name, views(fitBases(bases, data)), fixedWeights);
        }
        Tuned t = tuneAll(data);
        return new BlendModel(data, name, views(fitBases(t.bases, data)), t.weights);
    }

    /** What tuning chose: the bases (with any searched parameter set) and the weights. */
    private record Tuned(List<Algorithm> bases, double[] weights) {
    }

    /**
     * The weights {@code fit} would use for this data, tuned on its internal validation split: coordinate
     * ascent from the parts' start weights (by default the first part alone: 1, 0, 0 ...) over every part but the
     * first, which anchors the scale, each step taking the
     * grid weight with the best mean NDCG@10 + Recall@10 and keeping it only when its paired gain over the
     * current weights is significant ({@value #MIN_Z} standard errors over the validation cases). With no
     * reliable gain the blend stays at its start: noise in a small validation split cannot move it.
     * With a {@link Search}, the weights belong to the bases with the searched parameter as chosen: use
     * {@link #tuned} to get both.
     */
    public double[] tune(InteractionMatrix data) {
        return tuneAll(data).weights;
    }

    /**
     * Everything {@code fit} would choose for this data, as a blend with fixed weights and the searched base
     * parameter set (no search, no tuning left): fitting it gives the model {@code fit(data)} gives.
     */
    public TunedBlend tuned(InteractionMatrix data) {
        Tuned t = tuneAll(data);
        return new TunedBlend(name, t.bases, parts, holdout, excludeSeen, cases, seed, t.weights, null);
    }

    private Tuned tuneAll(InteractionMatrix data) {
        long t0 = System.nanoTime();
        Validation v = holdOut(data);
        double[] w = starts();
        if (v.cases.isEmpty()) {
            LOG.info("{}: no validation cases; the start weights {}", name, join(w));
            return new Tuned(bases, w);
        }
        List<Algorithm> bs = new ArrayList<>(bases);
        Recommender searched = null;
        if (search != null) {
            searched = search(bs, v, data.numItems());
        }
        List<Recommender> fitted = new ArrayList<>();
        for (int b = 0; b < bs.size(); b++) {
            fitted.add(searched != null && b == search.base() ? searched : bs.get(b).fit(v.train));
        }
        List<Recommender> ps = views(fitted);
        Cached[] cached = cache(ps, v, data.numItems());
        double[] current = perCase(cached, w);
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int p = 1; p < w.length; p++) {
                double keep = w[p];
                double[] bestScores = null;
                double bestMean = Double.NEGATIVE_INFINITY;
                double bestG = keep;
                for (double g : GRID) {
                    if (g == keep) {
                        continue;
                    }
                    w[p] = g;
                    double[] o = perCase(cached, w);
                    double m = mean(o);
                    if (m > bestMean) {
                        bestMean = m;
                        bestScores = o;
                        bestG = g;
                    }
                }
                if (bestScores != null && pairedZ(bestScores, current) >= MIN_Z) {
                    w[p] = bestG;
                    current = bestScores;
                    changed = true;
                } else {
                    w[p] = keep;
                }
            }
            if (!changed) {
                break;
            }
        }
        LOG.info("{}: weights {} tuned on {} validation cases (ndcg@10+recall@10 = {}), {} s", name, join(w), cached.length,
                String.format(Locale.ROOT, "%.4f", mean(current)), String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return new Tuned(bs, w);
    }

    /**
     * Steps {@link #search}'s parameter of its base from the configured value to a neighbouring value in the list
     * while the base alone gains significantly on the validation cases; sets the chosen trainer in {@code bs} and
     * returns it fitted on the validation's training part. Every model fitted during the search is kept until it
     * ends (at most one per value), so a dense EASE search holds a few n×n weight matrices at once.
     */
    private Recommender search(List<Algorithm> bs, Validation v, int n) {
        Algorithm configured = bs.get(search.base());
        List<String> values = search.values();
        // checkSearch guarantees the configured value is in the list
        int at = indexOfValue(values, configured.params().get(search.key()));
        Map<Integer, Recommender> models = new java.util.HashMap<>();
        Map<Integer, Algorithm> algos = new java.util.HashMap<>();
        int chosen = stepSearch(values.size(), at, idx -> {
            Algorithm a = idx == at ? configured : configured.withParam(search.key(), values.get(idx));
            Recommender r = a.fit(v.train);
            models.put(idx, r);
            algos.put(idx, a);
            double[] sc = perCaseAlone(r, v, n);
            LOG.info("{}: {}={} alone: ndcg@10+recall@10 = {}", name, search.key(), values.get(idx),
                    String.format(Locale.ROOT, "%.4f", mean(sc)));
            return sc;
        });
        LOG.info("{}: base {} searched {}: {}", name, search.base(), search.key(), values.get(chosen));
        bs.set(search.base(), algos.get(chosen));
        return models.get(chosen);
    }

    /**
     * The stepping rule of a {@link Search}, on value indices {@code 0..size-1}: score {@code start}, then its
     * neighbours; move to the better neighbour only when its paired gain over the current value is at least
     * {@value #MIN_Z} standard errors, then keep stepping the same way under the same rule. Returns the index
     * chosen; {@code scoresAt} (per-case scores of one value) is called at most once per index.
     */
    static int stepSearch(int size, int start, java.util.function.IntFunction<double[]> scoresAt) {
        double[] best = scoresAt.apply(start);
        int at = start;
        int dir = 0;
        while (true) {
            int[] steps = dir == 0 ? new int[] {at - 1, at + 1} : new int[] {at + dir};
            int bestStep = -1;
            double[] stepScores = null;
            for (int idx : steps) {
                if (idx < 0 || idx >= size) {
                    continue;
                }
                double[] sc = scoresAt.apply(idx);
                if (stepScores == null || mean(sc) > mean(stepScores)) {
                    stepScores = sc;
                    bestStep = idx;
                }
            }
            if (stepScores == null || pairedZ(stepScores, best) < MIN_Z) {
                return at;
            }
            dir = bestStep < at ? -1 : 1;
            at = bestStep;
            best = stepScores;
        }
    }

    private static int indexOfValue(List<String> values, String v) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).strip().equals(v.strip()) || numeric(values.get(i)) == numeric(v)) {
                return i;
            }
        }
        return -1;
    }

    private static double numeric(String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** NDCG@10 + Recall@10 of one model alone on each validation case (full ranking, as the evaluator ranks). */
    private double[] perCaseAlone(Recommender r, Validation v, int n) {
        return IntStream.range(0, v.cases.size()).parallel().mapToDouble(c -> {
            History h = v.histories.get(c);
            int[] tg = Arrays.stream(v.cases.get(c)).distinct().sorted().toArray();
            float[] s = new float[n];
            r.score(h, s);
            boolean[] excluded = null;
            if (excludeSeen) {
                excluded = new boolean[n];
                for (int e = 0; e < h.size(); e++) {
                    excluded[h.item(e)] = true;
                }
            }
            return ndcgPlusRecallAt10(TopK.select(s, 10, excluded), i -> Arrays.binarySearch(tg, i) >= 0, tg.length);
        }).toArray();
    }

    /** NDCG@10 + Recall@10 of one ranking (best first) with {@code targets} distinct targets. */
    private static double ndcgPlusRecallAt10(int[] top, java.util.function.IntPredicate isTarget, int targets) {
        double dcg = 0;
        int hits = 0;
        for (int r = 0; r < top.length; r++) {
            if (isTarget.test(top[r])) {
                hits++;
                dcg += 1 / (Math.log(r + 2) / Math.log(2));
            }
        }
        double idcg = 0;
        for (int r = 0; r < Math.min(10, targets); r++) {
            idcg += 1 / (Math.log(r + 2) / Math.log(2));
        }
        return (idcg > 0 ? dcg / idcg : 0) + (targets > 0 ? (double) hits / targets : 0);
    }

    private static void checkSearch(Search sr, List<Algorithm> bases) {
        if (sr.base() < 0 || sr.base() >= bases.size()) {
            throw new InvalidValueException("search", "no base model " + sr.base() + " (have 0.." + (bases.size() - 1) + ")", sr);
        }
        Algorithm b = bases.get(sr.base());
        String configured = b.params().get(sr.key());
        if (configured == null) {
            throw new InvalidValueException("search", b.name() + " has no parameter " + sr.key(), sr);
        }
        if (indexOfValue(sr.values(), configured) < 0) {
            throw new InvalidValueException("search", "the values must include " + b.name() + "'s configured "
                    + sr.key() + " " + configured + " (where the search starts)", sr);
        }
        for (String v : sr.values()) {
            try {
                b.withParam(sr.key(), v);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("search", "value '" + v + "' is not valid for " + b.name() + "." + sr.key()
                        + " (" + e.getMessage() + ")", sr);
            }
        }
    }

    /** Arithmetic mean (0 for none). */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? 0 : s / x.length;
    }

    /** Mean of the per-case differences over its standard error (0 when there is no difference at all). */
    static double pairedZ(double[] candidate, double[] current) {
        int n = candidate.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = candidate[i] - current[i];
        }
        double m = mean(d);
        double ss = 0;
        for (double x : d) {
            ss += (x - m) * (x - m);
        }
        double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
        return se == 0 ? (m > 0 ? Double.POSITIVE_INFINITY : 0) : m / se;
    }

    private static List<Recommender> fitBases(List<Algorithm> bases, InteractionMatrix data) {
        List<Recommender> out = new ArrayList<>();
        for (Algorithm a : bases) {
            out.add(a.fit(data));
        }
        return out;
    }

    private List<Recommender> views(List<Recommender> fitted) {
        List<Recommender> out = new ArrayList<>();
        for (Part p : parts) {
            Recommender r = fitted.get(p.base());
            if (p.decay() != 1) {
                if (!(r instanceof RecencyView rv)) {
                    throw new InvalidValueException("parts", r.name() + " has no recency view", p.decay());
                }
                r = rv.withHistoryDecay(p.decay());
            }
            out.add(r);
        }
        return out;
    }

    private record Validation(InteractionMatrix train, List<History> histories, List<int[]> cases) {
    }

    private Validation holdOut(InteractionMatrix data) {
        int nu = data.numUsers();
        boolean[] drop = new boolean[data.numEvents()];
        List<Integer> eligible = new ArrayList<>();
        int[][] targets = new int[nu][];
        Csr pairs = holdout == Holdout.RANDOM ? data.byUser() : null;
        boolean[] heldPair = null;
        if (pairs != null) {
            int tot = pairs.nonZeros();
            int[] idx = new int[tot];
            for (int k = 0; k < tot; k++) {
                idx[k] = k;
            }
            Random rnd = new Random(seed);
            for (int k = tot - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int t = idx[k];
                idx[k] = idx[j];
                idx[j] = t;
            }
            heldPair = new boolean[tot];
            for (int k = 0; k < Math.round(tot / 9.0); k++) {
                heldPair[idx[k]] = true;
            }
        }
        for (int u = 0; u < nu; u++) {
            int s = data.start(u);
            int e = data.end(u);
            if (holdout == Holdout.LAST) {
                if (e - s >= 3) {
                    drop[e - 1] = true;
                    targets[u] = new int[] {data.item(e - 1)};
                    eligible.add(u);
                }
            } else {
                int from = pairs.ptr()[u];
                int to = pairs.ptr()[u + 1];
                int hold = 0;
                for (int p = from; p < to; p++) {
                    hold += heldPair[p] ? 1 : 0;
                }
                if (hold == 0 || hold == to - from) {
                    continue;
                }
                int[] held = new int[hold];
                hold = 0;
                for (int p = from; p < to; p++) {
                    if (heldPair[p]) {
                        held[hold++] = pairs.cols()[p];
                    }
                }
                for (int q = s; q < e; q++) {
                    drop[q] = Arrays.binarySearch(held, data.item(q)) >= 0;
                }
                targets[u] = held;
                eligible.add(u);
            }
        }
        InteractionMatrix train = data.select(q -> !drop[q]);
        java.util.Collections.shuffle(eligible, new Random(seed));
        List<Integer> chosen = new ArrayList<>(eligible.subList(0, Math.min(cases, eligible.size())));
        java.util.Collections.sort(chosen);
        List<History> hs = new ArrayList<>();
        List<int[]> ts = new ArrayList<>();
        for (int u : chosen) {
            History h = train.history(u);
            if (!h.isEmpty()) {
                hs.add(h);
                ts.add(targets[u]);
            }
        }
        return new Validation(train, hs, ts);
    }

    /** One validation case reduced to its candidates: each part's normalized scores on them. */
    private record Cached(int[] items, float[][] scores, boolean[] target, int targets) {
    }

    private Cached[] cache(List<Recommender> ps, Validation v, int n) {
        Cached[] out = new Cached[v.cases.size()];
        IntStream.range(0, out.length).parallel().forEach(c -> {
            History h = v.histories.get(c);
            int[] tg = Arrays.stream(v.cases.get(c)).distinct().toArray();
            boolean[] excluded = new boolean[n];
            if (excludeSeen) {
                for (int e = 0; e < h.size(); e++) {
                    excluded[h.item(e)] = true;
                }
            }
            float[][] full = new float[ps.size()][n];
            boolean[] cand = new boolean[n];
            for (int p = 0; p < ps.size(); p++) {
                float[] s = full[p];
                BlendModel.normalizedScores(ps.get(p), h, s);
                for (int i : TopK.select(s, CANDIDATES, excluded)) {
                    cand[i] = true;
                }
            }
            for (int t : tg) {
                if (!excluded[t]) {
                    cand[t] = true;
                }
            }
            int m = 0;
            for (boolean b : cand) {
                m += b ? 1 : 0;
            }
            int[] items = new int[m];
            m = 0;
            for (int i = 0; i < n; i++) {
                if (cand[i]) {
                    items[m++] = i;
                }
            }
            float[][] sc = new float[ps.size()][m];
            boolean[] isT = new boolean[m];
            int[] sortedTargets = sortedCopy(tg);
            for (int k = 0; k < m; k++) {
                for (int p = 0; p < ps.size(); p++) {
                    sc[p][k] = full[p][items[k]];
                }
                isT[k] = Arrays.binarySearch(sortedTargets, items[k]) >= 0;
            }
            out[c] = new Cached(items, sc, isT, tg.length);
        });
        return out;
    }

    private static int[] sortedCopy(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        return c;
    }

    /** NDCG@10 + Recall@10 of each case (ties broken by the lower item index, as the evaluator does). */
    private static double[] perCase(Cached[] cached, double[] w) {
        return IntStream.range(0, cached.length).parallel().mapToDouble(c -> {
            Cached cc = cached[c];
            int m = cc.items.length;
            float[] b = new float[m];
            for (int p = 0; p < w.length; p++) {
                if (w[p] == 0) {
                    continue;
                }
                float f = (float) w[p];
                float[] s = cc.scores[p];
                for (int k = 0; k < m; k++) {
                    b[k] += f * s[k];
                }
            }
            return ndcgPlusRecallAt10(TopK.select(b, 10, null), k -> cc.target[k], cc.targets);
        }).toArray();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    private static String join(double[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ",").append(w[i]);
        }
        return sb.toString();
    }

    /** Builder of {@link TunedBlend}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Holdout holdout;
        private final List<Algorithm> bases = new ArrayList<>();
        private final List<Part> parts = new ArrayList<>();
        private boolean excludeSeen = true;
        private int cases = 3000;
        private long seed = 42;
        private Search search;

        private Builder(String name, Holdout holdout) {
            this.name = name;
            this.holdout = holdout;
        }

        /** Adds a base model (index = number of bases added before). */
        public Builder base(Algorithm a) {
            bases.add(a);
            return this;
        }

        /**
         * Adds a part: base {@code base} scored with history recency {@code decay} (1 = as trained); tuning starts
         * it at weight 1 if it is the first part, else 0.
         */
        public Builder part(int base, double decay) {
            return part(base, decay, parts.isEmpty() ? 1 : 0);
        }

        /**
         * Adds a part whose weight tuning starts from {@code start} (kept unless a move gains significantly). The
         * first part anchors the scale: its weight stays at its start, which must be above 0, and the others move
         * relative to it (scaling every weight alike changes no ranking).
         */
        public Builder part(int base, double decay, double start) {
            if (base < 0 || base >= bases.size()) {
                throw new InvalidValueException("base", "no such base model", base);
            }
            if (!(decay > 0 && decay <= 1)) {
                throw new InvalidValueException("decay", "must be in (0, 1]", decay);
            }
            if (!(start >= 0) || Double.isInfinite(start)) {
                throw new InvalidValueException("start", "must be a finite weight >= 0", start);
            }
            parts.add(new Part(base, decay, start));
            return this;
        }

        /** Whether validation rankings drop the history's items (true unless repeats are valid targets). */
        public Builder excludeSeen(boolean v) {
            excludeSeen = v;
            return this;
        }

        public Builder cases(int v) {
            cases = Params.positiveInt("cases", String.valueOf(v));
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** Searches one parameter of base {@code base} over {@code values} (in order) before the weights; see {@link Search}. */
        public Builder search(int base, String key, String... values) {
            Search sr = new Search(base, key, List.of(values));
            checkSearch(sr, bases);
            search = sr;
            return this;
        }

        public TunedBlend build() {
            if (parts.isEmpty()) {
                throw new InvalidValueException("parts", "need at least one part", 0);
            }
            if (!(parts.get(0).start() > 0)) {
                throw new InvalidValueException("start", "the first part anchors the weights (tuning moves the others"
                        + " relative to it) and must start above 0", parts.get(0).start());
            }
            return new TunedBlend(name, bases, parts, holdout, excludeSeen, cases, seed, null, search);
        }
    }
}
