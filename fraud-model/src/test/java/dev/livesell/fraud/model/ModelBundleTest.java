package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    static ModelManifest manifest() {
        return new ModelManifest(ModelManifest.FORMAT, ModelManifest.FORMAT_VERSION, "fraud-head-test", "2026-01-01T00:00:00Z",
                TextEmbedder.BGE_SMALL_ZH_ID, "test", FraudLabels.ALL, new ModelManifest.Artefact("head.json", ""),
                Optional.empty(), new ModelManifest.Thresholds(0.4, 0.8, Map.of("medical_claim", 0.5)),
                new ModelManifest.Training(7, "hidden=8", List.of(new ModelManifest.DataFile("train.tsv", 10, "ab")), 8, 2, 0.15),
                Map.of("dev", Map.of("accuracy", 0.9)));
    }

    @Test
    void manifestAndHeadRoundTripThroughJson(@TempDir Path dir) {
        ClassifierHead head = OnnxModelTest.randomHead(8, 16, 1);
        ModelManifest written = ModelBundle.save(dir, manifest(), head);
        ModelBundle loaded = ModelBundle.load(dir);
        assertEquals(written, loaded.manifest());
        assertEquals(64, written.head().sha256().length());
        float[] x = new float[16];
        x[3] = 1;
        assertArrayEquals(head.scores(x), loaded.head().scores(x), 0.0);
        assertEquals(0.5, loaded.manifest().thresholds().category("medical_claim"));
        assertEquals(0.4, loaded.manifest().thresholds().category("absolute_term"));
    }

    @Test
    void changedHeadFileFailsWithChecksumMismatch(@TempDir Path dir) throws Exception {
        ModelBundle.save(dir, manifest(), OnnxModelTest.randomHead(0, 16, 2));
        Path head = dir.resolve("head.json");
        String json = Files.readString(head, StandardCharsets.UTF_8);
        Files.writeString(head, json.replaceFirst("\"b2\":\\[", "\"b2\":[1"), StandardCharsets.UTF_8);
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("sha256 mismatch"), e.getMessage());
        assertTrue(e.artefact().endsWith("head.json"), e.artefact());
    }

    @Test
    void unsupportedFormatVersionIsRejected(@TempDir Path dir) throws Exception {
        ModelBundle.save(dir, manifest(), OnnxModelTest.randomHead(0, 16, 3));
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("unsupported formatVersion 99"), e.getMessage());
    }

    @Test
    void missingFilesFailClearly(@TempDir Path dir) {
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void shippedHeadVerifiesAndMatchesItsOnnxExport() throws Exception {
        ModelBundle b = ModelBundle.loadShipped();
        assertEquals(FraudLabels.ALL, b.head().labels());
        assertEquals(512, b.head().inputDim());
        assertTrue(b.manifest().thresholds().review() > 0);
        byte[] onnx = ModelBundle.class.getResourceAsStream(ModelBundle.SHIPPED + ModelBundle.ONNX).readAllBytes();
        ModelBundle.verify("head.onnx", onnx, b.manifest().onnx().orElseThrow().sha256());
        assertArrayEquals(OnnxHeadExporter.toOnnx(b.head()), onnx);
    }

    /** Rewrites head.json with {@code edit} applied and puts its new SHA-256 in the manifest, so only the edit is wrong. */
    private static void editHead(Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path head = dir.resolve("head.json");
        String before = Files.readString(head, StandardCharsets.UTF_8);
        String after = edit.apply(before);
        Files.writeString(head, after, StandardCharsets.UTF_8);
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace(Sha256.hex(before.getBytes(StandardCharsets.UTF_8)),
                Sha256.hex(after.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void headWithoutAFieldFailsWithATypedErrorNamingIt(@TempDir Path dir) throws Exception {
        ModelBundle.save(dir, manifest(), OnnxModelTest.randomHead(0, 16, 4));
        editHead(dir, json -> json.replaceFirst(",\\s*\"b2\"\\s*:\\s*\\[[^\\]]*\\]", ""));
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().endsWith("b2 missing"), e.getMessage());
        assertTrue(e.artefact().endsWith("head.json"), e.artefact());
    }

    @Test
    void headWithLabelsThatAreNotCategoriesIsRejected(@TempDir Path dir) throws Exception {
        ModelBundle.save(dir, manifest(), OnnxModelTest.randomHead(0, 16, 5));
        editHead(dir, json -> json.replace("\"medical_claim\"", "\"spam\""));
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("spam is neither"), e.getMessage());
    }

    @Test
    void manifestWhoseHeadHasNoFileFailsWithATypedError(@TempDir Path dir) throws Exception {
        ModelBundle.save(dir, manifest(), OnnxModelTest.randomHead(0, 16, 6));
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replaceFirst("\"file\"\\s*:\\s*\"head.json\",", ""));
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().endsWith("head.file missing"), e.getMessage());
    }

    @Test
    void scoresMustBeProbabilities() {
        for (Double bad : new Double[]{null, 5.0, Double.NaN, -0.1}) {
            Map<String, Double> cats = new java.util.HashMap<>();
            cats.put("medical_claim", bad);
            dev.livesell.core.InvalidValueException e = assertThrows(dev.livesell.core.InvalidValueException.class,
                    () -> new ModelScores(0.5, cats));
            assertEquals("categories.medical_claim", e.field());
        }
        assertEquals(0.9, new ModelScores(0.5, Map.of("medical_claim", 0.9)).categories().get("medical_claim"));
    }
}
