package dev.livesell.fraud.model;

import dev.livesell.fraud.FalseAdModel;
import dev.livesell.fraud.ModelPrediction;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The shipped learned stage as a {@link FalseAdModel}: bge-small-zh-v1.5 embeddings plus the trained
 * head ({@link BgeFraudModel}). Plug it into the detector with
 * {@code FalseAdDetector.builder().model(EmbeddingFalseAdModel.shipped()).build()}; the detector then uses the
 * manifest's thresholds ({@link #thresholds()}).
 *
 * <p>Thread-safe; the shipped head is loaded lazily, once, with its checksum verified.
 */
public final class EmbeddingFalseAdModel implements FalseAdModel {
    private final BgeFraudModel model;
    private final FalseAdModel.Thresholds thresholds;

    public EmbeddingFalseAdModel(BgeFraudModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.thresholds = model.manifest().thresholds().toModelThresholds();
    }

    /** The head shipped in this artifact. */
    public static EmbeddingFalseAdModel shipped() {
        return new EmbeddingFalseAdModel(BgeFraudModel.shipped());
    }

    /** A head written by {@code livesell fraud train --out DIR}. */
    public static EmbeddingFalseAdModel load(Path dir) {
        return new EmbeddingFalseAdModel(BgeFraudModel.load(dir));
    }

    @Override
    public ModelPrediction predict(String text) {
        return Predictions.of(model.score(text));
    }

    @Override
    public List<ModelPrediction> predictAll(List<String> texts) {
        return model.scoreAll(texts).stream().map(Predictions::of).toList();
    }

    @Override
    public String version() {
        return model.version();
    }

    /** The cut-offs chosen for the cascade on the training run's dev split, from the manifest. */
    @Override
    public FalseAdModel.Thresholds thresholds() {
        return thresholds;
    }

    /** The manifest (thresholds, provenance, metrics) of the head. */
    public ModelManifest manifest() {
        return model.manifest();
    }
}
