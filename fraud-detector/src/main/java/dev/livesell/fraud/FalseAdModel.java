package dev.livesell.fraud;

import java.util.ArrayList;
import java.util.List;

/**
 * A learned stage of the detector (module fraud-model implements it). Implementations must be
 * thread-safe. Example: {@code FalseAdDetector.builder().model(model).build()}.
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
}
