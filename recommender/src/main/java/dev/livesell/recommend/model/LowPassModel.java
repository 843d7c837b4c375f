package dev.livesell.recommend.model;

import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.ChunkedTasks;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A graph low-pass filter over the item-item co-occurrence graph, the "ideal low-pass" part of GF-CF
 * (Shen et al., CIKM 2021): the normalized item gram {@code P = Σ_u |u|⁻¹ · D^-β r_uᵀ r_u D^-β} ({@code r_u}
 * a user's distinct items, {@code D} item degrees, {@code β = itemPower}) is reduced to its top
 * {@code factors} eigenvectors {@code V}, and a history {@code r} is scored {@code r D^-β V Vᵀ D^β}: the
 * smooth, community-level signal of the whole catalogue, which EASE's per-pair weights see less of.
 *
 * <p>The eigenvectors come from seeded subspace iteration on the sparse data ({@code P} is never formed:
 * each step costs two passes over the interactions) followed by a Rayleigh–Ritz step (EJML QR and
 * symmetric eigen-decomposition of a (factors+40)² matrix), so memory is items × (factors+40) and the
 * model also fits catalogues far past EASE's dense limit. Scoring costs items × factors, like a factor
 * model, through a factor-major copy of the eigenvectors ({@link FactorScan}). Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender lp = LowPassModel.trainer().factors(128).fit(train);}
 */
public final class LowPassModel implements Recommender, RecencyView {
    private static final Logger LOG = LoggerFactory.getLogger(LowPassModel.class);
    /** Extra subspace columns beyond {@code factors} (speeds convergence of the wanted eigenvectors). */
    static final int OVERSAMPLE = 40;
    private final InteractionMatrix data;
    private final Map<String, String> params;
    private final int f;
    /** Row-major items × f eigenvectors. */
    private final float[] vectors;
    /** Number of distinct users per item, as trained. */
    private final float[] degrees;
    private final double itemPower;
    private final double decay;
    private final float[] inScale;
    private final float[] outScale;
    /** The eigenvectors factor-major for scoring (shared by this model's recency views). */
    private final FactorScan scan;

    LowPassModel(InteractionMatrix data, Map<String, String> params, int f, float[] vectors, float[] degrees,
                 double itemPower, double decay) {
        this(data, params, f, vectors, degrees, itemPower, decay, FactorScan.ofRows(vectors, f, data.numItems()));
    }

    private LowPassModel(InteractionMatrix data, Map<String, String> params, int f, float[] vectors, float[] degrees,
                         double itemPower, double decay, FactorScan scan) {
        this.data = data;
        this.scan = scan;
        this.params = Map.copyOf(params);
        this.f = f;
        this.vectors = vectors;
        this.degrees = degrees;
        this.itemPower = itemPower;
        this.decay = decay;
        int n = data.numItems();
        this.inScale = new float[n];
        this.outScale = new float[n];
        for (int i = 0; i < n; i++) {
            if (degrees[i] > 0) {
                inScale[i] = (float) Math.pow(degrees[i], -itemPower);
                outScale[i] = (float) Math.pow(degrees[i], itemPower);
            }
        }
    }

    public static Trainer trainer() {
        return new Trainer(128, 0.5, 4, 42);
    }

    @Override
    public String name() {
        return "lowpass";
    }

