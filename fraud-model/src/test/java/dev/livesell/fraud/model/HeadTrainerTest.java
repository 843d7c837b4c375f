package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeadTrainerTest {
    private static final List<String> LABELS = List.of("violation", "medical_claim");

    /** Violation iff x0 > 0; medical_claim iff x1 > 0 and known only for half of the rows. */
    private static Object[] data(int n) {
        SplittableRandom r = new SplittableRandom(11);
        float[][] x = new float[n][6];
        float[][] y = new float[n][2];
        boolean[][] known = new boolean[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = (float) (r.nextDouble() * 2 - 1);
            }
            y[i][0] = x[i][0] > 0 ? 1 : 0;
            y[i][1] = x[i][1] > 0 ? 1 : 0;
            known[i][0] = true;
            known[i][1] = i % 2 == 0;
        }
        return new Object[]{x, y, known};
    }

    private static ClassifierHead train(int hidden, long seed) {
        Object[] d = data(400);
        return HeadTrainer.builder().hidden(hidden).epochs(30).learningRate(0.01).seed(seed).build()
                .train(LABELS, (float[][]) d[0], (float[][]) d[1], (boolean[][]) d[2]);
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        ClassifierHead a = train(8, 5);
        ClassifierHead b = train(8, 5);
        for (int i = 0; i < a.w1().length; i++) {
            assertArrayEquals(a.w1()[i], b.w1()[i]);
        }
        for (int i = 0; i < a.w2().length; i++) {
            assertArrayEquals(a.w2()[i], b.w2()[i]);
        }
        ClassifierHead c = train(8, 6);
        assertFalse(Arrays.equals(a.w2()[0], c.w2()[0]));
    }

    @Test
    void learnsBothOutputsIncludingFromPartlyMaskedLabels() {
        for (int hidden : new int[]{0, 8}) {
            ClassifierHead h = train(hidden, 1);
            float[] pos = {0.8f, 0.8f, 0, 0, 0, 0};
            float[] neg = {-0.8f, -0.8f, 0, 0, 0, 0};
            assertTrue(h.scores(pos)[0] > 0.8 && h.scores(neg)[0] < 0.2, "violation output, hidden=" + hidden);
            assertTrue(h.scores(pos)[1] > 0.8 && h.scores(neg)[1] < 0.2, "category output, hidden=" + hidden);
        }
    }
}
