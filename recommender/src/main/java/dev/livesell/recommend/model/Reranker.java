package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link RerankedModel} for session logs (sessions in time order, as the {@code sessions} and
 * {@code sequences} formats keep them): {@code fit} holds out the newest tenth of the sessions whole, fits
 * the blend on the rest, and makes cases of their prefixes (the prefix is the history, the next item the
 * target, as in the session protocol; up to {@code cases}, drawn at random). A {@link BoostedTrees} scorer
 * learns from the cases of two thirds of those sessions which blend candidates are the target; the cases of
 * the other third check it: the scorer is kept only
 * when its paired gain in NDCG@10 + HR@10 over the blend's own order is at least
 * {@value TunedBlend#MIN_Z} standard errors, otherwise {@code fit} returns the plain blend. The blend is then
 * refitted on all the data. Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender r = Reranker.builder("mine", TunedBlend.builder(...).build()).build().fit(sessions);}
 */
public final class Reranker implements Algorithm {
    private static final Logger LOG = LoggerFactory.getLogger(Reranker.class);
    /** Fewest held-out sessions worth learning from; with fewer, {@code fit} returns the blend. */
    static final int MIN_CASES = 300;

    private final String name;
    private final Algorithm blend;
    private final int candidates;
    private final int cases;
    private final boolean excludeSeen;
    private final boolean enabled;
    private final BoostedTrees.Settings settings;

    private Reranker(String name, Algorithm blend, int candidates, int cases, boolean excludeSeen, boolean enabled,
                     BoostedTrees.Settings settings) {
        this.name = name;
        this.blend = blend;
        this.candidates = candidates;
        this.cases = cases;
        this.excludeSeen = excludeSeen;
        this.enabled = enabled;
        this.settings = settings;
    }

    /** A re-ranker of {@code blend} (a {@link TunedBlend} or {@link BlendModel.Trainer}: it must fit a {@link BlendModel}). */
    public static Builder builder(String name, Algorithm blend) {
        return new Builder(name, blend);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rerank", String.valueOf(enabled));
        m.put("candidates", String.valueOf(candidates));
        m.put("cases", String.valueOf(cases));
        m.put("excludeSeen", String.valueOf(excludeSeen));
        m.put("trees", String.valueOf(settings.trees()));
        m.put("depth", String.valueOf(settings.maxDepth()));
        m.put("rate", String.valueOf(settings.learningRate()));
        m.put("seed", String.valueOf(settings.seed()));
        for (Map.Entry<String, String> e : blend.params().entrySet()) {
            m.put("blend." + e.getKey(), e.getValue());
        }
        return m;
    }

    /**
     * {@code rerank} (true; false = the blend alone), {@code candidates} (100), {@code cases} (held-out
     * prefix cases used, 20000), {@code excludeSeen}, {@code trees} (80), {@code depth} (4), {@code rate} (0.1),
     * {@code seed}, and {@code blend.key} (a parameter of the blend, e.g. {@code blend.w1=0.3}).
     */
    @Override
    public Algorithm withParam(String key, String value) {
        BoostedTrees.Settings s = settings;
        switch (key) {
            case "rerank" -> {
                return new Reranker(name, blend, candidates, cases, excludeSeen, Params.bool(key, value), settings);
            }
            case "candidates" -> {
                return new Reranker(name, blend, Params.positiveInt(key, value), cases, excludeSeen, enabled, settings);
            }
            case "cases" -> {
                return new Reranker(name, blend, candidates, Params.positiveInt(key, value), excludeSeen, enabled, settings);
            }
            case "excludeSeen" -> {
                return new Reranker(name, blend, candidates, cases, Params.bool(key, value), enabled, settings);
            }
            case "trees" -> s = new BoostedTrees.Settings(Params.positiveInt(key, value), s.maxDepth(), s.learningRate(), s.minLeaf(),
                    s.subsample(), s.bins(), s.l2(), s.seed());
            case "depth" -> s = new BoostedTrees.Settings(s.trees(), Params.positiveInt(key, value), s.learningRate(), s.minLeaf(),
                    s.subsample(), s.bins(), s.l2(), s.seed());
            case "rate" -> s = new BoostedTrees.Settings(s.trees(), s.maxDepth(), Params.positive(key, value), s.minLeaf(),
                    s.subsample(), s.bins(), s.l2(), s.seed());
            case "seed" -> s = new BoostedTrees.Settings(s.trees(), s.maxDepth(), s.learningRate(), s.minLeaf(),
                    s.subsample(), s.bins(), s.l2(), (long) Params.number(key, value));
            default -> {
                if (key.startsWith("blend.")) {
                    return new Reranker(name, blend.withParam(key.substring(6), value), candidates, cases, excludeSeen, enabled, settings);
                }
                throw Params.unknown(name, key, "rerank, candidates, cases, excludeSeen, trees, depth, rate, seed, blend.param");
            }
        }
        return new Reranker(name, blend, candidates, cases, excludeSeen, enabled, s);
    }