    @Override
    public Map<String, String> params() {
        if (decay == 1) {
            return params;
        }
        Map<String, String> m = new java.util.LinkedHashMap<>(params);
        m.put("decay", String.valueOf(decay));
        return m;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public Recommender withHistoryDecay(double newDecay) {
        return new LowPassModel(data, params, f, vectors, degrees, itemPower, newDecay, scan);
    }

    int factors() {
        return f;
    }

    float[] vectors() {
        return vectors;
    }

    float[] degrees() {
        return degrees;
    }

    @Override
    public void score(History history, float[] out) {
        HistoryProfile p = HistoryProfile.of(history, decay, false);
        float[] e = new float[f];
        for (int k = 0; k < p.size; k++) {
            int i = p.items[k];
            float w = (decay == 1 ? 1f : p.weights[k]) * inScale[i];
            int b = i * f;
            for (int d = 0; d < f; d++) {
                e[d] += w * vectors[b + d];
            }
        }
        scan.scoreAll(e, outScale, out);
    }

    @Override
    public List<Reason> explain(History history, int item) {
        int best = -1;
        float bw = 0;
        int bj = item * f;
        for (int e = 0; e < history.size(); e++) {
            int i = history.item(e);
            float s = 0;
            int bi = i * f;
            for (int d = 0; d < f; d++) {
                s += vectors[bi + d] * vectors[bj + d];
            }
            s *= inScale[i];
            if (s > bw) {
                bw = s;
                best = i;
            }
        }
        if (best < 0) {
            return List.of(Reason.of(Reason.SIMILAR_VIEWERS, "popular with viewers whose tastes are like yours"));
        }
        String id = data.items().id(best);
        return List.of(Reason.of(Reason.SIMILAR_TO, "often taken together with " + id + " by like-minded viewers", id));
    }

    /**
     * Trainer of {@link LowPassModel}: {@code factors} (128; eigenvectors kept, at most a quarter of the
     * items: a filter that keeps the whole spectrum would only give the history back), {@code itemPower}
     * (0.5; β of the degree normalization), {@code iterations} (4; subspace iterations), {@code seed} (42;
     * the random start). Immutable.
     */
    public static final class Trainer implements Algorithm {
        private final int factors;
        private final double itemPower;
        private final int iterations;
        private final long seed;

        Trainer(int factors, double itemPower, int iterations, long seed) {
            this.factors = factors;
            this.itemPower = itemPower;
            this.iterations = iterations;
            this.seed = seed;
        }

        public Trainer factors(int v) {
            return new Trainer(Params.positiveInt("factors", String.valueOf(v)), itemPower, iterations, seed);
        }

        /** β in [0, 1]: 0 = raw co-occurrence, 0.5 = symmetric normalization (GF-CF), 1 = by item degree. */
        public Trainer itemPower(double v) {
            return new Trainer(factors, Params.unit("itemPower", String.valueOf(v)), iterations, seed);
        }

        public Trainer iterations(int v) {
            return new Trainer(factors, itemPower, Params.positiveInt("iterations", String.valueOf(v)), seed);
        }

        public Trainer seed(long v) {
            return new Trainer(factors, itemPower, iterations, v);
        }

        @Override
        public String name() {
            return "lowpass";
        }

        @Override
        public Map<String, String> params() {
            return Params.of("factors", factors, "itemPower", itemPower, "iterations", iterations, "seed", seed);
        }

        @Override
        public Algorithm withParam(String key, String value) {
            return switch (key) {
                case "factors" -> factors(Params.positiveInt(key, value));
                case "itemPower" -> itemPower(Params.unit(key, value));
                case "iterations" -> iterations(Params.positiveInt(key, value));
                case "seed" -> seed((long) Params.number(key, value));
                default -> throw Params.unknown("lowpass", key, "factors, itemPower, iterations, seed");
            };
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            long t0 = System.nanoTime();
            Csr x = data.byUser();
            int n = data.numItems();
            float[] degrees = new float[n];
            for (int p = 0; p < x.nonZeros(); p++) {
                degrees[x.cols()[p]]++;
            }
            double[] scale = new double[n];
            for (int i = 0; i < n; i++) {
                scale[i] = degrees[i] > 0 ? Math.pow(degrees[i], -itemPower) : 0;
            }
            if (n == 0) {
                throw new dev.livesell.core.InvalidValueException("data", "has no items to fit the low-pass filter on", 0);
            }
            int k = maxFactors(factors, n);
            int q = Math.min(n, k + OVERSAMPLE);
            DMatrixRMaj basis;
            if (q == n) {
                // a catalogue no larger than the sketch: the identity is an exact basis (and needs no QR, which a
                // rank-deficient gram of a tiny log can make fail)
                basis = CommonOps_DDRM.identity(n);
            } else {
                Random rnd = new Random(seed);
                basis = new DMatrixRMaj(n, q);
                for (int i = 0; i < basis.data.length; i++) {
                    basis.data[i] = rnd.nextGaussian();
                }
                basis = orthonormal(basis);
                for (int it = 0; it < iterations; it++) {
                    basis = orthonormal(applyGram(x, scale, basis));
                }
            }
            // Rayleigh–Ritz: eigenvectors of Qᵀ P Q rotate the basis onto P's leading eigenvectors
            DMatrixRMaj pq = applyGram(x, scale, basis);
            DMatrixRMaj small = new DMatrixRMaj(q, q);
            CommonOps_DDRM.multTransA(basis, pq, small);
            for (int a = 0; a < q; a++) {
                for (int b = 0; b < a; b++) {
                    double m = (small.get(a, b) + small.get(b, a)) / 2;
                    small.set(a, b, m);
                    small.set(b, a, m);
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(q, true, true);
            if (!eig.decompose(small)) {
                throw new IllegalStateException("lowpass: eigen-decomposition of the " + q + "×" + q + " projected gram failed");
            }
            Integer[] order = new Integer[q];
            for (int a = 0; a < q; a++) {
                order[a] = a;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(eig.getEigenvalue(b).getReal(), eig.getEigenvalue(a).getReal());
                return c != 0 ? c : Integer.compare(a, b);
            });
            DMatrixRMaj rot = new DMatrixRMaj(q, k);
            for (int c = 0; c < k; c++) {
                DMatrixRMaj v = eig.getEigenVector(order[c]);
                for (int a = 0; a < q; a++) {
                    rot.set(a, c, v.get(a, 0));
                }
            }
            DMatrixRMaj vecs = new DMatrixRMaj(n, k);
            CommonOps_DDRM.mult(basis, rot, vecs);
            float[] v = new float[n * k];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) vecs.data[i];
            }
            LOG.info("lowpass fitted: {} items, {} eigenvectors (eigenvalues {} .. {}), {} s", n, k,
                    String.format(Locale.ROOT, "%.4g", eig.getEigenvalue(order[0]).getReal()),
                    String.format(Locale.ROOT, "%.4g", eig.getEigenvalue(order[k - 1]).getReal()),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
            return new LowPassModel(data, params(), k, v, degrees, itemPower, 1.0);
        }

        /** The eigenvectors kept for {@code n} items: {@code factors}, at most a quarter of the spectrum (at least 1). */
        static int maxFactors(int factors, int n) {
            return Math.min(factors, Math.max(1, n / 4));
        }

        /** An orthonormal basis of the columns of {@code m} (thin QR, EJML). */
        private static DMatrixRMaj orthonormal(DMatrixRMaj m) {
            QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m.numRows, m.numCols);
            if (qr.decompose(m.copy())) {
                return qr.getQ(null, true);
            }
            // a gram of lower rank than the sketch (a tiny log) gives dependent columns: any orthonormal completion
            // spans the same leading eigenvectors, so fill the missing directions with a little seeded noise
            double scale = 0;
            for (double d : m.data) {
                scale = Math.max(scale, Math.abs(d));
            }
            Random rnd = new Random(m.numRows * 31L + m.numCols);
            DMatrixRMaj jittered = m.copy();
            for (int i = 0; i < jittered.data.length; i++) {
                jittered.data[i] += (scale > 0 ? scale : 1) * 1e-6 * rnd.nextGaussian();
            }
            if (!qr.decompose(jittered)) {
                throw new IllegalStateException("lowpass: QR decomposition failed on a " + m.numRows + "×" + m.numCols + " basis");
            }
            return qr.getQ(null, true);
        }

        /**
         * {@code P·B} without forming P: for each user, {@code y = Σ_i s_i B_i} over its items, then
         * {@code s_j y / |u|} added to each of its items' rows. Two fixed chunks of users, each into its own
         * sum, added in order: the result does not depend on the number of threads.
         */
        private static DMatrixRMaj applyGram(Csr x, double[] scale, DMatrixRMaj b) {
            int n = b.numRows;
            int q = b.numCols;
            int chunks = 2;
            double[][] partial = new double[chunks][];
            ChunkedTasks.run("livesell-lowpass", SparseRows.threads(), chunks, (chunk, cs) -> {
                double[] z = new double[n * q];
                double[] y = new double[q];
                for (int u = chunk; u < x.rows(); u += cs) {
                    int from = x.ptr()[u];
                    int to = x.ptr()[u + 1];
                    if (from == to) {
                        continue;
                    }
                    Arrays.fill(y, 0);
                    for (int p = from; p < to; p++) {
                        int i = x.cols()[p];
                        double s = scale[i];
                        int base = i * q;
                        for (int c = 0; c < q; c++) {
                            y[c] += s * b.data[base + c];
                        }
                    }
                    double inv = 1.0 / (to - from);
                    for (int p = from; p < to; p++) {
                        int j = x.cols()[p];
                        double s = scale[j] * inv;
                        int base = j * q;
                        for (int c = 0; c < q; c++) {
                            z[base + c] += s * y[c];
                        }
                    }
                }
                partial[chunk] = z;
            });
            DMatrixRMaj out = new DMatrixRMaj(n, q);
            for (double[] z : partial) {
                for (int i = 0; i < z.length; i++) {
                    out.data[i] += z[i];
                }
            }
            return out;
        }
    }
}
