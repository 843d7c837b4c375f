package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Trains the fraud head end to end: reads labelled data ({@link TrainingSetReader}), holds out a
 * stratified dev split (seeded), embeds with a {@link TextEmbedder}, trains a {@link ClassifierHead}
 * ({@link HeadTrainer}), chooses thresholds on the dev split, and writes {@code head.json},
 * {@code head.onnx}, {@code manifest.json} and {@code DATA_CARD.md}.
 *
 * <p>Example: {@code TrainingResult r = FraudModelTrainer.builder().seed(42).build().train(List.of(tsv), outDir);}
 *
 * <p>Immutable; {@link #train} may be called from one thread at a time per output directory.
 */
public final class FraudModelTrainer {
    private final long seed;
    private final double devFraction;
    private final HeadTrainer headTrainer;
    private final TextEmbedder embedder;
    private final Predicate<String> rules;

    private FraudModelTrainer(Builder b) {
        this.rules = b.rules;
        this.seed = b.seed;
        this.devFraction = b.devFraction;
        this.headTrainer = b.headTrainer != null ? b.headTrainer : HeadTrainer.builder().seed(b.seed).build();
        this.embedder = b.embedder != null ? b.embedder : TextEmbedder.bgeSmallZh();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What a training run produced. */
    /**
     * What a training run produced: {@code devModel} is the model alone at its own best threshold,
     * {@code devCascade} the rules + model decision at the manifest's review threshold.
     */
    public record TrainingResult(ModelManifest manifest, BinaryMetrics devModel, BinaryMetrics devCascade,
                                 Map<String, BinaryMetrics> devByCategory, int trainRows, int devRows, Path out) {
    }

    public TrainingResult train(List<Path> dataFiles, Path out) {
        if (dataFiles.isEmpty()) {
            throw new InvalidValueException("data", "needs at least one file", dataFiles);
        }
        TrainingSetReader reader = new TrainingSetReader();
        List<ModelManifest.DataFile> provenance = new ArrayList<>();
        Map<String, LabelledText> byText = new LinkedHashMap<>();
        for (Path f : dataFiles) {
            List<LabelledText> rows = reader.read(f);
            provenance.add(new ModelManifest.DataFile(f.getFileName().toString(), rows.size(), sha256(f)));
            for (LabelledText r : rows) {
                byText.putIfAbsent(r.text(), r);
            }
        }
        List<LabelledText> all = new ArrayList<>(byText.values());
        // Stratified group split: shuffle each label's groups with the seed, hold out devFraction of them.
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> dev = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (boolean label : new boolean[]{true, false}) {
            Map<String, List<LabelledText>> groups = new LinkedHashMap<>();
            for (LabelledText r : all) {
                if (r.violation() == label) {
                    groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
                }
            }
            List<List<LabelledText>> group = new ArrayList<>(groups.values());
            for (int i = group.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                List<LabelledText> t = group.get(i);
                group.set(i, group.get(j));
                group.set(j, t);
            }
            int nDev = (int) Math.round(group.size() * devFraction);
            group.subList(0, nDev).forEach(dev::addAll);
            group.subList(nDev, group.size()).forEach(train::addAll);
        }
        List<String> labels = FraudLabels.ALL;
        float[][] xTrain = embedder.embedAll(train.stream().map(LabelledText::text).toList());
        float[][] xDev = embedder.embedAll(dev.stream().map(LabelledText::text).toList());
        float[][] y = new float[train.size()][labels.size()];
        boolean[][] known = new boolean[train.size()][labels.size()];
        for (int i = 0; i < train.size(); i++) {
            LabelledText r = train.get(i);
            y[i][0] = r.violation() ? 1 : 0;
            known[i][0] = true;
            for (int c = 1; c < labels.size(); c++) {
                known[i][c] = r.categoriesKnown();
                y[i][c] = r.categories().contains(labels.get(c)) ? 1 : 0;
            }
        }
        ClassifierHead head = headTrainer.train(labels, xTrain, y, known);

        double[][] devScores = new double[dev.size()][];
        for (int i = 0; i < dev.size(); i++) {
            devScores[i] = head.scores(xDev[i]);
        }
        boolean[] truth = new boolean[dev.size()];
        double[] pViolation = new double[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            truth[i] = dev.get(i).violation();
            pViolation[i] = devScores[i][0];
        }
        // Thresholds are chosen for the cascade: a row the rules flag is a violation whatever the model says,
        // so the model's cut-off is tuned on what it adds (and costs) beyond the rules.
        double[] cascade = new double[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            cascade[i] = rules != null && rules.test(dev.get(i).text()) ? 1.0 : pViolation[i];
        }
        double review = bestThreshold(truth, cascade);
        double violation = Math.max(review, precisionThreshold(truth, cascade, 0.97, review));
        Map<String, Double> catThresholds = new TreeMap<>();
        Map<String, BinaryMetrics> byCategory = new LinkedHashMap<>();
        for (int c = 1; c < labels.size(); c++) {
            String id = labels.get(c);
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                if (dev.get(i).categoriesKnown()) {
                    rows.add(i);
                }
            }
            boolean[] t = new boolean[rows.size()];
            double[] s = new double[rows.size()];
            for (int j = 0; j < rows.size(); j++) {
                t[j] = dev.get(rows.get(j)).categories().contains(id);
                s[j] = devScores[rows.get(j)][c];
            }
            double th = anyTrue(t) ? bestThreshold(t, s) : 0.5;
            catThresholds.put(id, th);
            byCategory.put(id, BinaryMetrics.of(t, s, th));
        }
        BinaryMetrics devMetrics = BinaryMetrics.of(truth, pViolation, bestThreshold(truth, pViolation));
        BinaryMetrics devCascade = BinaryMetrics.of(truth, cascade, review);

        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("dev_model_only", devMetrics.asMap());
        metrics.put("dev_cascade", devCascade.asMap());
        metrics.put("dev_cascade_at_violation_threshold", BinaryMetrics.of(truth, cascade, violation).asMap());
        for (var e : byCategory.entrySet()) {
            metrics.put("dev_category_" + e.getKey(), Map.of("f1", e.getValue().f1(), "precision",
                    e.getValue().precision(), "recall", e.getValue().recall(), "support", (double) (e.getValue().tp() + e.getValue().fn())));
        }
        byte[] onnx = OnnxHeadExporter.toOnnx(head);
        String headHash = Sha256.hex(onnx).substring(0, 8);
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, ModelManifest.FORMAT_VERSION,
                "fraud-head-1." + headHash, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                TextEmbedder.BGE_SMALL_ZH_ID,
                "NFKC+casefold, Traditional-Simplified (ICU), zero-width and inter-CJK separators removed",
                labels, new ModelManifest.Artefact(ModelBundle.HEAD, ""),
                Optional.of(new ModelManifest.Artefact(ModelBundle.ONNX, Sha256.hex(onnx))),
                new ModelManifest.Thresholds(review, violation, catThresholds),
                new ModelManifest.Training(seed, headTrainer.describe(), provenance, train.size(), dev.size(), devFraction),
                metrics);
        try {
            Files.createDirectories(out);
            Files.write(out.resolve(ModelBundle.ONNX), onnx);
            ModelManifest written = ModelBundle.save(out, manifest, head);
            Files.writeString(out.resolve("DATA_CARD.md"), dataCard(written, all, train, dev, devMetrics, devCascade, byCategory),
                    StandardCharsets.UTF_8);
            return new TrainingResult(written, devMetrics, devCascade, byCategory, train.size(), dev.size(), out);
        } catch (IOException e) {
            throw new LivesellException("cannot write model to " + out + ": " + e.getMessage(), e);
        }
    }

    private static boolean anyTrue(boolean[] t) {
        for (boolean b : t) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Threshold in [0.05, 0.95] maximising macro-F1 (ties: the one closest to 0.5). */
    static double bestThreshold(boolean[] truth, double[] score) {
        double best = 0.5;
        double bestF = -1;
        for (int i = 5; i <= 95; i++) {
            double t = i / 100.0;
            double f = BinaryMetrics.of(truth, score, t).macroF1();
            if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
                bestF = f;
                best = t;
            }
        }
        return best;
    }

    /** Lowest threshold ≥ floor whose precision reaches the target, or 0.9 if none does. */
    static double precisionThreshold(boolean[] truth, double[] score, double target, double floor) {
        for (int i = (int) Math.ceil(floor * 100); i <= 95; i++) {
            BinaryMetrics m = BinaryMetrics.of(truth, score, i / 100.0);
            if (m.tp() > 0 && m.precision() >= target) {
                return i / 100.0;
            }
        }
        return Math.max(floor, 0.9);
    }

    private static String sha256(Path f) {
        try {
            return Sha256.hex(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new LivesellException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private String dataCard(ModelManifest m, List<LabelledText> all, List<LabelledText> train, List<LabelledText> dev,
                            BinaryMetrics devMetrics, BinaryMetrics devCascade, Map<String, BinaryMetrics> byCategory) {
        StringBuilder b = new StringBuilder();
        b.append("# Data card: ").append(m.modelVersion()).append("\n\n");
        b.append("Created ").append(m.createdAt()).append(" by `livesell fraud train` (seed ").append(seed)
                .append(", ").append(headTrainer.describe()).append(").\n\n");
        b.append("## Sources\n\n| file | rows read | sha256 |\n|---|---|---|\n");
        for (ModelManifest.DataFile f : m.training().data()) {
            b.append("| ").append(f.file()).append(" | ").append(f.rows()).append(" | `").append(f.sha256()).append("` |\n");
        }
        long v = all.stream().filter(LabelledText::violation).count();
        b.append("\nAfter de-duplication: ").append(all.size()).append(" rows (").append(v).append(" violation, ")
                .append(all.size() - v).append(" compliant); train ").append(train.size()).append(", dev ")
                .append(dev.size()).append(" (stratified, ").append(Math.round(devFraction * 100)).append("%).\n\n");
        b.append("## Categories (rows with known categories)\n\n| category | rows |\n|---|---|\n");
        for (String c : FraudLabels.CATEGORY_IDS) {
            b.append("| ").append(c).append(" | ").append(all.stream().filter(r -> r.categories().contains(c)).count()).append(" |\n");
        }
        b.append("| (violation, category unknown) | ")
                .append(all.stream().filter(r -> r.violation() && !r.categoriesKnown()).count()).append(" |\n");
        b.append("\n## Dev metrics\n\nModel alone (its best threshold): `").append(devMetrics.line())
                .append("`\n\nRules + model (review threshold ").append(m.thresholds().review()).append("): `")
                .append(devCascade.line()).append("`\n\n| category | threshold | precision | recall | f1 |\n|---|---|---|---|---|\n");
        for (var e : byCategory.entrySet()) {
            b.append(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %.3f |%n", e.getKey(),
                    m.thresholds().category(e.getKey()), e.getValue().precision(), e.getValue().recall(), e.getValue().f1()));
        }
        b.append("\n## Intended use and limits\n\nScores seller text (live-stream lines, titles, replies) for false or ")
                .append("illegal advertising per TAXONOMY.md, as the MODEL stage of the fraud-detector cascade. ")
                .append("Text only: `fact_contradiction` needs the product facts and is left to the rules' fact stage. ")
                .append("The dev split comes from the same sources as training, so it overstates accuracy on unseen ")
                .append("text; evaluation sets (fraud-detector/data/dev.tsv, holdout.tsv, tw-example-phrases.tsv) are ")
                .append("never used for training or threshold choice.\n");
        return b.toString();
    }

    /** Settings for a training run. */
    public static final class Builder {
        private long seed = 42;
        private double devFraction = 0.15;
        private HeadTrainer headTrainer;
        private TextEmbedder embedder;
        private Predicate<String> rules;

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder devFraction(double devFraction) {
            if (!(devFraction > 0 && devFraction < 0.5)) {
                throw new InvalidValueException("devFraction", "must be in (0, 0.5)", devFraction);
            }
            this.devFraction = devFraction;
            return this;
        }

        /** The head trainer; default: {@code HeadTrainer.builder().seed(seed)}. */
        public Builder headTrainer(HeadTrainer headTrainer) {
            this.headTrainer = Objects.requireNonNull(headTrainer, "headTrainer");
            return this;
        }

        /**
         * The rules stage used when choosing thresholds (true = the rules flag the text); default: none,
         * so thresholds are chosen for the model alone. The training command passes
         * {@code FalseAdDetector.rulesOnly()}.
         */
        public Builder rules(Predicate<String> rules) {
            this.rules = rules;
            return this;
        }

        /** The embedder; default: {@link TextEmbedder#bgeSmallZh()}. */
        public Builder embedder(TextEmbedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        public FraudModelTrainer build() {
            return new FraudModelTrainer(this);
        }
    }
}
