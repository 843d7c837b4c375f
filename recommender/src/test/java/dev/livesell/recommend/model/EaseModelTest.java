package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.Synthetic;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.InteractionMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EaseModelTest {
    /**
     * The fitted weights equal the closed form B = I - P·diag(1/diag(P)), P = (XᵀX + λI)⁻¹, computed here
     * with EJML's plain row-major inverse; catalogue sizes below, at and across the 64-item block size.
     */
    @ParameterizedTest
    @ValueSource(ints = {30, 64, 150})
    void weightsEqualTheClosedFormOfTheFullInverse(int items) {
        InteractionMatrix data = Synthetic.chains(6 * items, items, 4);
        int n = data.numItems();
        double lambda = 7;
        EaseModel m = assertInstanceOf(EaseModel.class, Recommenders.ease().lambda(lambda).fit(data));
        Csr x = data.byUser();
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int u = 0; u < x.rows(); u++) {
            for (int a = x.ptr()[u]; a < x.ptr()[u + 1]; a++) {
                for (int b = x.ptr()[u]; b < x.ptr()[u + 1]; b++) {
                    g.add(x.cols()[a], x.cols()[b], 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g.add(i, i, lambda);
        }
        DMatrixRMaj p = new DMatrixRMaj(n, n);
        CommonOps_DDRM.invert(g, p);
        float[][] w = m.weightRows();
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double want = i == j ? 0 : -p.get(i, j) / p.get(j, j);
                maxAbs = Math.max(maxAbs, Math.abs(want));
                assertEquals(want, w[i][j], 1e-5 + 1e-4 * Math.abs(want), "B(" + i + ", " + j + ")");
            }
        }
        // the check is not vacuous: items are related, so weights are far from zero
        assertTrue(maxAbs > 0.05, "largest weight " + maxAbs);
    }
}
