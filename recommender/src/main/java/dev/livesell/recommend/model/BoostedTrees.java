package dev.livesell.recommend.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.io.LivesellJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gradient-boosted regression trees with logistic loss (Newton leaf values, histogram splits over
 * quantile bins, row subsampling; the split search runs features in parallel), small enough to train
 * in seconds on a CPU: the learned scorer of {@link RerankedModel} and of the next-basket ranker in
 * {@code livesell-recommender-live}. Deterministic for a seed.
 *
 * <p>JSON (versioned): {@code {"format": "livesell-boosted-trees", "version": 1, "features": [...],
 * "base": -2.1, "trees": [{"feature": [...], "threshold": [...], "left": [...], "right": [...],
 * "value": [...]}]}}; node 0 is the root, a node with feature −1 is a leaf, a row goes left when its
 * feature value ≤ threshold.
 *
 * <p>Example: {@code double logit = BoostedTrees.train(rows, labels, features, Settings.defaults()).logit(row);}
 *
 * <p>Immutable and thread-safe.
 */
public final class BoostedTrees {
    public static final String FORMAT = "livesell-boosted-trees";

    /**
     * Training settings: {@code trees} ≥ 1, {@code maxDepth} ≥ 1, {@code learningRate} in (0, 1],
     * {@code minLeaf} ≥ 1, {@code subsample} in (0, 1], {@code bins} in [2, 128] (bins are stored in a
     * byte), {@code l2} ≥ 0; invalid values fail with {@link InvalidValueException} naming the setting.
     */
    public record Settings(int trees, int maxDepth, double learningRate, int minLeaf, double subsample, int bins, double l2, long seed) {
        public Settings {
            if (trees < 1) {
                throw new InvalidValueException("trees", "must be at least 1", trees);
            }
            if (maxDepth < 1) {
                throw new InvalidValueException("maxDepth", "must be at least 1", maxDepth);
            }
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new InvalidValueException("learningRate", "must be in (0, 1]", learningRate);
            }
            if (minLeaf < 1) {
                throw new InvalidValueException("minLeaf", "must be at least 1", minLeaf);
            }
            if (!(subsample > 0 && subsample <= 1)) {
                throw new InvalidValueException("subsample", "must be in (0, 1]", subsample);
            }
            if (bins < 2 || bins > 128) {
                throw new InvalidValueException("bins", "must be between 2 and 128", bins);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new InvalidValueException("l2", "must be finite and ≥ 0", l2);
            }
        }

