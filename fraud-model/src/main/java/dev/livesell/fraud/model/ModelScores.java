package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of a text by a learned model: P(violation) and one probability per category id.
 *
 * <p>Example: {@code ModelScores s = BgeFraudModel.shipped().score("吃完血糖就稳了"); s.violation()}
 *
 * <p>Immutable.
 */
public record ModelScores(double violation, Map<String, Double> categories) {
    public ModelScores {
        if (!(violation >= 0 && violation <= 1)) {
            throw new InvalidValueException("violation", "must be a probability in [0,1]", violation);
        }
        if (categories == null) {
            throw new InvalidValueException("categories", "must not be null", null);
        }
        for (Map.Entry<String, Double> e : categories.entrySet()) {
            if (e.getKey() == null) {
                throw new InvalidValueException("categories", "must not have a null category id", categories);
            }
            Double p = e.getValue();
            if (p == null || !(p >= 0 && p <= 1)) {
                throw new InvalidValueException("categories." + e.getKey(), "must be a probability in [0,1]", p);
            }
        }
        categories = java.util.Collections.unmodifiableMap(new TreeMap<>(categories));
    }

    /** Builds scores from a head's output vector, labels[0] being {@code violation}. */
    static ModelScores of(java.util.List<String> labels, double[] out) {
        Map<String, Double> cats = new TreeMap<>();
        double v = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equals(FraudLabels.VIOLATION)) {
                v = out[i];
            } else {
                cats.put(labels.get(i), out[i]);
            }
        }
        if (v < 0) { // a model without a violation output: the most confident category stands for it
            v = cats.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        return new ModelScores(v, cats);
    }
}
