package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link ClassifierHead} with masked binary cross-entropy (a label whose target is unknown
 * for a row is skipped), L2 regularisation and mini-batch Adam. Single-threaded and deterministic:
 * the same data, settings and seed give bit-identical weights.
 *
 * <p>Example: {@code ClassifierHead h = HeadTrainer.builder().hidden(128).seed(42).build().train(labels, x, y, mask);}
 *
 * <p>Immutable and thread-safe; each {@link #train} call is independent.
 */
public final class HeadTrainer {
    private final int hidden;
    private final double l2;
    private final int epochs;
    private final double learningRate;
    private final int batchSize;
    private final long seed;
    private final double compliantWeight;

    private HeadTrainer(Builder b) {
        this.compliantWeight = b.compliantWeight;
        this.hidden = b.hidden;
        this.l2 = b.l2;
        this.epochs = b.epochs;
        this.learningRate = b.learningRate;
        this.batchSize = b.batchSize;
        this.seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings as a compact string for manifests and data cards. */
    public String describe() {
        return "hidden=" + hidden + " l2=" + l2 + " epochs=" + epochs + " lr=" + learningRate
                + " batch=" + batchSize + " compliantWeight=" + compliantWeight + " seed=" + seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * Trains on rows {@code x[i]} with targets {@code y[i][k]} in {0,1}; {@code known[i][k]} false means
     * the target is unknown and label k contributes no loss for row i.
     */
    public ClassifierHead train(List<String> labels, float[][] x, float[][] y, boolean[][] known) {
        int n = x.length;
        if (n == 0) {
            throw new InvalidValueException("x", "needs at least one training row", 0);
        }
        int d = x[0].length;
        int k = labels.size();
        SplittableRandom rnd = new SplittableRandom(seed);
        int h = hidden;
        int fan = h == 0 ? d : h;
        float[][] w1 = new float[h][d];
        float[] b1 = new float[h];
        float[][] w2 = new float[k][fan];
        float[] b2 = new float[k];
        double s1 = Math.sqrt(2.0 / d);
        for (float[] row : w1) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) (gaussian(rnd) * s1);
            }
        }
        double s2 = h == 0 ? 0.0 : Math.sqrt(1.0 / fan);
        for (float[] row : w2) {
            for (int j = 0; j < fan; j++) {
                row[j] = (float) (gaussian(rnd) * s2);
            }
        }
        Adam a1 = new Adam(h * d), ab1 = new Adam(h), a2 = new Adam(k * fan), ab2 = new Adam(k);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] gW1 = new double[h * d];
        double[] gB1 = new double[h];
        double[] gW2 = new double[k * fan];
        double[] gB2 = new double[k];
        float[] z = new float[fan];
        double[] dz = new double[fan];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                java.util.Arrays.fill(gW1, 0);
                java.util.Arrays.fill(gB1, 0);
                java.util.Arrays.fill(gW2, 0);
                java.util.Arrays.fill(gB2, 0);
                for (int bi = start; bi < end; bi++) {
                    float[] xi = x[order[bi]];
                    int r = order[bi];
                    if (h > 0) {
                        for (int u = 0; u < h; u++) {
                            double act = b1[u];
                            float[] row = w1[u];
                            for (int j = 0; j < d; j++) {
                                act += row[j] * xi[j];
                            }
                            z[u] = act > 0 ? (float) act : 0f;
                        }
                    } else {
                        System.arraycopy(xi, 0, z, 0, d);
                    }
                    java.util.Arrays.fill(dz, 0);
                    double rowWeight = known[r][0] && y[r][0] == 0 ? compliantWeight : 1.0;
                    for (int c = 0; c < k; c++) {
                        if (!known[r][c]) {
                            continue;
                        }
                        double act = b2[c];
                        float[] row = w2[c];
                        for (int j = 0; j < fan; j++) {
                            act += row[j] * z[j];
                        }
                        double g = (ClassifierHead.sigmoid(act) - y[r][c]) * rowWeight;
                        gB2[c] += g;
                        int off = c * fan;
                        for (int j = 0; j < fan; j++) {
                            gW2[off + j] += g * z[j];
                            dz[j] += g * row[j];
                        }
                    }
                    if (h > 0) {
                        for (int u = 0; u < h; u++) {
                            if (z[u] <= 0) {
                                continue;
                            }
                            double g = dz[u];
                            gB1[u] += g;
                            int off = u * d;
                            for (int j = 0; j < d; j++) {
                                gW1[off + j] += g * xi[j];
                            }
                        }
                    }
                }
                double inv = 1.0 / (end - start);
                a2.step(w2, gW2, inv, l2);
                ab2.step(b2, gB2, inv, 0);
                if (h > 0) {
                    a1.step(w1, gW1, inv, l2);
                    ab1.step(b1, gB1, inv, 0);
                }
            }
        }
        return new ClassifierHead(labels, d, h == 0 ? null : w1, b1, w2, b2);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Adam state for one parameter block. */
    private final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(float[][] w, double[] grad, double scale, double decay) {
            t++;
            int cols = w.length == 0 ? 0 : w[0].length;
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < cols; j++) {
                    int idx = i * cols + j;
                    w[i][j] = (float) update(idx, w[i][j], grad[idx] * scale + decay * w[i][j]);
                }
            }
        }

        void step(float[] w, double[] grad, double scale, double decay) {
            t++;
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) update(i, w[i], grad[i] * scale + decay * w[i]);
            }
        }

        private double update(int i, double w, double g) {
            m[i] = 0.9 * m[i] + 0.1 * g;
            v[i] = 0.999 * v[i] + 0.001 * g * g;
            double mh = m[i] / (1 - Math.pow(0.9, t));
            double vh = v[i] / (1 - Math.pow(0.999, t));
            return w - learningRate * mh / (Math.sqrt(vh) + 1e-8);
        }
    }

    /** Settings with offline defaults suited to bge-small-zh embeddings and a few thousand rows. */
    public static final class Builder {
        private int hidden = 128;
        private double l2 = 1e-4;
        private int epochs = 40;
        private double learningRate = 1e-3;
        private int batchSize = 32;
        private long seed = 42;
        private double compliantWeight = 1.0;

        /**
         * Loss weight of rows whose first label (the violation) is 0, i.e. compliant rows; above 1 makes false
         * positives costlier. Default 1.
         */
        public Builder compliantWeight(double compliantWeight) {
            if (!(compliantWeight > 0)) {
                throw new InvalidValueException("compliantWeight", "must be positive", compliantWeight);
            }
            this.compliantWeight = compliantWeight;
            return this;
        }

        /** Hidden ReLU width; 0 trains a multi-output logistic regression. */
        public Builder hidden(int hidden) {
            if (hidden < 0) {
                throw new InvalidValueException("hidden", "must not be negative", hidden);
            }
            this.hidden = hidden;
            return this;
        }

        public Builder l2(double l2) {
            if (!(l2 >= 0)) {
                throw new InvalidValueException("l2", "must be >= 0", l2);
            }
            this.l2 = l2;
            return this;
        }

        public Builder epochs(int epochs) {
            if (epochs <= 0) {
                throw new InvalidValueException("epochs", "must be positive", epochs);
            }
            this.epochs = epochs;
            return this;
        }

        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new InvalidValueException("learningRate", "must be positive", learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        public Builder batchSize(int batchSize) {
            if (batchSize <= 0) {
                throw new InvalidValueException("batchSize", "must be positive", batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public HeadTrainer build() {
            return new HeadTrainer(this);
        }
    }
}
