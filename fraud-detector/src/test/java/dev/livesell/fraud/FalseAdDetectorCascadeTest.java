package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules + model cascade of {@link FalseAdDetector}, with a fake model whose scores are set per text. */
class FalseAdDetectorCascadeTest {
    /** P(violation) per text (0.01 otherwise), medical_claim 0.8 and false_price 0.1 for every text. */
    private static FalseAdModel model(Map<String, Double> p, FalseAdModel.Thresholds recommended) {
        return new FalseAdModel() {
            @Override
            public ModelPrediction predict(String text) {
                return new ModelPrediction(p.getOrDefault(text, 0.01),
                        Map.of(ViolationCategory.MEDICAL_CLAIM, 0.8, ViolationCategory.FALSE_PRICE, 0.1));
            }

            @Override
            public String version() {
                return "fake-2";
            }

            @Override
            public Thresholds thresholds() {
                return recommended;
            }
        };
    }

    private static final FalseAdModel.Thresholds RECOMMENDED = new FalseAdModel.Thresholds(0.6, 0.9,
            Map.of(ViolationCategory.MEDICAL_CLAIM, 0.5));
    private static final FalseAdModel MODEL = model(Map.of("吃完血糖就稳了", 0.95, "用了皮肤就好了", 0.7,
            "今天天气不错", 0.55), RECOMMENDED);
    private static final FalseAdDetector CASCADE = FalseAdDetector.builder().model(MODEL).build();

    @Test
    void usesTheModelsRecommendedThresholdsUnlessTheBuilderSetsOthers() {
        assertEquals(RECOMMENDED, CASCADE.modelThresholds());
        FalseAdModel.Thresholds mine = new FalseAdModel.Thresholds(0.5, 0.6, Map.of());
        FalseAdDetector d = FalseAdDetector.builder().model(MODEL).modelThresholds(mine).build();
        assertEquals(mine, d.modelThresholds());
        assertEquals(Label.REVIEW, d.check(Claim.of("今天天气不错")).label(), "0.55 is above my review cut-off");
        assertEquals(Label.COMPLIANT, CASCADE.check(Claim.of("今天天气不错")).label(), "0.55 is below the model's");
        assertEquals(FalseAdModel.Thresholds.DEFAULT, FalseAdDetector.rulesOnly().modelThresholds());
    }

    @Test
    void textTheRulesCannotExplainButTheModelFlagsIsViolationOrReviewWithAModelFinding() {
        Verdict high = CASCADE.check(Claim.of("吃完血糖就稳了"));
        assertEquals(Label.VIOLATION, high.label());
        Finding f = high.findings().get(0);
        assertEquals(Stage.MODEL, f.stage());
        assertEquals(ViolationCategory.MEDICAL_CLAIM, f.category(), "the category above its cut-off is named");
        assertEquals(new Span(0, 7, "吃完血糖就稳了"), f.span());
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.ruleId().startsWith("model:fake-2"), f.ruleId());
        assertTrue(f.lawReference().contains("第十七条"), f.lawReference());
        assertEquals(1, high.findings().size(), "false_price (0.1) is below its cut-off");
        assertEquals("吃完血糖就稳了", high.rewrite(), "a whole-text model finding does not erase the text");

        Verdict mid = CASCADE.check(Claim.of("用了皮肤就好了"));
        assertEquals(Label.REVIEW, mid.label());
        assertEquals(Severity.MEDIUM, mid.findings().get(0).severity());
        assertTrue(mid.categoryScores().get(ViolationCategory.MEDICAL_CLAIM) >= 0.45, mid.categoryScores().toString());
        assertTrue(mid.categoryScores().get(ViolationCategory.FALSE_PRICE) < 0.45, mid.categoryScores().toString());
    }

    @Test
    void theModelsCutOffsLandOnTheVerdictThresholds() {
        FalseAdDetector d = FalseAdDetector.builder().model(model(Map.of("a x", 0.6, "b x", 0.9, "c x", 0.3), RECOMMENDED))
                .stages(EnumSet.of(Stage.MODEL)).build();
        assertEquals(0.45, d.check(Claim.of("a x")).score(), 1e-9);
        assertEquals(0.7, d.check(Claim.of("b x")).score(), 1e-9);
        assertEquals(0.225, d.check(Claim.of("c x")).score(), 1e-9);
        assertEquals(Label.COMPLIANT, d.check(Claim.of("c x")).label());
    }

    @Test
    void aRuleViolationStandsWhateverTheModelSaysAndKeepsItsRewrite() {
        Verdict rules = FalseAdDetector.rulesOnly().check(Claim.of("全网最低价"));
        Verdict v = CASCADE.check(Claim.of("全网最低价"));
        assertEquals(rules.label(), v.label());
        assertEquals(rules.score(), v.score(), 1e-9);
        assertEquals(rules.findings(), v.findings(), "a model below its cut-off adds no finding");
        assertEquals(rules.rewrite(), v.rewrite());
    }

    @Test
    void compliantTextTheModelDoesNotFlagStaysCompliant() {
        Verdict v = CASCADE.check(Claim.of("三号链接上架了"));
        assertEquals(Label.COMPLIANT, v.label());
        assertTrue(v.findings().isEmpty());
        List<Verdict> batch = CASCADE.checkAll(List.of(Claim.of("三号链接上架了"), Claim.of("吃完血糖就稳了")));
        assertEquals(List.of(v, CASCADE.check(Claim.of("吃完血糖就稳了"))), batch);
    }

    @Test
    void rejectsThresholdsOutOfOrder() {
        assertThrows(InvalidValueException.class, () -> new FalseAdModel.Thresholds(0.8, 0.5, Map.of()));
        assertThrows(InvalidValueException.class, () -> new FalseAdModel.Thresholds(0, 0.5, Map.of()));
        assertThrows(InvalidValueException.class,
                () -> new FalseAdModel.Thresholds(0.3, 0.5, Map.of(ViolationCategory.ABSOLUTE_TERM, 1.5)));
    }
}
