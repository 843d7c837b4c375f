package dev.livesell.recommend.data;

import dev.livesell.core.InvalidValueException;
import java.util.Arrays;

/**
 * One viewer's (or one anonymous session's) events, oldest first, as item indices of a model's
 * {@link InteractionMatrix}: what a recommender scores from. {@code weights} are the interaction-type
 * weights; {@code times} are epoch seconds, or positions 0,1,2,... when the data has no clock; {@code types}
 * are the {@link dev.livesell.core.InteractionType} ordinals, or -1 where the type is unknown (the
 * three-argument constructor leaves all unknown). Immutable (arrays are copied) and thread-safe.
 *
 * <p>Example: {@code History.ofItems(12, 7, 12)} is a session that viewed items 12, 7, then 12 again.
 */
public record History(int[] items, float[] weights, long[] times, byte[] types) {
    private static final History EMPTY = new History(new int[0], new float[0], new long[0]);

    public History {
        if (items == null || weights == null || times == null || types == null) {
            throw new InvalidValueException("history", "items, weights, times and types must not be null", null);
        }
        if (weights.length != items.length || times.length != items.length || types.length != items.length) {
            throw new InvalidValueException("history", "items, weights, times and types must have the same length",
                    items.length + "/" + weights.length + "/" + times.length + "/" + types.length);
        }
        for (int i = 0; i < items.length; i++) {
            if (items[i] < 0) {
                throw new InvalidValueException("history.items[" + i + "]", "must be an item index (>= 0)", items[i]);
            }
        }
        items = items.clone();
        weights = weights.clone();
        times = times.clone();
        types = types.clone();
    }

    /** Events whose interaction types are unknown. */
    public History(int[] items, float[] weights, long[] times) {
        this(items, weights, times, unknownTypes(items == null ? 0 : items.length));
    }

    private static byte[] unknownTypes(int n) {
        byte[] t = new byte[n];
        Arrays.fill(t, (byte) -1);
        return t;
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

    /** The {@link dev.livesell.core.InteractionType} ordinal of the i-th event, or -1 when unknown. */
    public int type(int i) {
        return types[i];
    }

    /** The first {@code n} events, {@code 0 <= n <= size()}. */
    public History prefix(int n) {
        if (n < 0 || n > items.length) {
            throw new InvalidValueException("n", "must be between 0 and the history's " + items.length + " events", n);
        }
        return new History(Arrays.copyOf(items, n), Arrays.copyOf(weights, n), Arrays.copyOf(times, n), Arrays.copyOf(types, n));
    }

    /**
     * Fails with a typed error naming the first event whose item index is outside a catalogue of
     * {@code numItems} items (for instance a history built against another model's dictionary).
     */
    public void checkItems(int numItems) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] >= numItems) {
                throw new InvalidValueException("history.items[" + i + "]",
                        "is not an item index of this model's " + numItems + "-item catalogue", items[i]);
            }
        }
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
    public byte[] types() {
        return types.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && Arrays.equals(items, h.items) && Arrays.equals(weights, h.weights)
                && Arrays.equals(times, h.times) && Arrays.equals(types, h.types);
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
