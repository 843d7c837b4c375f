package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
    /** y = x0 > 0.5, with a noise feature. */
    private static BoostedTrees trained() {
        Random r = new Random(3);
        List<double[]> rows = new ArrayList<>();
        boolean[] y = new boolean[400];
        for (int i = 0; i < y.length; i++) {
            double x0 = r.nextDouble();
            rows.add(new double[] {x0, r.nextDouble()});
            y[i] = x0 > 0.5;
        }
        return BoostedTrees.train(rows, y, List.of("x0", "noise"), new BoostedTrees.Settings(20, 2, 0.3, 10, 1.0, 16, 1.0, 1));
    }

    @Test
    void learnsAThresholdAndSurvivesAJsonRoundTrip() {
        BoostedTrees t = trained();
        assertTrue(t.logit(new double[] {0.9, 0.5}) > 2, "clearly positive");
        assertTrue(t.logit(new double[] {0.1, 0.5}) < -2, "clearly negative");
        BoostedTrees back = BoostedTrees.fromJson(t.toJson(), "test");
        assertEquals(t.logit(new double[] {0.7, 0.2}), back.logit(new double[] {0.7, 0.2}));
    }

    @Test
    void aTrainedModelCannotBeChangedThroughItsTrees() {
        BoostedTrees t = trained();
        double before = t.logit(new double[] {0.9, 0.5});
        BoostedTrees.Tree first = t.model().trees().get(0);
        first.value()[0] += 100;
        first.left()[0] = 0;
        assertEquals(before, t.logit(new double[] {0.9, 0.5}));
    }

    @Test
    void badSettingsAndEmptyDataNameWhatWasWrong() {
        assertEquals("bins", assertThrows(InvalidValueException.class, () -> new BoostedTrees.Settings(10, 2, 0.1, 5, 0.5, 256, 1, 1)).field());
        assertEquals("bins", assertThrows(InvalidValueException.class, () -> new BoostedTrees.Settings(10, 2, 0.1, 5, 0.5, 1, 1, 1)).field());
        assertEquals("trees", assertThrows(InvalidValueException.class, () -> new BoostedTrees.Settings(0, 2, 0.1, 5, 0.5, 32, 1, 1)).field());
        assertEquals("learningRate", assertThrows(InvalidValueException.class,
                () -> new BoostedTrees.Settings(10, 2, Double.NaN, 5, 0.5, 32, 1, 1)).field());
        assertEquals("subsample", assertThrows(InvalidValueException.class, () -> new BoostedTrees.Settings(10, 2, 0.1, 5, 0, 32, 1, 1)).field());
        assertEquals("rows", assertThrows(InvalidValueException.class,
                () -> BoostedTrees.train(List.of(), new boolean[0], List.of("x"), BoostedTrees.Settings.defaults())).field());
    }

    @Test
    void topKOfEverythingAllocatesOnlyTheCatalogue() {
        float[] scores = {0.5f, 2f, 1f};
        int[] all = TopK.select(scores, Integer.MAX_VALUE, null);
        assertEquals(List.of(1, 2, 0), java.util.Arrays.stream(all).boxed().toList());
    }
}
