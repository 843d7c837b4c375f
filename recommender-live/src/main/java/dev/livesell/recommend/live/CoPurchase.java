package dev.livesell.recommend.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Item-to-item co-purchase similarity (cosine over the sets of users who bought each item, with
 * shrinkage), keeping each item's {@value #NEIGHBOURS} nearest neighbours: the collaborative signal
 * blended into {@link RepurchaseRanker}. Immutable and thread-safe.
 *
 * <p>Example: {@code double[] s = CoPurchase.fit(history).scores(userItems);}
 */
public final class CoPurchase {
    static final int NEIGHBOURS = 20;
    private static final double SHRINK = 10;

    private final int items;
    private final int[][] neighbours;
    private final float[][] sims;

    private CoPurchase(int items, int[][] neighbours, float[][] sims) {
        this.items = items;
        this.neighbours = neighbours;
        this.sims = sims;
    }

    public static CoPurchase fit(PurchaseHistory h) {
        int ni = h.items();
        int nu = h.users();
        int[][] userItems = new int[nu][];
        int[] df = new int[ni];
        List<List<Integer>> buyers = new ArrayList<>(ni);
        for (int i = 0; i < ni; i++) {
            buyers.add(new ArrayList<>());
        }
        for (int u = 0; u < nu; u++) {
            userItems[u] = h.baskets(u).stream().flatMapToInt(b -> Arrays.stream(b.items())).distinct().toArray();
            for (int i : userItems[u]) {
                df[i]++;
                buyers.get(i).add(u);
            }
        }
        int[][] nb = new int[ni][];
        float[][] sm = new float[ni][];
        int[] co = new int[ni];
        int[] touched = new int[ni];
        for (int i = 0; i < ni; i++) {
            int nt = 0;
            for (int u : buyers.get(i)) {
                for (int j : userItems[u]) {
                    if (j != i) {
                        if (co[j] == 0) {
                            touched[nt++] = j;
                        }
                        co[j]++;
                    }
                }
            }
            int keep = Math.min(NEIGHBOURS, nt);
            int[] best = new int[keep];
            float[] bestS = new float[keep];
            int filled = 0;
            for (int t = 0; t < nt; t++) {
                int j = touched[t];
                float s = (float) (co[j] / (Math.sqrt((double) df[i] * df[j]) + SHRINK));
                co[j] = 0;
                if (filled < keep) {
                    best[filled] = j;
                    bestS[filled] = s;
                    filled++;
                } else {
                    int min = 0;
                    for (int m = 1; m < keep; m++) {
                        if (bestS[m] < bestS[min]) {
                            min = m;
                        }
                    }
                    if (s > bestS[min]) {
                        best[min] = j;
                        bestS[min] = s;
                    }
                }
            }
            nb[i] = best;
            sm[i] = bestS;
        }
        return new CoPurchase(ni, nb, sm);
    }

    /** Collaborative score of every item for a user who bought {@code userItems}. */
    public double[] scores(int[] userItems) {
        double[] out = new double[items];
        for (int j : userItems) {
            int[] n = neighbours[j];
            float[] s = sims[j];
            for (int t = 0; t < n.length; t++) {
                out[n[t]] += s[t];
            }
        }
        return out;
    }

    /** The {@code k} best-scored items not in {@code userItems} (sorted ascending). */
    public static int[] topNew(double[] scores, int[] userItemsSorted, int k) {
        Integer[] idx = new Integer[scores.length];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0 && Arrays.binarySearch(userItemsSorted, i) < 0) {
                idx[n++] = i;
            }
        }
        Integer[] c = Arrays.copyOf(idx, n);
        Arrays.sort(c, (a, b) -> {
            int cmp = Double.compare(scores[b], scores[a]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        int m = Math.min(k, c.length);
        int[] out = new int[m];
        for (int r = 0; r < m; r++) {
            out[r] = c[r];
        }
        return out;
    }
}
