package dev.livesell.recommend.model;

import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import java.util.Arrays;

/**
 * The distinct items of a history with one weight each: the sum over the item's events of
 * {@code eventWeight * decay^(events after it)} ({@code decay = 1}: no recency). {@code last} is the most
 * recent event position of each item (0 = newest). Not thread-safe (a per-call value).
 */
final class HistoryProfile {
    final int[] items;
    final float[] weights;
    final int[] age;
    final int size;

    private HistoryProfile(int[] items, float[] weights, int[] age, int size) {
        this.items = items;
        this.weights = weights;
        this.age = age;
        this.size = size;
    }

    /**
     * Adds, for every item of this profile, its row of {@code rows} (item → neighbour weights) scaled by the
     * item's weight, or by 1 when {@code unitWeights}, into {@code out}: the scoring of the sparse
     * item-item models (item-kNN, sparse EASE).
     */
    void addRows(Csr rows, boolean unitWeights, float[] out) {
        int[] ptr = rows.ptr();
        int[] cols = rows.cols();
        float[] vals = rows.vals();
        for (int k = 0; k < size; k++) {
            int i = items[k];
            float w = unitWeights ? 1f : weights[k];
            for (int q = ptr[i]; q < ptr[i + 1]; q++) {
                out[cols[q]] += w * vals[q];
            }
        }
    }

    static HistoryProfile of(History h, double decay, boolean useEventWeights) {
        int n = h.size();
        int[] items = new int[n];
        float[] w = new float[n];
        int[] age = new int[n];
        int size = 0;
        double f = 1;
        for (int e = n - 1; e >= 0; e--) {
            int it = h.item(e);
            float ew = (float) ((useEventWeights ? h.weight(e) : 1f) * f);
            int k = indexOf(items, size, it);
            if (k < 0) {
                items[size] = it;
                w[size] = ew;
                age[size] = n - 1 - e;
                size++;
            } else {
                w[k] += ew;
            }
            f *= decay;
        }
        return new HistoryProfile(Arrays.copyOf(items, size), Arrays.copyOf(w, size), Arrays.copyOf(age, size), size);
    }

    private static int indexOf(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
