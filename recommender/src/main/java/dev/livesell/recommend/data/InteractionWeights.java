package dev.livesell.recommend.data;

import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each {@link InteractionType} counts when a log is indexed (view &lt; cart &lt; purchase by
 * default, from {@link InteractionType#defaultWeight()}). Immutable and thread-safe.
 *
 * <p>Example: {@code InteractionWeights.defaults().with(InteractionType.CART, 4.0)}
 */
public final class InteractionWeights {
    private static final InteractionWeights DEFAULTS = new InteractionWeights(new EnumMap<>(InteractionType.class));
    private final EnumMap<InteractionType, Float> weights;

    private InteractionWeights(EnumMap<InteractionType, Float> weights) {
        this.weights = weights;
    }

    public static InteractionWeights defaults() {
        return DEFAULTS;
    }

    /** Every type weighs 1 (plain implicit feedback). */
    public static InteractionWeights uniform() {
        EnumMap<InteractionType, Float> m = new EnumMap<>(InteractionType.class);
        for (InteractionType t : InteractionType.values()) {
            m.put(t, 1f);
        }
        return new InteractionWeights(m);
    }

    /** A copy with one type's weight changed; weights must be positive and finite. */
    public InteractionWeights with(InteractionType type, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new InvalidValueException("weight." + type.jsonName(), "must be positive and finite", weight);
        }
        EnumMap<InteractionType, Float> m = new EnumMap<>(weights);
        m.put(type, (float) weight);
        return new InteractionWeights(m);
    }

    public float weight(InteractionType type) {
        Float w = weights.get(type);
        return w != null ? w : (float) type.defaultWeight();
    }

    /** The weights of all types. */
    public Map<InteractionType, Float> asMap() {
        EnumMap<InteractionType, Float> m = new EnumMap<>(InteractionType.class);
        for (InteractionType t : InteractionType.values()) {
            m.put(t, weight(t));
        }
        return m;
    }
}
