package dev.livesell.recommend.eval;

import dev.livesell.recommend.data.History;

/**
 * One evaluation query: the history the model sees (training part of a user, or a session prefix),
 * and the held-out target items (indices in the training data's item dictionary; -1 for an item the
 * training data never saw, which counts as a miss). {@code user} is the user index, or -1 for an
 * anonymous session. Immutable (targets copied) and thread-safe.
 *
 * <p>Example: {@code new EvalCase(3, train.history(3), new int[] {42})}
 */
public record EvalCase(int user, History history, int[] targets) {
    public EvalCase {
        targets = targets.clone();
    }

    @Override
    public int[] targets() {
        return targets.clone();
    }

    int target(int i) {
        return targets[i];
    }

    int targetCount() {
        return targets.length;
    }
}
