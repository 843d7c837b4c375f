package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.FalseAdModel;
import dev.livesell.fraud.Label;
import dev.livesell.fraud.ModelPrediction;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.ViolationCategory;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
import java.util.function.Supplier;

/**
 * Trains the fraud head end to end: reads labelled data ({@link TrainingSetReader}), holds out a
 * stratified dev split (seeded), embeds with a {@link TextEmbedder}, trains a {@link ClassifierHead}
 * ({@link HeadTrainer}), chooses the model's cut-offs on the dev split by running the detector's own cascade
 * ({@link FalseAdDetector} with the model, precision first), and writes {@code head.json},
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
    private final Supplier<FalseAdDetector.Builder> cascade;
    private final double precisionTarget;
    private final double violationPrecision;

    private FraudModelTrainer(Builder b) {
        this.cascade = b.cascade;
        this.precisionTarget = b.precisionTarget;
        this.violationPrecision = b.violationPrecision;
        this.seed = b.seed;
        this.devFraction = b.devFraction;
        this.headTrainer = b.headTrainer != null ? b.headTrainer
                : HeadTrainer.builder().seed(b.seed).l2(1e-3).epochs(20).compliantWeight(2).build();
        this.embedder = b.embedder != null ? b.embedder : TextEmbedder.bgeSmallZh();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What a training run produced, measured on the dev split: {@code devModel} is the model alone at its own
     * best threshold, {@code devRules} the detector without the model, {@code devCascade} the detector with the
     * model at the manifest's thresholds (REVIEW counts as violation, as in {@code check --eval}).
     */
    public record TrainingResult(ModelManifest manifest, BinaryMetrics devModel, BinaryMetrics devRules, BinaryMetrics devCascade,
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
        // Thresholds are chosen by running the detector's own cascade (FalseAdDetector with this model's dev
        // predictions) on the dev split, so what is chosen here is exactly what `check` will do.
        CascadeChoice choice = chooseCascadeThresholds(dev, labels, devScores, catThresholds);
        double review = choice.review();
        double violation = choice.violation();
        BinaryMetrics devMetrics = BinaryMetrics.of(truth, pViolation, bestThreshold(truth, pViolation));
        BinaryMetrics devCascade = choice.cascade();
        BinaryMetrics devRules = choice.rules();

        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("dev_model_only", devMetrics.asMap());
        metrics.put("dev_rules_only", devRules.asMap());
        metrics.put("dev_cascade", devCascade.asMap());
        metrics.put("dev_cascade_violation_label", choice.violationLabel().asMap());
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
                new ModelManifest.Training(seed, settings(), provenance, train.size(), dev.size(), devFraction),
                metrics);
        try {
            Files.createDirectories(out);
            Files.write(out.resolve(ModelBundle.ONNX), onnx);
            ModelManifest written = ModelBundle.save(out, manifest, head);
            Files.writeString(out.resolve("DATA_CARD.md"), dataCard(written, all, train, dev, devMetrics, devRules, devCascade, byCategory),
                    StandardCharsets.UTF_8);
            return new TrainingResult(written, devMetrics, devRules, devCascade, byCategory, train.size(), dev.size(), out);
        } catch (IOException e) {
            throw new LivesellException("cannot write model to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Head-trainer and threshold-choice settings, for the manifest and data card. */
    private String settings() {
        return headTrainer.describe() + " precisionTarget=" + precisionTarget + " violationPrecision=" + violationPrecision;
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

    /** The cascade thresholds chosen on the dev split and the dev metrics of the detector with and without the model. */
    record CascadeChoice(double review, double violation, BinaryMetrics rules, BinaryMetrics cascade,
                         BinaryMetrics violationLabel) {
    }

    /**
     * Chooses the model's cut-offs by running {@link FalseAdDetector} (built by the cascade supplier, with the
     * model's dev predictions) on the dev split. Review cut-off: precision first — among cut-offs whose cascade
     * precision reaches min(precision target, the rules' own precision), the one with the best macro-F1 (ties:
     * the higher cut-off); if none does, the one with the best precision. Violation cut-off: the lowest at or
     * above it whose VIOLATION labels reach the violation-precision target (else 0.99).
     */
    CascadeChoice chooseCascadeThresholds(List<LabelledText> dev, List<String> labels, double[][] devScores,
                                          Map<String, Double> catThresholds) {
        Map<String, ModelPrediction> predictions = new HashMap<>();
        List<Claim> claims = new ArrayList<>(dev.size());
        boolean[] truth = new boolean[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            predictions.put(dev.get(i).text(), Predictions.of(ModelScores.of(labels, devScores[i])));
            claims.add(Claim.of(dev.get(i).text()));
            truth[i] = dev.get(i).violation();
        }
        Map<ViolationCategory, Double> cats = new EnumMap<>(ViolationCategory.class);
        catThresholds.forEach((id, t) -> cats.put(ViolationCategory.parse(id), t));
        BinaryMetrics rules = metrics(truth, cascade.get().stages(EnumSet.of(Stage.RULES, Stage.FACTS)).build()
                .checkAll(claims), false);
        // One detector, built once: the dev predictions are rescaled per candidate so that the candidate cut-offs
        // land on the detector's fixed ones (labels are identical to a detector built with the candidate cut-offs).
        RescaledPredictions model = new RescaledPredictions(predictions);
        FalseAdDetector detector = cascade.get().model(model)
                .modelThresholds(new FalseAdModel.Thresholds(RescaledPredictions.REVIEW, RescaledPredictions.VIOLATION, cats))
                .build();
        double floor = Math.min(precisionTarget, rules.precision());
        double review = -1;
        BinaryMetrics best = null;
        double fallback = 0.99;
        BinaryMetrics fallbackMetrics = null;
        for (int i = 5; i <= 99; i++) {
            double r = i / 100.0;
            model.cutOffs(r, 1.0);
            BinaryMetrics m = metrics(truth, detector.checkAll(claims), false);
            if (m.precision() >= floor - 1e-12 && (best == null || m.macroF1() >= best.macroF1() - 1e-12)) {
                best = m;
                review = r;
            }
            if (fallbackMetrics == null || m.precision() >= fallbackMetrics.precision() - 1e-12) {
                fallbackMetrics = m;
                fallback = r;
            }
        }
        if (best == null) {
            review = fallback;
            best = fallbackMetrics;
        }
        double violation = 0.99;
        BinaryMetrics atViolation = null;
        for (int i = (int) Math.round(review * 100); i <= 99 && atViolation == null; i++) {
            model.cutOffs(review, i / 100.0);
            BinaryMetrics m = metrics(truth, detector.checkAll(claims), true);
            if (m.tp() > 0 && m.precision() >= violationPrecision) {
                violation = i / 100.0;
                atViolation = m;
            }
        }
        if (atViolation == null) {
            model.cutOffs(review, violation);
            atViolation = metrics(truth, detector.checkAll(claims), true);
        }
        return new CascadeChoice(review, violation, rules, best, atViolation);
    }

    /** Metrics of verdicts against the truth; {@code violationOnly}: only VIOLATION counts (else REVIEW too). */
    private static BinaryMetrics metrics(boolean[] truth, List<Verdict> verdicts, boolean violationOnly) {
        double[] s = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            Label l = verdicts.get(i).label();
            s[i] = (violationOnly ? l == Label.VIOLATION : l != Label.COMPLIANT) ? 1 : 0;
        }
        return BinaryMetrics.of(truth, s, 0.5);
    }

    /**
     * The head's dev-split predictions as a {@link FalseAdModel} for the threshold search: P(violation) is mapped
     * piecewise linearly so that candidate cut-offs (review, violation) land on {@link #REVIEW} and
     * {@link #VIOLATION}, the cut-offs the search's one detector is built with. Used by one thread at a time.
     */
    private static final class RescaledPredictions implements FalseAdModel {
        static final double REVIEW = 0.5;
        static final double VIOLATION = 0.75;
        private final Map<String, ModelPrediction> byText;
        private double review = REVIEW;
        private double violation = VIOLATION;

        RescaledPredictions(Map<String, ModelPrediction> byText) {
            this.byText = byText;
        }

        void cutOffs(double review, double violation) {
            this.review = review;
            this.violation = violation;
        }

        @Override
        public ModelPrediction predict(String text) {
            ModelPrediction p = byText.get(text);
            if (p == null) {
                throw new InvalidValueException("text", "not in the dev split", text);
            }
            double v = p.violation();
            double mapped = v < review ? REVIEW * v / review
                    : v < violation ? REVIEW + (VIOLATION - REVIEW) * (v - review) / (violation - review)
                    : VIOLATION + (1 - VIOLATION) * (violation >= 1 ? 0 : (v - violation) / (1 - violation));
            return new ModelPrediction(Math.min(1, Math.max(0, mapped)), p.categories());
        }

        @Override
        public String version() {
            return "dev-split";
        }
    }

    private static String sha256(Path f) {
        try {
            return Sha256.hex(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new LivesellException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private String dataCard(ModelManifest m, List<LabelledText> all, List<LabelledText> train, List<LabelledText> dev,
                            BinaryMetrics devMetrics, BinaryMetrics devRules, BinaryMetrics devCascade,
                            Map<String, BinaryMetrics> byCategory) {
        StringBuilder b = new StringBuilder();
        b.append("# Data card: ").append(m.modelVersion()).append("\n\n");
        b.append("Created ").append(m.createdAt()).append(" by `livesell fraud train` (seed ").append(seed)
                .append(", ").append(settings()).append(").\n\n");
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
                .append("`\n\nDetector without the model (rules + facts): `").append(devRules.line())
                .append("`\n\nDetector with the model (the same cascade as `check`; model cut-offs review ")
                .append(m.thresholds().review()).append(", violation ").append(m.thresholds().violation()).append("): `")
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
        private Supplier<FalseAdDetector.Builder> cascade = FalseAdDetector::builder;
        private double precisionTarget = 1.0;
        private double violationPrecision = 0.99;

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

        /** The head trainer; default: {@code HeadTrainer.builder().seed(seed).l2(1e-3).epochs(20).compliantWeight(2)}. */
        public Builder headTrainer(HeadTrainer headTrainer) {
            this.headTrainer = Objects.requireNonNull(headTrainer, "headTrainer");
            return this;
        }

        /**
         * The detector whose cascade the thresholds are chosen for (a fresh builder per call; the trainer adds the
         * model and its thresholds); default {@link FalseAdDetector#builder()}: the built-in rules and facts.
         */
        public Builder cascade(Supplier<FalseAdDetector.Builder> cascade) {
            this.cascade = Objects.requireNonNull(cascade, "cascade");
            return this;
        }

        /** The cascade precision the review cut-off must keep on the dev split (capped by the rules' own); default 1.0: never less precise than the rules alone. */
        public Builder precisionTarget(double precisionTarget) {
            if (!(precisionTarget > 0 && precisionTarget <= 1)) {
                throw new InvalidValueException("precisionTarget", "must be in (0, 1]", precisionTarget);
            }
            this.precisionTarget = precisionTarget;
            return this;
        }

        /** The precision VIOLATION labels must reach on the dev split (sets the violation cut-off); default 0.99. */
        public Builder violationPrecision(double violationPrecision) {
            if (!(violationPrecision > 0 && violationPrecision <= 1)) {
                throw new InvalidValueException("violationPrecision", "must be in (0, 1]", violationPrecision);
            }
            this.violationPrecision = violationPrecision;
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
