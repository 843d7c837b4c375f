package dev.livesell.recommend.model;

import dev.livesell.recommend.Recommender;

/**
 * A trained model whose scoring can weight a history's recent events more without retraining: the
 * copy shares the trained arrays and weights an event {@code decay^(events after it)}. Used by
 * {@link TunedBlend} to mix a whole-history view and a recent-items view of one model.
 *
 * <p>Example: {@code Recommender recent = ((RecencyView) ease).withHistoryDecay(0.5);}
 */
public interface RecencyView {
    /** The same trained model scoring with history recency {@code decay} in (0, 1] (1 = all events alike). */
    Recommender withHistoryDecay(double decay);
}
