package dev.livesell.recommend.model;

import dev.livesell.recommend.Reason;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.List;

/** Reasons from a sparse item×item matrix: the history item with the strongest link to the target. */
final class NeighbourReasons {
    private NeighbourReasons() {
    }

    static int strongestSource(Csr rows, History history, int item) {
        int best = -1;
        float bw = 0;
        for (int e = history.size() - 1; e >= 0; e--) {
            int i = history.item(e);
            int q = Arrays.binarySearch(rows.cols(), rows.ptr()[i], rows.ptr()[i + 1], item);
            if (q >= 0 && rows.vals()[q] > bw) {
                bw = rows.vals()[q];
                best = i;
            }
        }
        return best;
    }

    static List<Reason> similarTo(InteractionMatrix data, Csr sims, History history, int item) {
        int best = strongestSource(sims, history, item);
        if (best < 0) {
            return List.of(Reason.of(Reason.SIMILAR_TO, "fits your history as a whole"));
        }
        String id = data.items().id(best);
        return List.of(Reason.of(Reason.SIMILAR_TO, "viewers who took " + id + " also took this", id));
    }
}
