package dev.livesell.recommend.model;

import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.TopK;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The features a {@link RerankedModel} scores each candidate with: the candidates are the blend's top
 * {@code candidates} items for a history; per blend part, the item's normalized score, its rank among
 * the candidates by that part, and its score for the newest event alone; the blended score and rank;
 * the item's overall and recent popularity (log counts over the training data and over its last tenth of
 * users, which for session logs in time order are the newest sessions); how often the history holds the
 * item and how many events ago it last did; the history's length and distinct items.
 * Immutable and thread-safe.
 */
final class RerankFeatures {
    /** Recent popularity counts events of this last fraction of the (non-empty) users. */
    static final double RECENT_FRACTION = 0.1;
    private static final int ABSENT = 999;

    private final BlendModel blend;
    private final int candidates;
    private final boolean excludeSeen;
    private final float[] logPop;
    private final float[] logRecentPop;
    private final List<String> names;

    RerankFeatures(BlendModel blend, int candidates, boolean excludeSeen) {
        this.blend = blend;
        this.candidates = candidates;
        this.excludeSeen = excludeSeen;
        InteractionMatrix d = blend.data();
        int n = d.numItems();
        int[] counts = d.itemCounts();
        logPop = new float[n];
        for (int i = 0; i < n; i++) {
            logPop[i] = (float) Math.log1p(counts[i]);
        }
        int lastUser = 0;
        for (int u = 0; u < d.numUsers(); u++) {
            if (d.end(u) > d.start(u)) {
                lastUser = u + 1;
            }
        }
        int[] recent = new int[n];
        for (int u = (int) (lastUser * (1 - RECENT_FRACTION)); u < lastUser; u++) {
            for (int e = d.start(u); e < d.end(u); e++) {
                recent[d.item(e)]++;
            }
        }
        logRecentPop = new float[n];
        for (int i = 0; i < n; i++) {
            logRecentPop[i] = (float) Math.log1p(recent[i]);
        }
        names = names(blend.parts().size());
    }

    static List<String> names(int parts) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            out.add("part" + p + "_score");
            out.add("part" + p + "_rank");
            out.add("part" + p + "_newest");
        }
        out.addAll(List.of("blend", "blend_rank", "log_pop", "log_recent_pop", "in_history", "events_since_seen",
                "history_length", "history_distinct"));
        return Collections.unmodifiableList(out);
    }

    List<String> names() {
        return names;
    }

    int candidates() {
        return candidates;
    }

    boolean excludeSeen() {
        return excludeSeen;
    }

    /** A history's candidates (best blended first) and one feature row per candidate. */
    record Rows(int[] items, double[][] rows) {
    }

    /**
     * The candidates of a non-empty history and their features; {@code blended} (length = items) receives the
     * blend's scores for every item.
     */
    Rows compute(History h, float[] blended) {
        List<Recommender> parts = blend.parts();
        double[] w = blend.weights();
        int n = blended.length;
        int np = parts.size();
        float[][] s = new float[np][];
        float[][] newest = new float[np][];
        Arrays.fill(blended, 0f);
        History last = History.ofItems(h.item(h.size() - 1));
        for (int p = 0; p < np; p++) {
            s[p] = new float[n];
            newest[p] = new float[n];
            BlendModel.normalizedScores(parts.get(p), h, s[p]);
            BlendModel.normalizedScores(parts.get(p), last, newest[p]);
            float f = (float) w[p];
            if (f != 0) {
                for (int i = 0; i < n; i++) {
                    blended[i] += f * s[p][i];
                }
            }
        }
        boolean[] excluded = null;
        if (excludeSeen) {
            excluded = new boolean[n];
            for (int e = 0; e < h.size(); e++) {
                excluded[h.item(e)] = true;
            }
        }
        int[] cand = TopK.select(blended, candidates, excluded);
        int m = cand.length;
        int nf = names.size();
        double[][] rows = new double[m][nf];
        for (int p = 0; p < np; p++) {
            int[] order = rankOrder(cand, s[p]);
            for (int r = 0; r < m; r++) {
                rows[order[r]][3 * p + 1] = r;
            }
        }
        int distinct = (int) Arrays.stream(h.items()).distinct().count();
        int o = 3 * np;
        for (int k = 0; k < m; k++) {
            int i = cand[k];
            double[] x = rows[k];
            for (int p = 0; p < np; p++) {
                x[3 * p] = s[p][i];
                x[3 * p + 2] = newest[p][i];
            }
            x[o] = blended[i];
            x[o + 1] = k;
            x[o + 2] = logPop[i];
            x[o + 3] = logRecentPop[i];
            int count = 0;
            int since = ABSENT;
            for (int e = 0; e < h.size(); e++) {
                if (h.item(e) == i) {
                    count++;
                    since = h.size() - 1 - e;
                }
            }
            x[o + 4] = count;
            x[o + 5] = since;
            x[o + 6] = h.size();
            x[o + 7] = distinct;
        }
        return new Rows(cand, rows);
    }

    /** Candidate positions ordered by {@code scores} (best first, ties by position). */
    private static int[] rankOrder(int[] cand, float[] scores) {
        Integer[] idx = new Integer[cand.length];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Float.compare(scores[cand[b]], scores[cand[a]]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = idx[k];
        }
        return out;
    }
}
