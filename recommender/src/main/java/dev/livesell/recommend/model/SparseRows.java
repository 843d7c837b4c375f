package dev.livesell.recommend.model;

import dev.livesell.recommend.ChunkedTasks;
import dev.livesell.recommend.data.Csr;
import java.util.Arrays;

/**
 * Builds sparse item×item matrices row by row: a row is computed into a dense accumulator, then the
 * non-zero entries (optionally only the {@code topK} largest) are kept. Rows are built on a small thread
 * pool. Stateless.
 */
final class SparseRows {
    private SparseRows() {
    }

    /** Fills one row into {@code acc}; must add every touched column to {@code touched} once. */
    interface RowFiller {
        void fill(int row, float[] acc, Touched touched);
    }

    /** The set of touched columns of a row being built. */
    static final class Touched {
        int[] cols;
        int size;
        final boolean[] mark;

        Touched(int n) {
            cols = new int[64];
            mark = new boolean[n];
        }

        void add(int c) {
            if (!mark[c]) {
                mark[c] = true;
                if (size == cols.length) {
                    cols = Arrays.copyOf(cols, size * 2);
                }
                cols[size++] = c;
            }
        }
    }

    /** Transforms a raw accumulated value of (row, col) into the kept value (NaN or ≤ 0 drops it). */
    interface Finisher {
        float finish(int row, int col, float raw);
    }

    static Csr build(int rows, int cols, int topK, int threads, RowFiller filler, Finisher finisher) {
        int[][] rc = new int[rows][];
        float[][] rv = new float[rows][];
        ChunkedTasks.run("livesell-fit", threads, Math.max(1, threads * 16), (chunk, chunks) -> {
            float[] acc = new float[cols];
            Touched t = new Touched(cols);
            for (int r = chunk; r < rows; r += chunks) {
                filler.fill(r, acc, t);
                int n = 0;
                int[] keepC = new int[t.size];
                float[] keepV = new float[t.size];
                for (int k = 0; k < t.size; k++) {
                    int col = t.cols[k];
                    float v = finisher.finish(r, col, acc[col]);
                    acc[col] = 0;
                    t.mark[col] = false;
                    if (v > 0) {
                        keepC[n] = col;
                        keepV[n] = v;
                        n++;
                    }
                }
                t.size = 0;
                if (topK > 0 && n > topK) {
                    int[] top = dev.livesell.recommend.TopK.select(Arrays.copyOf(keepV, n), topK, null);
                    int[] c2 = new int[topK];
                    float[] v2 = new float[topK];
                    for (int k = 0; k < topK; k++) {
                        c2[k] = keepC[top[k]];
                        v2[k] = keepV[top[k]];
                    }
                    keepC = c2;
                    keepV = v2;
                    n = topK;
                }
                sortByColumn(keepC, keepV, n);
                rc[r] = Arrays.copyOf(keepC, n);
                rv[r] = Arrays.copyOf(keepV, n);
            }
        });
        return assemble(rows, cols, rc, rv);
    }

    /** A CSR matrix from per-row column and value arrays (each row sorted by column). */
    static Csr assemble(int rows, int cols, int[][] rc, float[][] rv) {
        int[] ptr = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            ptr[r + 1] = ptr[r] + rc[r].length;
        }
        int[] c = new int[ptr[rows]];
        float[] v = new float[ptr[rows]];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(rc[r], 0, c, ptr[r], rc[r].length);
            System.arraycopy(rv[r], 0, v, ptr[r], rv[r].length);
        }
        return new Csr(rows, cols, ptr, c, v);
    }

    private static void sortByColumn(int[] c, float[] v, int n) {
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = ((long) c[k] << 32) | (Float.floatToRawIntBits(v[k]) & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int k = 0; k < n; k++) {
            c[k] = (int) (packed[k] >>> 32);
            v[k] = Float.intBitsToFloat((int) packed[k]);
        }
    }

    static int threads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

}