        public static Settings defaults() {
            return new Settings(80, 4, 0.1, 100, 0.5, 32, 1.0, 17);
        }
    }

    /** One tree as parallel arrays (copied in and out: the tree cannot be changed once built). */
    public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        public Tree {
            if (feature == null || threshold == null || left == null || right == null || value == null) {
                throw new InvalidValueException("trees", "a tree needs feature, threshold, left, right and value arrays", null);
            }
            feature = feature.clone();
            threshold = threshold.clone();
            left = left.clone();
            right = right.clone();
            value = value.clone();
        }

        @Override
        public int[] feature() {
            return feature.clone();
        }

        @Override
        public double[] threshold() {
            return threshold.clone();
        }

        @Override
        public int[] left() {
            return left.clone();
        }

        @Override
        public int[] right() {
            return right.clone();
        }

        @Override
        public double[] value() {
            return value.clone();
        }

        double eval(double[] x) {
            int n = 0;
            while (feature[n] >= 0) {
                n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            return value[n];
        }
    }

    /** The serialized form. */
    public record Model(String format, int version, List<String> features, double base, List<Tree> trees) {
        @JsonCreator
        public Model(@JsonProperty("format") String format, @JsonProperty("version") int version,
                     @JsonProperty("features") List<String> features, @JsonProperty("base") double base,
                     @JsonProperty("trees") List<Tree> trees) {
            if (!FORMAT.equals(format)) {
                throw new InvalidValueException("format", "must be " + FORMAT, format);
            }
            if (version != 1) {
                throw new InvalidValueException("version", "is not supported (expected 1)", version);
            }
            if (features == null || trees == null) {
                throw new InvalidValueException("features", "and trees are required", null);
            }
            for (Tree t : trees) {
                int n = t.feature.length;
                if (n == 0 || t.threshold.length != n || t.left.length != n || t.right.length != n || t.value.length != n) {
                    throw new InvalidValueException("trees", "arrays of a tree must be non-empty and of equal length", n);
                }
                for (int i = 0; i < n; i++) {
                    if (t.feature[i] >= features.size() || t.feature[i] >= 0
                            && (t.left[i] <= i || t.right[i] <= i || t.left[i] >= n || t.right[i] >= n)) {
                        throw new InvalidValueException("trees", "node " + i + " points outside its tree", i);
                    }
                }
            }
            this.format = format;
            this.version = version;
            this.features = List.copyOf(features);
            this.base = base;
            this.trees = List.copyOf(trees);
        }
    }

    private final Model model;

    private BoostedTrees(Model model) {
        this.model = model;
    }

    public Model model() {
        return model;
    }

    public List<String> features() {
        return model.features();
    }

    public double logit(double[] x) {
        double z = model.base();
        for (Tree t : model.trees()) {
            z += t.eval(x);
        }
        return z;
    }

    public String toJson() {
        return LivesellJson.write(model);
    }

    public static BoostedTrees fromJson(String json, String source) {
        try {
            return new BoostedTrees(LivesellJson.mapper().readValue(json, Model.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidValueException iv) {
                throw new DataFormatException(source, 1, iv.field(), iv.problem() + " (was " + iv.value() + ")", e);
            }
            throw new DataFormatException(source, e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "json",
                    e.getOriginalMessage(), e);
        }
    }

    /** Trains on rows (feature vectors) and binary labels. */
    public static BoostedTrees train(List<double[]> rows, boolean[] labels, List<String> features, Settings s) {
        int n = rows.size();
        int nf = features.size();
        if (n == 0) {
            throw new InvalidValueException("rows", "there must be at least one training row", 0);
        }
        if (labels.length != n) {
            throw new InvalidValueException("labels", "must have one label per row (" + n + ")", labels.length);
        }
        for (int r = 0; r < n; r++) {
            if (rows.get(r).length != nf) {
                throw new InvalidValueException("rows", "row " + r + " must have one value per feature (" + nf + ")", rows.get(r).length);
            }
        }
        // quantile bin edges per feature
        double[][] edges = new double[nf][];
        byte[][] bin = new byte[nf][n];
        SplittableRandom rnd = new SplittableRandom(s.seed());
        for (int f = 0; f < nf; f++) {
            int sample = Math.min(n, 20000);
            double[] v = new double[sample];
            for (int i = 0; i < sample; i++) {
                v[i] = rows.get(n <= 20000 ? i : rnd.nextInt(n))[f];
            }
            Arrays.sort(v);
            double[] e = new double[s.bins() - 1];
            int m = 0;
            for (int b = 1; b < s.bins(); b++) {
                double q = v[Math.min(sample - 1, (int) ((long) b * sample / s.bins()))];
                if (m == 0 || q > e[m - 1]) {
                    e[m++] = q;
                }
            }
            edges[f] = Arrays.copyOf(e, m);
            for (int r = 0; r < n; r++) {
                int k = Arrays.binarySearch(edges[f], rows.get(r)[f]);
                bin[f][r] = (byte) (k >= 0 ? k : -k - 1);
            }
        }
        int pos = 0;
        for (boolean l : labels) {
            if (l) {
                pos++;
            }
        }
        double p0 = Math.min(1 - 1e-6, Math.max(1e-6, (double) pos / Math.max(1, n)));
        double base = Math.log(p0 / (1 - p0));
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n];
        double[] h = new double[n];
        List<Tree> trees = new ArrayList<>();
        for (int t = 0; t < s.trees(); t++) {
            int[] idx = new int[n];
            int m = 0;
            for (int r = 0; r < n; r++) {
                double p = 1 / (1 + Math.exp(-z[r]));
                g[r] = (labels[r] ? 1 : 0) - p;
                h[r] = Math.max(1e-9, p * (1 - p));
                if (rnd.nextDouble() < s.subsample()) {
                    idx[m++] = r;
                }
            }
            TreeBuilder tb = new TreeBuilder(bin, edges, g, h, s);
            tb.grow(Arrays.copyOf(idx, m), 0);
            Tree tree = tb.build();
            trees.add(tree);
            java.util.stream.IntStream.range(0, n).parallel().forEach(r -> z[r] += tree.eval(rows.get(r)));
        }
        return new BoostedTrees(new Model(FORMAT, 1, features, base, trees));
    }

    private static final class TreeBuilder {
        private final byte[][] bin;
        private final double[][] edges;
        private final double[] g;
        private final double[] h;
        private final Settings s;
        private final List<int[]> nodes = new ArrayList<>(); // feature, left, right
        private final List<double[]> vals = new ArrayList<>(); // threshold, value

        TreeBuilder(byte[][] bin, double[][] edges, double[] g, double[] h, Settings s) {
            this.bin = bin;
            this.edges = edges;
            this.g = g;
            this.h = h;
            this.s = s;
        }

        int grow(int[] rows, int depth) {
            int id = nodes.size();
            nodes.add(new int[] {-1, 0, 0});
            vals.add(new double[] {0, 0});
            double gs = 0;
            double hs = 0;
            for (int r : rows) {
                gs += g[r];
                hs += h[r];
            }
            vals.get(id)[1] = s.learningRate() * gs / (hs + s.l2());
            if (depth >= s.maxDepth() || rows.length < 2 * s.minLeaf()) {
                return id;
            }
            final double gSum = gs;
            final double hSum = hs;
            double parent = gs * gs / (hs + s.l2());
            double[][] best = java.util.stream.IntStream.range(0, bin.length).parallel()
                    .mapToObj(f -> bestSplit(f, rows, gSum, hSum, parent)).toArray(double[][]::new);
            double bestGain = 1e-6;
            int bestF = -1;
            int bestB = -1;
            for (int f = 0; f < best.length; f++) {
                if (best[f][0] > bestGain) {
                    bestGain = best[f][0];
                    bestF = f;
                    bestB = (int) best[f][1];
                }
            }
            if (bestF < 0) {
                return id;
            }
            int nl = 0;
            for (int r : rows) {
                if (bin[bestF][r] <= bestB) {
                    nl++;
                }
            }
            int[] lr = new int[nl];
            int[] rr = new int[rows.length - nl];
            int a = 0;
            int c = 0;
            for (int r : rows) {
                if (bin[bestF][r] <= bestB) {
                    lr[a++] = r;
                } else {
                    rr[c++] = r;
                }
            }
            nodes.get(id)[0] = bestF;
            vals.get(id)[0] = edges[bestF][bestB];
            int l = grow(lr, depth + 1);
            int r = grow(rr, depth + 1);
            nodes.get(id)[1] = l;
            nodes.get(id)[2] = r;
            return id;
        }

        /** The best split of one feature: {gain, bin} (gain 0 when none qualifies). */
        private double[] bestSplit(int f, int[] rows, double gs, double hs, double parent) {
            int nb = edges[f].length + 1;
            double[] out = {0, -1};
            if (nb < 2) {
                return out;
            }
            double[] gh = new double[nb];
            double[] hh = new double[nb];
            int[] cnt = new int[nb];
            byte[] bf = bin[f];
            for (int r : rows) {
                int b = bf[r];
                gh[b] += g[r];
                hh[b] += h[r];
                cnt[b]++;
            }
            double gl = 0;
            double hl = 0;
            int cl = 0;
            for (int b = 0; b < nb - 1; b++) {
                gl += gh[b];
                hl += hh[b];
                cl += cnt[b];
                int cr = rows.length - cl;
                if (cl < s.minLeaf() || cr < s.minLeaf()) {
                    continue;
                }
                double gr = gs - gl;
                double hr = hs - hl;
                double gain = gl * gl / (hl + s.l2()) + gr * gr / (hr + s.l2()) - parent;
                if (gain > out[0]) {
                    out[0] = gain;
                    out[1] = b;
                }
            }
            return out;
        }

        Tree build() {
            int n = nodes.size();
            int[] f = new int[n];
            double[] th = new double[n];
            int[] l = new int[n];
            int[] r = new int[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = nodes.get(i)[0];
                l[i] = nodes.get(i)[1];
                r[i] = nodes.get(i)[2];
                th[i] = vals.get(i)[0];
                v[i] = vals.get(i)[1];
            }
            return new Tree(f, th, l, r, v);
        }
    }
}
