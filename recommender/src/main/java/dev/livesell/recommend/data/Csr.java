package dev.livesell.recommend.data;

/**
 * A compressed sparse row matrix: row {@code r} holds columns {@code cols[ptr[r]..ptr[r+1])} with
 * values {@code vals[...]}, columns ascending within a row. Used for user×item and item×user views of
 * an {@link InteractionMatrix}. A plain value for model code: the accessors hand out the arrays themselves,
 * not copies (scoring loops read them per element), so whoever writes to them owns the consequences;
 * {@link InteractionMatrix#byUser()} gives each caller its own {@link #copy()}. Thread-safe when not mutated.
 *
 * <p>Example: {@code for (int p = csr.ptr()[r]; p < csr.ptr()[r + 1]; p++) use(csr.cols()[p], csr.vals()[p]);}
 */
public record Csr(int rows, int columns, int[] ptr, int[] cols, float[] vals) {
    public int rowLength(int r) {
        return ptr[r + 1] - ptr[r];
    }

    public int nonZeros() {
        return ptr[rows];
    }

    /** A deep copy. */
    public Csr copy() {
        return new Csr(rows, columns, ptr.clone(), cols.clone(), vals.clone());
    }

    /** The transpose (columns become rows). */
    public Csr transpose() {
        int[] cnt = new int[columns + 1];
        for (int p = 0; p < ptr[rows]; p++) {
            cnt[cols[p] + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            cnt[c + 1] += cnt[c];
        }
        int[] pos = cnt.clone();
        int[] tc = new int[ptr[rows]];
        float[] tv = new float[ptr[rows]];
        for (int r = 0; r < rows; r++) {
            for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                int q = pos[cols[p]]++;
                tc[q] = r;
                tv[q] = vals[p];
            }
        }
        return new Csr(columns, rows, cnt, tc, tv);
    }
}
