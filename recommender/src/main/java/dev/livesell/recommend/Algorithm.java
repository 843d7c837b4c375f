package dev.livesell.recommend;

import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Map;

/**
 * A configured training method (hyper-parameters set, nothing learned yet): {@link #fit} learns a
 * {@link Recommender} from an {@link InteractionMatrix}. Obtain one from {@link Recommenders}.
 * Implementations are immutable and thread-safe; {@code fit} may use several threads.
 *
 * <p>Example: {@code Recommender r = Recommenders.ease().lambda(300).build().fit(train);}
 */
public interface Algorithm {
    /** The {@code --algo} name: pop, itemknn, ease, ials, markov, sknn, blend (or a default's name). */
    String name();

    /** Hyper-parameters as {@code key=value} text (what {@code --param} accepts and manifests record). */
    Map<String, String> params();

    /**
     * A copy with one hyper-parameter set from text ({@code --param key=value}); unknown keys and bad
     * values throw {@link dev.livesell.core.InvalidValueException} naming the key.
     */
    Algorithm withParam(String key, String value);

    /** Learns a model from the data. */
    Recommender fit(InteractionMatrix data);
}
