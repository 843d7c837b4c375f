package dev.livesell.recommend.io;

import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.EvalCase;
import java.util.List;

/**
 * What a loader read: the interactions, and (for the sessions format with a test file) the given
 * held-out next-item cases, indexed against the interactions' item dictionary (unknown targets are -1).
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Dataset d = DataFormat.SESSIONS.load(train, test); d.heldOut().size()}
 */
public record Dataset(String source, InteractionMatrix interactions, List<EvalCase> heldOut) {
    public Dataset {
        heldOut = List.copyOf(heldOut);
    }

    public static Dataset of(String source, InteractionMatrix interactions) {
        return new Dataset(source, interactions, List.of());
    }
}
