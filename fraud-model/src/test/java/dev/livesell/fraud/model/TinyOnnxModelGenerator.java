package dev.livesell.fraud.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the tiny committed test model {@code src/test/resources/tiny-classifier.onnx}: a 4→2 linear
 * layer with sigmoid over {@link FakeEmbeddingModel}'s features, outputs {@code violation} and
 * {@code medical_claim}. Run: {@code java ... TinyOnnxModelGenerator fraud-model/src/test/resources/tiny-classifier.onnx}
 * (the test {@code committedTinyModelIsWhatTheGeneratorWrites} checks the committed file matches).
 */
public final class TinyOnnxModelGenerator {
    /** Weights [input][output]. */
    static final float[][] W = {{3f, 4f}, {2.5f, 0f}, {3f, 3.5f}, {0.5f, 0f}};
    static final float[] B = {-2f, -3f};

    static byte[] bytes() {
        return OnnxHeadExporter.linearSigmoid(W, B, "violation,medical_claim");
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/tiny-classifier.onnx");
        Files.write(out, bytes());
    }
}
