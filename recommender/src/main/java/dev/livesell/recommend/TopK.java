package dev.livesell.recommend;

/**
 * Selects the {@code k} best-scoring items from a full score vector in O(n log k): higher score first,
 * ties broken by the lower item index (so results are deterministic). Stateless and thread-safe.
 *
 * <p>Example: {@code int[] top = TopK.select(scores, 10, seen);} where {@code seen[i]} marks excluded items.
 */
public final class TopK {
    private TopK() {
    }

    /**
     * The indices of the {@code k} highest scores, best first; items with {@code excluded[i]} (may be
     * null) or a NaN / negative-infinite score are skipped. Fewer than k when fewer items qualify.
     */
    public static int[] select(float[] scores, int k, boolean[] excluded) {
        k = Math.min(k, scores.length); // "everything" (k = Integer.MAX_VALUE) allocates no more than the catalogue
        int[] heapItem = new int[k];
        float[] heapScore = new float[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if ((excluded != null && excluded[i]) || Float.isNaN(s) || s == Float.NEGATIVE_INFINITY) {
                continue;
            }
            if (size < k) {
                heapItem[size] = i;
                heapScore[size] = s;
                siftUp(heapItem, heapScore, size);
                size++;
            } else if (s > heapScore[0]) {
                // strictly greater: on equal scores the earlier (lower) index already in the heap wins
                heapItem[0] = i;
                heapScore[0] = s;
                siftDown(heapItem, heapScore, size);
            }
        }
        int[] out = new int[size];
        for (int n = size - 1; n >= 0; n--) {
            out[n] = heapItem[0];
            heapItem[0] = heapItem[n];
            heapScore[0] = heapScore[n];
            siftDown(heapItem, heapScore, n);
        }
        return out;
    }

    /** Worse = lower score, or equal score and higher index (the heap root is the worst kept item). */
    private static boolean worse(int ia, float sa, int ib, float sb) {
        return sa < sb || (sa == sb && ia > ib);
    }

    private static void siftUp(int[] it, float[] sc, int pos) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (worse(it[pos], sc[pos], it[parent], sc[parent])) {
                swap(it, sc, pos, parent);
                pos = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] it, float[] sc, int size) {
        int pos = 0;
        while (true) {
            int l = 2 * pos + 1;
            if (l >= size) {
                return;
            }
            int r = l + 1;
            int w = l;
            if (r < size && worse(it[r], sc[r], it[l], sc[l])) {
                w = r;
            }
            if (worse(it[w], sc[w], it[pos], sc[pos])) {
                swap(it, sc, pos, w);
                pos = w;
            } else {
                return;
            }
        }
    }

    private static void swap(int[] it, float[] sc, int a, int b) {
        int ti = it[a];
        it[a] = it[b];
        it[b] = ti;
        float ts = sc[a];
        sc[a] = sc[b];
        sc[b] = ts;
    }
}
