package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.livesell.fraud.model.CascadeCombiner.Decision;
import dev.livesell.fraud.model.CascadeCombiner.FiredBy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CascadeCombinerTest {
    private final CascadeCombiner c = new CascadeCombiner(new ModelManifest.Thresholds(0.4, 0.8,
            Map.of("medical_claim", 0.5, "absolute_term", 0.5)));

    private static ModelScores scores(double v, double medical) {
        return new ModelScores(v, Map.of("medical_claim", medical, "absolute_term", 0.05));
    }

    @Test
    void modelAloneFlagsParaphraseTheRulesMissAsViolationOrReview() {
        CascadeCombiner.Outcome hi = c.combine(Decision.COMPLIANT, 0.05, Set.of(), scores(0.93, 0.9));
        assertEquals(Decision.VIOLATION, hi.decision());
        assertEquals(FiredBy.MODEL, hi.firedBy());
        assertEquals(Set.of("medical_claim"), hi.modelCategories());
        CascadeCombiner.Outcome mid = c.combine(Decision.COMPLIANT, 0.05, Set.of(), scores(0.6, 0.3));
        assertEquals(Decision.REVIEW, mid.decision());
        assertEquals(Set.of("medical_claim"), mid.modelCategories(), "the most likely category is named even below its threshold");
        assertEquals(0.6, mid.score());
    }

    @Test
    void lowModelScoreLeavesCompliantRulesVerdict() {
        CascadeCombiner.Outcome o = c.combine(Decision.COMPLIANT, 0.05, Set.of(), scores(0.1, 0.02));
        assertEquals(Decision.COMPLIANT, o.decision());
        assertEquals(FiredBy.NONE, o.firedBy());
    }

    @Test
    void rulesViolationStandsAndCategoryScoresTakeTheMaximum() {
        CascadeCombiner.Outcome o = c.combine(Decision.VIOLATION, 0.95, Set.of("absolute_term"), scores(0.2, 0.1));
        assertEquals(Decision.VIOLATION, o.decision());
        assertEquals(FiredBy.RULES, o.firedBy());
        assertEquals(0.95, o.categoryScores().get("absolute_term"));
        assertEquals(0.1, o.categoryScores().get("medical_claim"));
        assertEquals(FiredBy.BOTH, c.combine(Decision.VIOLATION, 0.95, Set.of("medical_claim"), scores(0.9, 0.9)).firedBy());
    }

    @Test
    void withoutModelTheRulesDecide() {
        assertEquals(Decision.REVIEW, c.combine(Decision.REVIEW, 0.5, Set.of(), null).decision());
        assertEquals(Decision.COMPLIANT, c.combine(null, 0, Set.of(), scores(0.1, 0.1)).decision());
    }
}
