package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorScanTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 7, 20, 32, 33})
    void everyRowGetsItsDotProductIncludingTheTailFactors(int f) {
        Random r = new Random(f);
        int n = 57;
        float[] x = new float[f];
        float[] rows = new float[n * f];
        for (int d = 0; d < f; d++) {
            x[d] = (float) r.nextGaussian();
        }
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) r.nextGaussian();
        }
        float[] out = new float[n + 1];
        out[n] = 42f;
        FactorScan.dotAll(x, rows, f, n, null, out);
        float[] scale = new float[n];
        float[] scaled = new float[n];
        for (int j = 0; j < n; j++) {
            scale[j] = j - 20;
        }
        FactorScan.dotAll(x, rows, f, n, scale, scaled);
        for (int j = 0; j < n; j++) {
            double want = 0;
            for (int d = 0; d < f; d++) {
                want += (double) x[d] * rows[j * f + d];
            }
            assertEquals(want, out[j], 1e-4 * (1 + Math.abs(want)), "row " + j);
            assertEquals(want * (j - 20), scaled[j], 1e-4 * (1 + Math.abs(want * (j - 20))), "scaled row " + j);
        }
        assertEquals(42f, out[n], "nothing past n is written");
    }
}
