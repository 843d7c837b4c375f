package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learned fraud stage: text → normalization → bge-small-zh-v1.5 embedding (in-process ONNX) →
 * trained {@link ClassifierHead} → {@link ModelScores}, with the thresholds of its manifest.
 *
 * <p>Example: {@code BgeFraudModel m = BgeFraudModel.shipped(); double p = m.score("用了以后痘痘全没了").violation();}
 *
 * <p>{@link #shipped()} loads the head bundled in this jar lazily, once per JVM, verifying its SHA-256
 * ({@link ModelIntegrityException} on mismatch). Instances are immutable and thread-safe.
 */
public final class BgeFraudModel {
    private static final Object LOCK = new Object();
    private static volatile BgeFraudModel shipped;

    private final ModelBundle bundle;
    private final TextEmbedder embedder;

    public BgeFraudModel(ModelBundle bundle, TextEmbedder embedder) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** The head shipped in this artifact on the bundled bge-small-zh model; created on first call. */
    public static BgeFraudModel shipped() {
        BgeFraudModel m = shipped;
        if (m == null) {
            synchronized (LOCK) {
                m = shipped;
                if (m == null) {
                    m = new BgeFraudModel(ModelBundle.loadShipped(), TextEmbedder.bgeSmallZh());
                    shipped = m;
                }
            }
        }
        return m;
    }

    /** A head trained by {@code livesell fraud train}, from its output directory, on the bundled bge model. */
    public static BgeFraudModel load(Path dir) {
        return new BgeFraudModel(ModelBundle.load(dir), TextEmbedder.bgeSmallZh());
    }

    public ModelScores score(String text) {
        requireText(text);
        return ModelScores.of(bundle.head().labels(), bundle.head().scores(embedder.embed(text)));
    }

    /** Scores many texts; embeddings are computed in batches. */
    public List<ModelScores> scoreAll(List<String> texts) {
        texts.forEach(BgeFraudModel::requireText);
        float[][] x = embedder.embedAll(texts);
        List<ModelScores> out = new ArrayList<>(x.length);
        for (float[] v : x) {
            out.add(ModelScores.of(bundle.head().labels(), bundle.head().scores(v)));
        }
        return out;
    }

    static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank", text);
        }
    }

    public ModelManifest manifest() {
        return bundle.manifest();
    }

    public ModelBundle bundle() {
        return bundle;
    }

    public String version() {
        return bundle.manifest().modelVersion();
    }
}
