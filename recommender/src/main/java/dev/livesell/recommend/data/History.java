package dev.livesell.recommend.data;

import dev.livesell.core.InvalidValueException;
import java.util.Arrays;

/**
 * One viewer's (or one anonymous session's) events, oldest first, as item indices of a model's
 * {@link InteractionMatrix}: what a recommender scores from. {@code weights} are the interaction-type
 * weights; {@code times} are epoch seconds, or positions 0,1,2,... when the data has no clock.
 * Immutable (arrays are copied) and thread-safe.
 *
 * <p>Example: {@code History.ofItems(12, 7, 12)} is a session that viewed items 12, 7, then 12 again.
 */
public record History(int[] items, float[] weights, long[] times) {
    private static final History EMPTY = new History(new int[0], new float[0], new long[0]);

    public History {
        if (items == null || weights == null || times == null) {
            throw new InvalidValueException("history", "items, weights and times must not be null", null);
        }
        if (weights.length != items.length || times.length != items.length) {
            throw new InvalidValueException("history", "items, weights and times must have the same length",
                    items.length + "/" + weights.length + "/" + times.length);
        }
        items = items.clone();
        weights = weights.clone();
        times = times.clone();
    }

    /** No events: a cold-start viewer. */
    public static History empty() {
        return EMPTY;
    }

    /** Items in order with weight 1 and times 0,1,2,... */
    public static History ofItems(int... items) {
        float[] w = new float[items.length];
        Arrays.fill(w, 1f);
        long[] t = new long[items.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return new History(items, w, t);
    }

    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** The item of the i-th event (0 = oldest). */
    public int item(int i) {
        return items[i];
    }

    public float weight(int i) {
        return weights[i];
    }

    public long time(int i) {
        return times[i];
    }

    /** The first {@code n} events. */
    public History prefix(int n) {
        return new History(Arrays.copyOf(items, n), Arrays.copyOf(weights, n), Arrays.copyOf(times, n));
    }

    @Override
    public int[] items() {
        return items.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public long[] times() {
        return times.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && Arrays.equals(items, h.items) && Arrays.equals(weights, h.weights)
                && Arrays.equals(times, h.times);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items) * 31 + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "History" + Arrays.toString(items);
    }
}
