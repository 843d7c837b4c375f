package dev.livesell.recommend.model;

import dev.livesell.recommend.ChunkedTasks;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neighbourhood-restricted EASE for large catalogues: column j of the item×item matrix B is the ridge
 * regression of item j's column of X on the columns of its {@code neighbours} most co-occurring items,
 * {@code b = (G_NN + λI)⁻¹ G_Nj} (G = XᵀX), a small dense Cholesky solve (EJML) per item. With all items
 * as neighbours this is exactly EASE; with a few hundred it costs items × neighbours³ to train and
 * history × neighbours to score, so it scales past the dense inverse's limit. {@code decay} &lt; 1 weights
 * recent history items more. Immutable and thread-safe.
 *
 * <p>Example: {@code Recommender r = EaseModel.trainer().neighbours(200).fit(train);}
 */
public final class SparseEaseModel implements Recommender, RecencyView {
    private static final Logger LOG = LoggerFactory.getLogger(SparseEaseModel.class);
    private final InteractionMatrix data;
    private final Map<String, String> params;
    /** Row i: the items j that item i predicts, with B(i, j). */
    private final Csr rows;
    private final double decay;
    /** Whether the Gram matrix and the scored history use the events' interaction weights (params "weighted"). */
    private final boolean weighted;

    SparseEaseModel(InteractionMatrix data, Map<String, String> params, Csr rows, double decay) {
        this.data = data;
        this.params = Map.copyOf(params);
        this.rows = rows;
        this.decay = decay;
        this.weighted = Boolean.parseBoolean(params.getOrDefault("weighted", "false"));
    }

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    Csr rows() {
        return rows;
    }

    double decay() {
        return decay;
    }

    @Override
    public Recommender withHistoryDecay(double newDecay) {
        Map<String, String> p = new java.util.LinkedHashMap<>(params);
        p.put("decay", String.valueOf(newDecay));
        return new SparseEaseModel(data, p, rows, newDecay);
    }

    @Override
    public void score(History history, float[] out) {
        Arrays.fill(out, 0f);
        HistoryProfile.of(history, decay, weighted).addRows(rows, decay == 1 && !weighted, out);
    }

    @Override
    public List<Reason> explain(History history, int item) {
        return NeighbourReasons.similarTo(data, rows, history, item);
    }

    /**
     * Fits B over the user×item matrix of {@code data}: binary, or with each pair's interaction weight when
     * {@code params} says {@code weighted=true}.
     */
    static SparseEaseModel fit(InteractionMatrix data, double lambda, int neighbours, Map<String, String> params) {
        boolean weighted = Boolean.parseBoolean(params.getOrDefault("weighted", "false"));
        long t0 = System.nanoTime();
        int n = data.numItems();
        Csr x = data.byUser();
        Csr xt = x.transpose();
        // full sparse Gram matrix (co-occurrence counts), diagonal included
        Csr gram = SparseRows.build(n, n, 0, SparseRows.threads(), (i, acc, touched) -> {
            for (int q = xt.ptr()[i]; q < xt.ptr()[i + 1]; q++) {
                int u = xt.cols()[q];
                float wi = weighted ? xt.vals()[q] : 1f;
                for (int p = x.ptr()[u]; p < x.ptr()[u + 1]; p++) {
                    int j = x.cols()[p];
                    acc[j] += weighted ? wi * x.vals()[p] : 1f;
                    touched.add(j);
                }
            }
        }, (i, j, raw) -> raw);
        int[][] colItems = new int[n][];
        float[][] colVals = new float[n][];
        int threads = SparseRows.threads();
        ChunkedTasks.run("livesell-fit", threads, threads * 16, (chunk, chunks) -> {
            int[] pos = new int[n];
            Arrays.fill(pos, -1);
            for (int j = chunk; j < n; j += chunks) {
                solveColumn(gram, j, lambda, neighbours, pos, colItems, colVals);
            }
        });
        // column-major (row = predicted item j) → transpose to row = source item i
        Csr b = SparseRows.assemble(n, n, colItems, colVals).transpose();
        LOG.info("sparse EASE fitted: {} items, {} neighbours, lambda={}, {} weights, {} s", n, neighbours, lambda,
                b.nonZeros(), String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        return new SparseEaseModel(data, params, b, 1.0);
    }

    private static void solveColumn(Csr gram, int j, double lambda, int neighbours, int[] pos, int[][] colItems, float[][] colVals) {
        int s = gram.ptr()[j];
        int e = gram.ptr()[j + 1];
        int cand = 0;
        int[] items = new int[e - s];
        float[] counts = new float[e - s];
        for (int q = s; q < e; q++) {
            if (gram.cols()[q] != j) {
                items[cand] = gram.cols()[q];
                counts[cand] = gram.vals()[q];
                cand++;
            }
        }
        int[] nb;
        if (cand > neighbours) {
            int[] top = dev.livesell.recommend.TopK.select(Arrays.copyOf(counts, cand), neighbours, null);
            nb = new int[neighbours];
            for (int k = 0; k < neighbours; k++) {
                nb[k] = items[top[k]];
            }
        } else {
            nb = Arrays.copyOf(items, cand);
        }
        Arrays.sort(nb);
        int m = nb.length;
        if (m == 0) {
            colItems[j] = new int[0];
            colVals[j] = new float[0];
            return;
        }
        for (int k = 0; k < m; k++) {
            pos[nb[k]] = k;
        }
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        for (int k = 0; k < m; k++) {
            int i = nb[k];
            for (int q = gram.ptr()[i]; q < gram.ptr()[i + 1]; q++) {
                int c = gram.cols()[q];
                int pc = pos[c];
                if (pc >= 0) {
                    a.data[k * m + pc] = gram.vals()[q];
                } else if (c == j) {
                    rhs.data[k] = gram.vals()[q];
                }
            }
            a.data[k * m + k] += lambda;
        }
        for (int k = 0; k < m; k++) {
            pos[nb[k]] = -1;
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(m);
        DMatrixRMaj sol = new DMatrixRMaj(m, 1);
        if (!solver.setA(a)) {
            throw new IllegalStateException("sparse EASE: neighbour system of item " + j + " is not positive definite");
        }
        solver.solve(rhs, sol);
        float[] v = new float[m];
        for (int k = 0; k < m; k++) {
            v[k] = (float) sol.data[k];
        }
        colItems[j] = nb;
        colVals[j] = v;
    }
}
