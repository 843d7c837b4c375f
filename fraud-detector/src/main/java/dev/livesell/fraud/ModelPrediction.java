package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A learned model's output for one text: probability of violation and per-category probabilities.
 * Example: {@code new ModelPrediction(0.93, Map.of(MEDICAL_CLAIM, 0.9))}. Immutable.
 */
public record ModelPrediction(double violation, Map<ViolationCategory, Double> categories) {
    public ModelPrediction {
        if (!(violation >= 0 && violation <= 1)) {
            throw new InvalidValueException("violation", "must be a probability in [0, 1]", violation);
        }
        if (categories != null) {
            for (Map.Entry<ViolationCategory, Double> e : categories.entrySet()) {
                if (e.getKey() == null) {
                    throw new InvalidValueException("categories", "must not have a null category", categories);
                }
                Double p = e.getValue();
                if (p == null || !(p >= 0 && p <= 1)) {
                    throw new InvalidValueException("categories." + e.getKey().id(), "must be a probability in [0, 1]", p);
                }
            }
        }
        categories = categories == null || categories.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(categories));
    }
}
