package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelTest {
    private static final Path TINY = Path.of("src/test/resources/tiny-classifier.onnx");

    @Test
    void committedTinyModelIsWhatTheGeneratorWrites() throws Exception {
        assertArrayEquals(TinyOnnxModelGenerator.bytes(), Files.readAllBytes(TINY));
    }

    @Test
    void tinyCommittedModelLoadsAndScoresThroughTheEmbedder() {
        TextEmbedder embedder = new TextEmbedder(new FakeEmbeddingModel(), UnaryOperator.identity());
        try (OnnxClassifier c = OnnxClassifier.fromOnnx(TINY, List.of("violation", "medical_claim"), embedder)) {
            String text = "能治好血糖";
            ModelScores s = c.score(text);
            float[] x = FakeEmbeddingModel.vector(text);
            double v = 0, m = 0;
            for (int i = 0; i < 4; i++) {
                v += x[i] * TinyOnnxModelGenerator.W[i][0];
                m += x[i] * TinyOnnxModelGenerator.W[i][1];
            }
            assertEquals(ClassifierHead.sigmoid(v + TinyOnnxModelGenerator.B[0]), s.violation(), 1e-6);
            assertEquals(ClassifierHead.sigmoid(m + TinyOnnxModelGenerator.B[1]), s.categories().get("medical_claim"), 1e-6);
            assertTrue(c.score("今天天气不错").violation() < 0.2);
        }
    }

    @Test
    void labelCountDifferentFromModelOutputsFailsAtLoad() {
        TextEmbedder embedder = new TextEmbedder(new FakeEmbeddingModel(), UnaryOperator.identity());
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class,
                () -> OnnxClassifier.fromOnnx(TINY, List.of("violation"), embedder));
        assertTrue(e.getMessage().contains("no output is a float matrix [N, 1]"), e.getMessage());
    }

    @Test
    void labelsThatAreNotCategoriesAreRejectedAtLoad() {
        TextEmbedder embedder = new TextEmbedder(new FakeEmbeddingModel(), UnaryOperator.identity());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> OnnxClassifier.fromOnnx(TINY, List.of("violation", "spam"), embedder));
        assertEquals("labels", e.field());
        assertTrue(e.getMessage().contains("spam"), e.getMessage());
        assertThrows(InvalidValueException.class,
                () -> OnnxFalseAdModel.fromOnnx(TINY, List.of("violation", "spam"), embedder, false));
    }

    @Test
    void embedderDimensionDifferentFromTheModelInputFailsAtLoad() {
        TextEmbedder five = new TextEmbedder(new FakeEmbeddingModel(5), UnaryOperator.identity());
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class,
                () -> OnnxClassifier.fromOnnx(TINY, List.of("violation", "medical_claim"), five));
        assertTrue(e.getMessage().contains("takes 4-dimensional embeddings but the embedder gives 5"), e.getMessage());
    }

    @Test
    void missingOrCorruptOnnxFileFailsWithTypedError(@TempDir Path dir) throws Exception {
        TextEmbedder embedder = new TextEmbedder(new FakeEmbeddingModel(), UnaryOperator.identity());
        assertThrows(ModelIntegrityException.class, () -> OnnxClassifier.fromOnnx(dir.resolve("none.onnx"), List.of("violation"), embedder));
        Path bad = dir.resolve("bad.onnx");
        Files.write(bad, new byte[]{1, 2, 3, 4, 5});
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class,
                () -> OnnxClassifier.fromOnnx(bad, List.of("violation"), embedder));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }

    @Test
    void onnxExportMatchesJavaHeadWithAndWithoutHiddenLayer(@TempDir Path dir) throws Exception {
        for (int hidden : new int[]{0, 16}) {
            ClassifierHead head = randomHead(hidden, 32, 7 + hidden);
            Path f = dir.resolve("h" + hidden + ".onnx");
            Files.write(f, OnnxHeadExporter.toOnnx(head));
            TextEmbedder unused = new TextEmbedder(new FakeEmbeddingModel(32), UnaryOperator.identity());
            try (OnnxClassifier c = OnnxClassifier.fromOnnx(f, head.labels(), unused)) {
                SplittableRandom r = new SplittableRandom(3);
                float[][] x = new float[50][32];
                for (float[] row : x) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = (float) (r.nextDouble() * 2 - 1);
                    }
                }
                List<ModelScores> onnx = c.run(x);
                for (int i = 0; i < x.length; i++) {
                    ModelScores java = ModelScores.of(head.labels(), head.scores(x[i]));
                    assertEquals(java.violation(), onnx.get(i).violation(), 1e-5);
                    for (String k : java.categories().keySet()) {
                        assertEquals(java.categories().get(k), onnx.get(i).categories().get(k), 1e-5);
                    }
                }
            }
        }
    }

    static ClassifierHead randomHead(int hidden, int dim, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int fan = hidden == 0 ? dim : hidden;
        float[][] w1 = hidden == 0 ? null : new float[hidden][dim];
        if (w1 != null) {
            for (float[] row : w1) {
                for (int j = 0; j < dim; j++) {
                    row[j] = (float) r.nextGaussian();
                }
            }
        }
        float[] b1 = new float[hidden];
        float[][] w2 = new float[FraudLabels.ALL.size()][fan];
        for (float[] row : w2) {
            for (int j = 0; j < fan; j++) {
                row[j] = (float) (r.nextGaussian() * 0.3);
            }
        }
        float[] b2 = new float[FraudLabels.ALL.size()];
        for (int i = 0; i < b2.length; i++) {
            b2[i] = (float) r.nextGaussian();
        }
        return new ClassifierHead(FraudLabels.ALL, dim, w1, b1, w2, b2);
    }
}
