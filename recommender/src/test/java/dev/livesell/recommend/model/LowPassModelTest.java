package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

class LowPassModelTest {

    /** {@code users} users, each taking {@code perUser} distinct random items of {@code items}. */
    private static InteractionMatrix random(int users, int items, int perUser, long seed) {
        Random r = new Random(seed);
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int i = 0; i < items; i++) {
            b.addItem("i" + i);
        }
        for (int u = 0; u < users; u++) {
            int[] pick = r.ints(0, items).distinct().limit(perUser).toArray();
            for (int s = 0; s < pick.length; s++) {
                b.add("u" + u, "i" + pick[s], s, 1f, InteractionType.VIEW);
            }
        }
        return b.build();
    }

    /**
     * The top eigenvector of the normalized gram is {@code D^½·1} (eigenvalue 1) on a connected graph, so a
     * one-vector filter scores item j as {@code |history| · d_j / Σ d}: popularity, computable by hand.
     */
    @Test
    void tinyAndRankDeficientLogsStillFit() {
        // 3 viewers: the gram has rank at most 3, below the sketch size, for a 4-item and a 200-item catalogue
        for (int items : new int[] {4, 200}) {
            InteractionMatrix.Builder b = InteractionMatrix.builder();
            for (int u = 0; u < 3; u++) {
                for (int i = u; i < items; i += 3) {
                    b.add("u" + u, "i" + i, i, 1f, InteractionType.VIEW);
                }
                b.add("u" + u, "i" + ((u + 1) % items), items, 1f, InteractionType.VIEW);
            }
            InteractionMatrix data = b.build();
            Recommender m = Recommenders.lowPass().fit(data);
            float[] out = new float[data.numItems()];
            m.score(data.history(0), out);
            for (float v : out) {
                assertTrue(Float.isFinite(v), "items " + items + ": " + Arrays.toString(out));
            }
            assertTrue(out[data.items().indexOf("i1")] > 0, "a co-viewed item scores: " + items);
        }
    }

    @Test
    void oneEigenvectorOnAConnectedGraphIsPopularity() {
        InteractionMatrix data = random(60, 20, 6, 3);
        Recommender m = LowPassModel.trainer().factors(1).iterations(30).fit(data);
        Csr x = data.byUser();
        int[] degree = new int[data.numItems()];
        for (int p = 0; p < x.nonZeros(); p++) {
            degree[x.cols()[p]]++;
        }
        History h = data.history(5);
        float[] got = new float[data.numItems()];
        m.score(h, got);
        for (int j = 0; j < got.length; j++) {
            double expected = 6.0 * degree[j] / x.nonZeros();
            assertEquals(expected, got[j], 1e-4, "item " + j);
        }
    }

    @Test
    void scoresMatchADenseEigenDecompositionOfTheNormalizedGram() {
        InteractionMatrix data = random(80, 40, 7, 5);
        double beta = 0.3;
        int k = 6;
        Recommender m = LowPassModel.trainer().factors(k).itemPower(beta).fit(data);
        double[][] expected = denseFilterScores(data, beta, k, new int[] {0, 1, 2});
        for (int u = 0; u < 3; u++) {
            float[] got = new float[data.numItems()];
            m.score(data.history(u), got);
            for (int j = 0; j < got.length; j++) {
                assertEquals(expected[u][j], got[j], 1e-4, "user " + u + " item " + j);
            }
        }
    }

    /** With fewer subspace columns than items, subspace iteration converges to the same filter. */
    @Test
    void subspaceIterationConvergesOnALargerCatalogue() {
        InteractionMatrix data = random(400, 240, 12, 9);
        int k = 4;
        assertTrue(k + LowPassModel.OVERSAMPLE < data.numItems());
        Recommender m = LowPassModel.trainer().factors(k).iterations(40).fit(data);
        double[][] expected = denseFilterScores(data, 0.5, k, new int[] {7});
        float[] got = new float[data.numItems()];
        m.score(data.history(7), got);
        for (int j = 0; j < got.length; j++) {
            assertEquals(expected[0][j], got[j], 1e-3 * Math.max(1, Math.abs(expected[0][j])), "item " + j);
        }
    }

    @Test
    void sameSeedSameModelAndRecencyViewShiftsWeight() {
        InteractionMatrix data = random(100, 60, 8, 1);
        LowPassModel a = (LowPassModel) LowPassModel.trainer().factors(8).fit(data);
        LowPassModel b = (LowPassModel) LowPassModel.trainer().factors(8).fit(data);
        assertTrue(Arrays.equals(a.vectors(), b.vectors()));
        Recommender recent = a.withHistoryDecay(0.3);
        assertEquals("0.3", recent.params().get("decay"));
        float[] s1 = new float[data.numItems()];
        float[] s2 = new float[data.numItems()];
        a.score(data.history(0), s1);
        recent.score(data.history(0), s2);
        assertNotEquals(Arrays.toString(s1), Arrays.toString(s2));
    }

    @Test
    void factorsAreCappedAtAQuarterOfTheCatalogue() {
        InteractionMatrix data = random(50, 20, 5, 2);
        LowPassModel m = (LowPassModel) LowPassModel.trainer().fit(data);
        assertEquals(5, m.factors());
        assertEquals(20 * 5, m.vectors().length);
    }

    @Test
    void badParametersAreRejectedByName() {
        assertThrows(InvalidValueException.class, () -> LowPassModel.trainer().factors(0));
        assertThrows(InvalidValueException.class, () -> LowPassModel.trainer().itemPower(1.5));
        assertThrows(InvalidValueException.class, () -> LowPassModel.trainer().iterations(0));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Recommenders.byName("lowpass", Map.of("factor", "3")));
        assertTrue(e.getMessage().contains("factor"), e.getMessage());
        assertEquals("64", Recommenders.byName("lowpass", Map.of("factors", "64")).params().get("factors"));
    }

    /** Scores of the filter computed the slow way: P formed densely, all eigenvectors, the top k kept. */
    private static double[][] denseFilterScores(InteractionMatrix data, double beta, int k, int[] users) {
        Csr x = data.byUser();
        int n = data.numItems();
        double[] d = new double[n];
        for (int p = 0; p < x.nonZeros(); p++) {
            d[x.cols()[p]]++;
        }
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        for (int u = 0; u < x.rows(); u++) {
            int len = x.rowLength(u);
            for (int a = x.ptr()[u]; a < x.ptr()[u + 1]; a++) {
                for (int b = x.ptr()[u]; b < x.ptr()[u + 1]; b++) {
                    int i = x.cols()[a];
                    int j = x.cols()[b];
                    gram.add(i, j, Math.pow(d[i], -beta) * Math.pow(d[j], -beta) / len);
                }
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        assertTrue(eig.decompose(gram));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).getReal(), eig.getEigenvalue(a).getReal()));
        double[][] out = new double[users.length][n];
        for (int t = 0; t < users.length; t++) {
            History h = data.history(users[t]);
            boolean[] in = new boolean[n];
            for (int e = 0; e < h.size(); e++) {
                in[h.item(e)] = true;
            }
            for (int c = 0; c < k; c++) {
                DMatrixRMaj v = eig.getEigenVector(order[c]);
                double proj = 0;
                for (int i = 0; i < n; i++) {
                    proj += in[i] ? Math.pow(d[i], -beta) * v.get(i, 0) : 0;
                }
                for (int j = 0; j < n; j++) {
                    out[t][j] += proj * v.get(j, 0) * Math.pow(d[j], beta);
                }
            }
        }
        return out;
    }
}
