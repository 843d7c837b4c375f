package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.FalseAdModel;
import dev.livesell.fraud.Label;
import dev.livesell.fraud.ModelPrediction;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.ViolationCategory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The learned stage plugged into the fraud-detector through its {@link FalseAdModel} seam. */
class FalseAdModelIntegrationTest {
    private static final List<String> TEXTS = List.of("用了以后痘痘全没了", "吃完血糖就稳了", "家人们晚上好",
            "领券后到手价89元", "全网最低价", "三号链接上架了", "央视推荐", "这款是纯棉面料");

    private static FalseAdDetector cascade() {
        return FalseAdDetector.builder().model(EmbeddingFalseAdModel.shipped()).build();
    }

    @Test
    void detectorUsesTheManifestThresholdsUnlessGivenOthers() {
        EmbeddingFalseAdModel m = EmbeddingFalseAdModel.shipped();
        ModelManifest.Thresholds t = m.manifest().thresholds();
        assertEquals(t.review(), cascade().modelThresholds().review());
        assertEquals(t.violation(), cascade().modelThresholds().violation());
        assertEquals(t.category("medical_claim"), cascade().modelThresholds().category(ViolationCategory.MEDICAL_CLAIM));
        FalseAdModel.Thresholds mine = new FalseAdModel.Thresholds(0.2, 0.3, java.util.Map.of());
        assertEquals(mine, FalseAdDetector.builder().model(m).modelThresholds(mine).build().modelThresholds());
    }

    @Test
    void concurrentChecksFromEightThreadsGiveIdenticalVerdicts() throws Exception {
        FalseAdDetector d = cascade();
        List<Verdict> expected = TEXTS.stream().map(t -> d.check(Claim.of(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Verdict>>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> TEXTS.stream().map(t -> d.check(Claim.of(t))).toList()));
            }
            for (Future<List<Verdict>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paraphraseTheRulesCannotExplainIsFlaggedWithAModelFinding() {
        String text = "吃完血糖就稳了";
        assertEquals(Label.COMPLIANT, FalseAdDetector.rulesOnly().check(Claim.of(text)).label(), "premise: rules miss it");
        Verdict v = cascade().check(Claim.of(text));
        assertTrue(v.isViolation(), v.toString());
        assertTrue(v.findings().stream().anyMatch(f -> f.stage() == Stage.MODEL
                && f.category() == ViolationCategory.MEDICAL_CLAIM && f.span().text().equals(text)), v.findings().toString());
        assertTrue(v.categoryScores().get(ViolationCategory.MEDICAL_CLAIM) >= 0.45, v.categoryScores().toString());
        Verdict ok = cascade().check(Claim.of("家人们晚上好"));
        assertEquals(Label.COMPLIANT, ok.label());
        assertTrue(ok.findings().isEmpty());
    }

    @Test
    void userOnnxClassifierPlugsInThroughTheSameInterface() {
        TextEmbedder embedder = new TextEmbedder(new FakeEmbeddingModel(), UnaryOperator.identity());
        try (OnnxFalseAdModel m = OnnxFalseAdModel.fromOnnx(Path.of("src/test/resources/tiny-classifier.onnx"),
                List.of("violation", "medical_claim"), embedder, false)) {
            FalseAdModel model = m;
            ModelPrediction p = model.predict("能治好血糖");
            assertTrue(p.violation() > 0.9 && p.categories().get(ViolationCategory.MEDICAL_CLAIM) > 0.9, p.toString());
            FalseAdDetector d = FalseAdDetector.builder().model(model).stages(java.util.EnumSet.of(Stage.MODEL)).build();
            assertEquals(Label.VIOLATION, d.check(Claim.of("能治好血糖")).label());
            assertEquals(Label.COMPLIANT, d.check(Claim.of("今天天气不错")).label());
            assertEquals(List.of(p), model.predictAll(List.of("能治好血糖")));
            assertTrue(model.version().startsWith("onnx:tiny-classifier"));
        }
    }
}
