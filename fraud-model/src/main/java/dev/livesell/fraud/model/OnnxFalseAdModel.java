package dev.livesell.fraud.model;

import dev.livesell.fraud.FalseAdModel;
import dev.livesell.fraud.ModelPrediction;
import java.nio.file.Path;
import java.util.List;

/**
 * A user's own ONNX classifier as a {@link FalseAdModel} (the issue's {@code FalseAdModel.fromOnnx}:
 * the interface lives in fraud-detector, so the factory lives here). The model reads a bge-small-zh
 * embedding [N, 512] (or the given embedder's dimension) and outputs one probability per label.
 *
 * <p>Example: {@code FalseAdModel m = OnnxFalseAdModel.fromOnnx(Path.of("head.onnx"), FraudLabels.ALL);}
 *
 * <p>Thread-safe (ONNX Runtime sessions are); close it to free the native session.
 */
public final class OnnxFalseAdModel implements FalseAdModel, AutoCloseable {
    private final OnnxClassifier classifier;
    private final String version;

    private OnnxFalseAdModel(OnnxClassifier classifier, String version) {
        this.classifier = classifier;
        this.version = version;
    }

    /** An ONNX classifier over the bundled bge-small-zh-v1.5 embeddings, outputs named by {@code labels}. */
    public static OnnxFalseAdModel fromOnnx(Path onnx, List<String> labels) {
        return fromOnnx(onnx, labels, TextEmbedder.bgeSmallZh(), false);
    }

    /** As {@link #fromOnnx(Path, List)} with a chosen embedder; {@code applySigmoid} when it outputs logits. */
    public static OnnxFalseAdModel fromOnnx(Path onnx, List<String> labels, TextEmbedder embedder, boolean applySigmoid) {
        return new OnnxFalseAdModel(OnnxClassifier.fromOnnx(onnx, labels, embedder, applySigmoid),
                "onnx:" + onnx.getFileName());
    }

    @Override
    public ModelPrediction predict(String text) {
        return Predictions.of(classifier.score(text));
    }

    @Override
    public List<ModelPrediction> predictAll(List<String> texts) {
        return classifier.scoreAll(texts).stream().map(Predictions::of).toList();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void close() {
        classifier.close();
    }
}
