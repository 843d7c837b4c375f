package dev.livesell.examples.fraud.model;

import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.model.BinaryMetrics;
import dev.livesell.fraud.model.FraudModelTrainer;
import dev.livesell.fraud.model.HeadTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code livesell fraud train --data A.tsv[,B.tsv...] --out DIR [--seed N]}: trains the fraud head on
 * bge-small-zh embeddings, writes head.json, head.onnx, manifest.json and DATA_CARD.md, and prints the
 * dev-split metrics (the dev split is held out of the training data; the model's cut-offs are chosen on it by
 * running the detector's own cascade, {@link FalseAdDetector} with the built-in rules plus the model, precision
 * first).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the fraud model head and write head, manifest and data card; prints dev metrics.")
public final class FraudTrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, split = ",",
            description = "Training TSVs: text+label[+category], penalized-ads (quoted_claims) or term lists (term+category).")
    List<Path> data;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the split and training (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hidden", defaultValue = "128", description = "Hidden width; 0 = logistic regression (default ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--epochs", defaultValue = "20", description = "Training epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", defaultValue = "1e-3", description = "L2 weight decay (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--compliant-weight", defaultValue = "2.0",
            description = "Loss weight of compliant rows; > 1 makes false positives costlier (default ${DEFAULT-VALUE}).")
    double compliantWeight;

    @Option(names = "--precision-target", defaultValue = "1.0",
            description = "Cascade precision the review cut-off must keep on the dev split, capped by the rules' own "
                    + "(default ${DEFAULT-VALUE}: never less precise than the rules alone).")
    double precisionTarget;

    @Option(names = "--dev-fraction", defaultValue = "0.15", description = "Share held out as dev split (default ${DEFAULT-VALUE}).")
    double devFraction;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        FraudModelTrainer.TrainingResult r = FraudModelTrainer.builder()
                .seed(seed)
                .devFraction(devFraction)
                .headTrainer(HeadTrainer.builder().seed(seed).hidden(hidden).epochs(epochs).l2(l2)
                        .compliantWeight(compliantWeight).build())
                .precisionTarget(precisionTarget)
                .cascade(FalseAdDetector::builder)
                .build()
                .train(data, out);
        o.printf(Locale.ROOT, "model %s trained on %d rows, dev %d rows (%.1f s)%n", r.manifest().modelVersion(),
                r.trainRows(), r.devRows(), (System.nanoTime() - t0) / 1e9);
        o.printf(Locale.ROOT, "thresholds: review=%.2f violation=%.2f%n", r.manifest().thresholds().review(),
                r.manifest().thresholds().violation());
        o.printf(Locale.ROOT, "%-20s %9s %9s %9s %7s %7s%n", "category", "threshold", "precision", "recall", "f1", "support");
        for (Map.Entry<String, BinaryMetrics> e : r.devByCategory().entrySet()) {
            BinaryMetrics m = e.getValue();
            o.printf(Locale.ROOT, "%-20s %9.2f %9.4f %9.4f %7.4f %7d%n", e.getKey(),
                    r.manifest().thresholds().category(e.getKey()), m.precision(), m.recall(), m.f1(), m.tp() + m.fn());
        }
        o.println("wrote " + out.resolve("manifest.json") + ", head.json, head.onnx, DATA_CARD.md");
        o.println("dev model only:  " + r.devModel().line());
        o.println("dev rules only:  " + r.devRules().line());
        o.println("dev rules+model: " + r.devCascade().line());
        o.flush();
        return 0;
    }
}
