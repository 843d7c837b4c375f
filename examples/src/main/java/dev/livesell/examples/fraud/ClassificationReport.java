package dev.livesell.examples.fraud;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Binary confusion counts (violation = positive) with per-category recall, printed in the eval contract. */
final class ClassificationReport {
    private int tp;
    private int fp;
    private int tn;
    private int fn;
    private final Map<String, int[]> byCategory = new TreeMap<>(); // category -> {rows, correct}

    void add(boolean actualViolation, boolean predictedViolation, String category) {
        if (actualViolation && predictedViolation) {
            tp++;
        } else if (actualViolation) {
            fn++;
        } else if (predictedViolation) {
            fp++;
        } else {
            tn++;
        }
        String key = actualViolation ? (category == null || category.isBlank() ? "(violation)" : category) : "(compliant)";
        int[] c = byCategory.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (actualViolation == predictedViolation) {
            c[1]++;
        }
    }

    int n() {
        return tp + fp + tn + fn;
    }

    double accuracy() {
        return n() == 0 ? 0 : (double) (tp + tn) / n();
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Macro F1 over the two classes (violation, compliant). */
    double macroF1() {
        double p1 = precision();
        double r1 = recall();
        double f1 = p1 + r1 == 0 ? 0 : 2 * p1 * r1 / (p1 + r1);
        double p0 = tn + fn == 0 ? 0 : (double) tn / (tn + fn);
        double r0 = tn + fp == 0 ? 0 : (double) tn / (tn + fp);
        double f0 = p0 + r0 == 0 ? 0 : 2 * p0 * r0 / (p0 + r0);
        return (f1 + f0) / 2;
    }

    void print(PrintWriter out) {
        out.println("per category (row label -> share judged correctly):");
        out.printf(Locale.ROOT, "  %-22s %6s %8s%n", "category", "rows", "correct");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-22s %6d %8.4f%n", e.getKey(), c[0], c[0] == 0 ? 0 : (double) c[1] / c[0]);
        }
        out.println("confusion matrix (rows = actual, columns = predicted):");
        out.printf(Locale.ROOT, "  %-10s %10s %10s%n", "", "violation", "compliant");
        out.printf(Locale.ROOT, "  %-10s %10d %10d%n", "violation", tp, fn);
        out.printf(Locale.ROOT, "  %-10s %10d %10d%n", "compliant", fp, tn);
        out.println(summaryLine());
    }

    String summaryLine() {
        return String.format(Locale.ROOT, "accuracy=%.4f macro_f1=%.4f precision=%.4f recall=%.4f n=%d",
                accuracy(), macroF1(), precision(), recall(), n());
    }
}