    @Override
    public Recommender fit(InteractionMatrix data) {
        if (!enabled) {
            return blend.fit(data);
        }
        long t0 = System.nanoTime();
        List<Integer> sessions = new ArrayList<>();
        for (int u = 0; u < data.numUsers(); u++) {
            if (data.end(u) > data.start(u)) {
                sessions.add(u);
            }
        }
        int cut = sessions.isEmpty() ? 0 : sessions.get((int) (sessions.size() * (1 - RerankFeatures.RECENT_FRACTION)));
        List<Integer> held = new ArrayList<>();
        for (int u : sessions) {
            if (u >= cut && data.eventCount(u) >= 2) {
                held.add(u);
            }
        }
        if (held.size() < MIN_CASES) {
            LOG.info("{}: {} held-out sessions (< {}); the blend alone", name, held.size(), MIN_CASES);
            return blend.fit(data);
        }
        InteractionMatrix inner = data.select(e -> data.userOf(e) < cut);
        RerankFeatures f = new RerankFeatures(asBlend(blend.fit(inner)), candidates, excludeSeen);
        Random rnd = new Random(settings.seed());
        Collections.shuffle(held, rnd);
        List<long[]> all = new ArrayList<>();
        for (int s = 0; s < held.size(); s++) {
            for (int at = 1; at < data.eventCount(held.get(s)); at++) {
                all.add(new long[] {s, at});
            }
        }
        Collections.shuffle(all, rnd);
        List<long[]> chosen = all.subList(0, Math.min(cases, all.size()));
        History[] prefixes = new History[chosen.size()];
        int[] targets = new int[chosen.size()];
        boolean[] check = new boolean[chosen.size()];
        for (int c = 0; c < prefixes.length; c++) {
            int s = (int) chosen.get(c)[0];
            int at = (int) chosen.get(c)[1];
            History h = data.history(held.get(s));
            prefixes[c] = h.prefix(at);
            targets[c] = h.item(at);
            check[c] = s % 3 == 2;
        }
        RerankFeatures.Rows[] rows = new RerankFeatures.Rows[prefixes.length];
        IntStream.range(0, rows.length).parallel().forEach(c -> rows[c] = f.compute(prefixes[c], new float[data.numItems()]));
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int c = 0; c < rows.length; c++) {
            if (!check[c]) {
                for (int k = 0; k < rows[c].items().length; k++) {
                    x.add(rows[c].rows()[k]);
                    y.add(rows[c].items()[k] == targets[c]);
                }
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = y.get(r);
        }
        BoostedTrees scorer = BoostedTrees.train(x, labels, f.names(), settings);
        int[] checkCases = IntStream.range(0, rows.length).filter(c -> check[c]).toArray();
        double[] base = new double[checkCases.length];
        double[] learned = new double[checkCases.length];
        IntStream.range(0, checkCases.length).parallel().forEach(q -> {
            int c = checkCases[q];
            RerankFeatures.Rows r = rows[c];
            int pos = -1;
            for (int k = 0; k < r.items().length; k++) {
                if (r.items()[k] == targets[c]) {
                    pos = k;
                }
            }
            if (pos < 0) {
                return;
            }
            double z = scorer.logit(r.rows()[pos]);
            int better = 0;
            for (int k = 0; k < r.items().length; k++) {
                double zk = scorer.logit(r.rows()[k]);
                if (zk > z || zk == z && k < pos) {
                    better++;
                }
            }
            base[q] = gain(pos);
            learned[q] = gain(better);
        });
        double zScore = TunedBlend.pairedZ(learned, base);
        boolean keep = zScore >= TunedBlend.MIN_Z;
        LOG.info("{}: re-ranker on {} cases, check NDCG@10+HR@10 {} -> {} (z = {}): {}, {} s", name, rows.length,
                fmt(TunedBlend.mean(base)), fmt(TunedBlend.mean(learned)), fmt(zScore), keep ? "kept" : "dropped",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        BlendModel full = asBlend(blend.fit(data));
        return keep ? new RerankedModel(full, scorer, candidates, excludeSeen) : full;
    }

    /** NDCG@10 + HR@10 of a single target at 0-based rank {@code r}. */
    private static double gain(int r) {
        return r < 10 ? 1 / (Math.log(r + 2) / Math.log(2)) + 1 : 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static BlendModel asBlend(Recommender r) {
        if (r instanceof BlendModel b) {
            return b;
        }
        throw new InvalidValueException("blend", "must fit a blend model (was " + r.getClass().getSimpleName() + ")", r.name());
    }

    /** Builder of {@link Reranker}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Algorithm blend;
        private int candidates = 100;
        private int cases = 20_000;
        private boolean excludeSeen;
        private BoostedTrees.Settings settings = BoostedTrees.Settings.defaults();

        private Builder(String name, Algorithm blend) {
            if (blend == null) {
                throw new InvalidValueException("blend", "is required", null);
            }
            this.name = name;
            this.blend = blend;
        }

        /** How many of the blend's best items are re-ordered (100). */
        public Builder candidates(int v) {
            candidates = Params.positiveInt("candidates", String.valueOf(v));
            return this;
        }

        /** How many held-out prefix cases to learn from and check on (20000). */
        public Builder cases(int v) {
            cases = Params.positiveInt("cases", String.valueOf(v));
            return this;
        }

        /** Whether the history's own items are left out of the candidates (false: repeats are valid). */
        public Builder excludeSeen(boolean v) {
            excludeSeen = v;
            return this;
        }

        public Builder settings(BoostedTrees.Settings v) {
            if (v == null) {
                throw new InvalidValueException("settings", "is required", null);
            }
            settings = v;
            return this;
        }

        public Reranker build() {
            return new Reranker(name, blend, candidates, cases, excludeSeen, true, settings);
        }
    }
}
