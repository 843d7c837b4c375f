package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorScanTest {
    @ParameterizedTest
    @CsvSource({"1,57", "3,57", "4,57", "7,57", "20,57", "32,57", "33,57", "20,8249", "32,4096", "5,4097"})
    void everyItemGetsItsDotProductAcrossBlocks(int f, int n) {
        Random r = new Random(f * 31L + n);
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
        FactorScan scan = FactorScan.ofRows(rows, f, n);
        scan.scoreAll(x, null, out);
        float[] scale = new float[n];
        float[] scaled = new float[n];
        for (int j = 0; j < n; j++) {
            scale[j] = (j % 41) - 20;
        }
        scan.scoreAll(x, scale, scaled);
        for (int j = 0; j < n; j++) {
            double want = 0;
            for (int d = 0; d < f; d++) {
                want += (double) x[d] * rows[j * f + d];
            }
            assertEquals(want, out[j], 1e-4 * (1 + Math.abs(want)), "item " + j);
            assertEquals(want * scale[j], scaled[j], 1e-4 * (1 + Math.abs(want * scale[j])), "scaled item " + j);
        }
        assertEquals(42f, out[n], "nothing past n is written");
    }

    @Test
    void rowsShorterThanFactorsTimesItemsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FactorScan.ofRows(new float[10], 4, 3));
    }
}
