package dev.livesell.recommend.eval;

import dev.livesell.recommend.data.InteractionMatrix;
import java.util.List;

/**
 * The parts of one protocol run: {@code train} with its {@code validation} cases (for tuning), and
 * {@code fullTrain} (train plus validation events) with the {@code test} cases. No test target occurs in
 * the corresponding history or training events of its user. {@code excludeSeen} says whether
 * the protocol removes a case's history items from its ranking (false for session next-item, where
 * repeats are legitimate targets). Immutable and thread-safe.
 *
 * <p>Example: {@code Split s = Protocol.LEAVE_ONE_OUT.split(dataset, 42); model.fit(s.fullTrain())}
 */
public record Split(InteractionMatrix train, List<EvalCase> validation, InteractionMatrix fullTrain,
                    List<EvalCase> test, boolean excludeSeen) {
    public Split {
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }
}
