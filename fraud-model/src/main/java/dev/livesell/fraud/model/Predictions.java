package dev.livesell.fraud.model;

import dev.livesell.fraud.ModelPrediction;
import dev.livesell.fraud.ViolationCategory;
import java.util.EnumMap;
import java.util.Map;

/** Converts {@link ModelScores} (category ids) to the detector's {@link ModelPrediction}. Stateless. */
final class Predictions {
    private Predictions() {
    }

    static ModelPrediction of(ModelScores s) {
        Map<ViolationCategory, Double> cats = new EnumMap<>(ViolationCategory.class);
        s.categories().forEach((id, p) -> cats.put(ViolationCategory.parse(id), p));
        return new ModelPrediction(s.violation(), cats);
    }
}
