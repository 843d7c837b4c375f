package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A learned stage of the detector (module fraud-model implements it). Implementations must be
 * thread-safe. Example: {@code FalseAdDetector.builder().model(model).build()} — the detector then labels the
 * model's P(violation) with {@link #thresholds()} unless the builder is given other model thresholds.
 */
public interface FalseAdModel {
    /** Scores one text. */
    ModelPrediction predict(String text);

    /** Scores many texts (batched where the implementation can); the default loops. */
    default List<ModelPrediction> predictAll(List<String> texts) {
        List<ModelPrediction> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(predict(t));
        }
        return out;
    }

    /** A version string identifying the model artefact. */
    String version();

    /**
     * The cut-offs on this model's P(violation) its producer recommends (a trained model: those chosen on its
     * dev split and stored in its manifest). The default, {@link Thresholds#DEFAULT}, suits an uncalibrated
     * model: REVIEW from 0.5, VIOLATION from 0.8.
     */
    default Thresholds thresholds() {
        return Thresholds.DEFAULT;
    }

    /**
     * Cut-offs on a model's P(violation): {@code review} ≤ p &lt; {@code violation} is REVIEW, p ≥
     * {@code violation} is VIOLATION; a category whose score reaches its own cut-off (default: {@code review})
     * is named in the model's finding. Immutable.
     *
     * <p>Example: {@code new FalseAdModel.Thresholds(0.6, 0.9, Map.of(ViolationCategory.MEDICAL_CLAIM, 0.4))}
     */
    record Thresholds(double review, double violation, Map<ViolationCategory, Double> categories) {
        /** REVIEW from 0.5, VIOLATION from 0.8, no per-category cut-offs. */
        public static final Thresholds DEFAULT = new Thresholds(0.5, 0.8, Map.of());

        public Thresholds {
            if (!(review > 0 && review <= violation && violation <= 1)) {
                throw new InvalidValueException("thresholds", "need 0 < review <= violation <= 1",
                        review + "/" + violation);
            }
            categories = categories == null || categories.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new EnumMap<>(categories));
            for (Map.Entry<ViolationCategory, Double> e : categories.entrySet()) {
                if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
                    throw new InvalidValueException("thresholds.categories." + e.getKey().id(), "must be in [0, 1]",
                            e.getValue());
                }
            }
        }

        /** The cut-off of a category, or {@link #review()} when none was set. */
        public double category(ViolationCategory c) {
            return categories.getOrDefault(c, review);
        }
    }
}
