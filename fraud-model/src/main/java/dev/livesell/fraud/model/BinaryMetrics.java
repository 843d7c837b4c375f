package dev.livesell.fraud.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accuracy, macro-F1 (mean F1 of the two classes), precision and recall of the violation class.
 * Same definitions as {@code livesell check --eval}. Immutable.
 */
public record BinaryMetrics(int tp, int fp, int tn, int fn) {
    public static BinaryMetrics of(boolean[] truth, double[] score, double threshold) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean p = score[i] >= threshold;
            if (p && truth[i]) tp++;
            else if (p) fp++;
            else if (truth[i]) fn++;
            else tn++;
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    public int n() {
        return tp + fp + tn + fn;
    }

    public double accuracy() {
        return n() == 0 ? 0 : (double) (tp + tn) / n();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return f1(tp, fp, fn);
    }

    public double macroF1() {
        return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
    }

    private static double f1(int tp, int fp, int fn) {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** {@code accuracy=0.XXXX macro_f1=0.XXXX precision=0.XXXX recall=0.XXXX n=N} */
    public String line() {
        return String.format(java.util.Locale.ROOT, "accuracy=%.4f macro_f1=%.4f precision=%.4f recall=%.4f n=%d",
                accuracy(), macroF1(), precision(), recall(), n());
    }

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy());
        m.put("macro_f1", macroF1());
        m.put("precision", precision());
        m.put("recall", recall());
        m.put("n", (double) n());
        return m;
    }
}
