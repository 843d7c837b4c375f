package dev.livesell.fraud.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.livesell.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON manifest beside a trained head: what model this is, which labels it scores, the thresholds
 * chosen on the dev split, the SHA-256 of the head file (checked on load), the training data (file,
 * rows, SHA-256), the trainer settings and the dev metrics. Format {@code livesell-fraud-model},
 * {@code formatVersion} {@value #FORMAT_VERSION}.
 *
 * <p>Example: {@code ModelManifest m = ModelBundle.load(dir).manifest(); m.thresholds().review()}
 *
 * <p>Immutable.
 */
public record ModelManifest(
        @JsonProperty("format") String format,
        @JsonProperty("formatVersion") int formatVersion,
        @JsonProperty("modelVersion") String modelVersion,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("embeddingModel") String embeddingModel,
        @JsonProperty("normalization") String normalization,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("head") Artefact head,
        @JsonProperty("onnx") Optional<Artefact> onnx,
        @JsonProperty("thresholds") Thresholds thresholds,
        @JsonProperty("training") Training training,
        @JsonProperty("metrics") Map<String, Map<String, Double>> metrics) {

    public static final String FORMAT = "livesell-fraud-model";
    public static final int FORMAT_VERSION = 1;

    public ModelManifest {
        Objects.requireNonNull(modelVersion, "modelVersion");
        labels = List.copyOf(labels);
        Objects.requireNonNull(head, "head");
        onnx = onnx == null ? Optional.empty() : onnx;
        Objects.requireNonNull(thresholds, "thresholds");
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** A file of the bundle and its SHA-256 (lower-case hex). */
    public record Artefact(@JsonProperty("file") String file, @JsonProperty("sha256") String sha256) {
    }

    /**
     * Score cut-offs chosen on the dev split: {@code review} ≤ P(violation) &lt; {@code violation} is
     * REVIEW, ≥ {@code violation} is VIOLATION; per category, a category score ≥ its threshold is reported.
     */
    public record Thresholds(@JsonProperty("review") double review,
                             @JsonProperty("violation") double violation,
                             @JsonProperty("categories") Map<String, Double> categories) {
        public Thresholds {
            if (!(review > 0 && review <= violation && violation < 1)) {
                throw new InvalidValueException("thresholds", "need 0 < review <= violation < 1",
                        review + "/" + violation);
            }
            categories = categories == null ? Map.of() : Map.copyOf(categories);
        }

        /** The threshold of a category, or the review threshold when none was chosen. */
        public double category(String id) {
            return categories.getOrDefault(id, review);
        }

        /** The same cut-offs as the detector's {@link dev.livesell.fraud.FalseAdModel.Thresholds}. */
        public dev.livesell.fraud.FalseAdModel.Thresholds toModelThresholds() {
            java.util.Map<dev.livesell.fraud.ViolationCategory, Double> cats =
                    new java.util.EnumMap<>(dev.livesell.fraud.ViolationCategory.class);
            categories.forEach((id, t) -> cats.put(dev.livesell.fraud.ViolationCategory.parse(id), t));
            return new dev.livesell.fraud.FalseAdModel.Thresholds(review, violation, cats);
        }
    }

    /** Provenance of the training run. */
    public record Training(@JsonProperty("seed") long seed,
                           @JsonProperty("settings") String settings,
                           @JsonProperty("data") List<DataFile> data,
                           @JsonProperty("trainRows") int trainRows,
                           @JsonProperty("devRows") int devRows,
                           @JsonProperty("devFraction") double devFraction) {
        public Training {
            data = List.copyOf(data);
        }
    }

    /** One training data file: name, rows read from it, and its SHA-256. */
    public record DataFile(@JsonProperty("file") String file, @JsonProperty("rows") int rows,
                           @JsonProperty("sha256") String sha256) {
    }
}
