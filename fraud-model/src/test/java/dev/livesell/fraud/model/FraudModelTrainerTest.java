package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Threshold choice: the trainer runs the detector's own cascade on the dev split, precision first. */
class FraudModelTrainerTest {
    private static final List<String> LABELS = List.of("violation", "medical_claim");

    private static LabelledText row(String text, boolean violation) {
        return new LabelledText(text, violation, violation ? Set.of("medical_claim") : Set.of(), true, "t:" + text);
    }

    @Test
    void reviewCutOffStaysAboveTheCompliantLinesTheModelScoresHighAndTheCascadeKeepsRuleHits() {
        List<LabelledText> dev = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        // rules catch these whatever the model says
        dev.add(row("全网最低价", true));
        scores.add(new double[]{0.1, 0.1});
        dev.add(row("三天见效", true));
        scores.add(new double[]{0.2, 0.1});
        // texts only the model flags (neutral words, so no rule can match them)
        for (String t : List.of("样例甲", "样例乙", "样例丙", "样例丁")) {
            dev.add(row(t, true));
            scores.add(new double[]{0.9, 0.9});
        }
        // everyday lines; one the model wrongly scores 0.8
        for (String t : List.of("句子一", "句子二", "句子三", "句子四", "句子五")) {
            dev.add(row(t, false));
            scores.add(new double[]{0.05, 0.01});
        }
        dev.add(row("句子六", false));
        scores.add(new double[]{0.8, 0.2});

        FraudModelTrainer.CascadeChoice c = FraudModelTrainer.builder().embedder(
                        new TextEmbedder(new FakeEmbeddingModel(), java.util.function.UnaryOperator.identity())).build()
                .chooseCascadeThresholds(dev, LABELS, scores.toArray(new double[0][]), Map.of("medical_claim", 0.5));
        assertTrue(c.review() > 0.8 && c.review() <= 0.9, "review cut-off " + c.review());
        assertEquals(1.0, c.cascade().precision());
        assertEquals(1.0, c.cascade().recall());
        assertEquals(2, c.rules().tp(), "the rules alone catch two");
        assertTrue(c.violation() >= c.review() && c.violation() <= 0.9, "violation cut-off " + c.violation());
    }
}
