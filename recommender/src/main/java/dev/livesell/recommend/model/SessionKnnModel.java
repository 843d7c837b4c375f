package dev.livesell.recommend.model;

import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Session-based k-nearest neighbours in the style of V-SKNN / STAN: the query's items are weighted by
 * recency ({@code exp(-age/posDecay)}), candidate neighbours are the {@code sample} most recent
 * training sessions (or users) containing a query item, similarity is the weighted overlap divided by
 * {@code sqrt(|neighbour|)}, and the {@code k} most similar neighbours vote for their items with their
 * similarity times {@code exp(-distance/neighbourDecay)}, the distance being the steps between the
 * voted item and the neighbour's most recent shared item. Meant for anonymous live-room viewers.
 * Immutable and thread-safe (scratch space is per thread).
 *
 * <p>Example: {@code Recommender sknn = SessionKnnModel.trainer().neighbours(200).fit(sessions);}
 */
public final class SessionKnnModel implements Recommender {
    private final InteractionMatrix data;
    private final Map<String, String> params;
    /** item → sessions containing it, most recent session first. */
    private final Csr itemSessions;
    private final int k;
    private final int sample;
    private final double posDecay;
    private final double neighbourDecay;
    private final double idfPower;
    private final float[] idf;
    private final double recency;
    private final double beforeWeight;
    private final float[] sessionWeight;
    private final ThreadLocal<Scratch> scratch;

    SessionKnnModel(InteractionMatrix data, Map<String, String> params, Csr itemSessions, int k, int sample,
                    double posDecay, double neighbourDecay, double idfPower, double recency, double beforeWeight) {
        this.data = data;
        this.beforeWeight = beforeWeight;
        this.recency = recency;
        this.sessionWeight = sessionWeights(data, recency);
        this.idfPower = idfPower;
        this.idf = new float[data.numItems()];
        int sessions = Math.max(1, data.numUsers());
        for (int i = 0; i < idf.length; i++) {
            int df = itemSessions.rowLength(i);
            idf[i] = df == 0 ? 0f : (float) Math.pow(Math.log(1.0 + (double) sessions / df), idfPower);
        }
        this.params = Map.copyOf(params);
        this.itemSessions = itemSessions;
        this.k = k;
        this.sample = sample;
        this.posDecay = posDecay;
        this.neighbourDecay = neighbourDecay;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(data.numUsers(), data.numItems()));
    }

    /** 0.5^(age / (recency · span)) per session, age = newest time − the session's last time; all 1 when recency = 0. */
    private static float[] sessionWeights(InteractionMatrix data, double recency) {
        float[] w = new float[data.numUsers()];
        java.util.Arrays.fill(w, 1f);
        if (recency <= 0 || data.numEvents() == 0) {
            return w;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int e = 0; e < data.numEvents(); e++) {
            min = Math.min(min, data.time(e));
            max = Math.max(max, data.time(e));
        }
        double span = Math.max(1, max - min) * recency;
        for (int u = 0; u < w.length; u++) {
            if (data.eventCount(u) > 0) {
                w[u] = (float) Math.pow(0.5, (max - data.time(data.end(u) - 1)) / span);
            }
        }
        return w;
    }

    public static Trainer trainer() {
        return new Trainer(100, 1000, 4.0, 2.0, 0.0, 0.0, 1.0);
    }

    private static final class Scratch {
        final float[] sim;
        final int[] lastShared;
        final int[] touched;
        final float[] itemWeight;
        final boolean[] isTouched;
        final boolean[] inQuery;

        Scratch(int sessions, int items) {
            sim = new float[sessions];
            lastShared = new int[sessions];
            touched = new int[Math.max(16, sessions)];
            isTouched = new boolean[sessions];
            itemWeight = new float[items];
            inQuery = new boolean[items];
        }
    }

    @Override
    public String name() {
        return "sknn";
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public void score(History history, float[] out) {
        Arrays.fill(out, 0f);
        Scratch s = scratch.get();
        int[] neighbours = neighbours(history, s);
        try {
            addNeighbourItems(neighbours, s, out);
        } finally {
            clear(s);
        }
    }

    private void addNeighbourItems(int[] neighbours, Scratch s, float[] out) {
        for (int idx = 0; idx < neighbours.length; idx++) {
            int n = neighbours[idx];
            float sim = s.sim[n];
            int anchor = s.lastShared[n];
            int st = data.start(n);
            for (int e = st; e < data.end(n); e++) {
                int dist = Math.abs(e - anchor);
                double side = e < anchor ? beforeWeight : 1.0;
                out[data.item(e)] += (float) (sim * side * Math.exp(-dist / neighbourDecay));
            }
        }
    }

    /**
     * Top-k neighbour sessions for the history; leaves sim/lastShared filled for them (cleared by
     * {@link #clear}). Membership is kept in explicit marks, not read off the weights: an old event's
     * weight can underflow to 0. The marks are reset in a {@code finally}, so a failed call (an item
     * index outside the catalogue) leaves no state behind on the thread.
     */
    private int[] neighbours(History history, Scratch s) {
        int len = history.size();
        float[] qw = s.itemWeight;
        int[] qItems = new int[len];
        int nq = 0;
        int nTouched = 0;
        try {
            for (int e = len - 1; e >= 0; e--) {
                int it = history.item(e);
                if (!s.inQuery[it]) {
                    s.inQuery[it] = true;
                    qw[it] = (float) Math.exp(-(len - 1 - e) / posDecay) * (idfPower == 0 ? 1f : idf[it]);
                    qItems[nq++] = it;
                }
            }
            for (int q = 0; q < nq; q++) {
                int it = qItems[q];
                int from = itemSessions.ptr()[it];
                int to = Math.min(itemSessions.ptr()[it + 1], from + sample);
                for (int p = from; p < to; p++) {
                    int sess = itemSessions.cols()[p];
                    if (!s.isTouched[sess]) {
                        s.isTouched[sess] = true;
                        s.touched[nTouched++] = sess;
                    }
                    s.sim[sess] += qw[it];
                }
            }
            float[] cand = new float[nTouched];
            for (int t = 0; t < nTouched; t++) {
                int sess = s.touched[t];
                int size = data.eventCount(sess);
                cand[t] = (float) (s.sim[sess] / Math.sqrt(Math.max(1, size))) * sessionWeight[sess];
            }
            int[] top = dev.livesell.recommend.TopK.select(cand, Math.min(k, Math.max(1, nTouched)), null);
            int[] out = new int[top.length];
            for (int r = 0; r < top.length; r++) {
                out[r] = s.touched[top[r]];
            }
            for (int t = 0; t < nTouched; t++) {
                s.sim[s.touched[t]] = 0;
                s.isTouched[s.touched[t]] = false;
            }
            nTouched = 0;
            // the selected neighbours keep their similarity and their most recent shared event
            for (int r = 0; r < top.length; r++) {
                int sess = out[r];
                s.sim[sess] = cand[top[r]];
                int last = -1;
                for (int e = data.end(sess) - 1; e >= data.start(sess); e--) {
                    if (s.inQuery[data.item(e)]) {
                        last = e;
                        break;
                    }
                }
                s.lastShared[sess] = last;
            }
            pendingClear.set(out);
            return out;
        } finally {
            for (int q = 0; q < nq; q++) {
                qw[qItems[q]] = 0;
                s.inQuery[qItems[q]] = false;
            }
            for (int t = 0; t < nTouched; t++) {
                s.sim[s.touched[t]] = 0;
                s.isTouched[s.touched[t]] = false;
            }
        }
    }

    private final ThreadLocal<int[]> pendingClear = new ThreadLocal<>();

    private void clear(Scratch s) {
        int[] sel = pendingClear.get();
        if (sel != null) {
            for (int sess : sel) {
                s.sim[sess] = 0;
            }
            pendingClear.remove();
        }
    }

    @Override
    public List<Reason> explain(History history, int item) {
        Scratch s = scratch.get();
        int[] nb = neighbours(history, s);
        clear(s);
        int votes = 0;
        for (int n : nb) {
            for (int e = data.start(n); e < data.end(n); e++) {
                if (data.item(e) == item) {
                    votes++;
                    break;
                }
            }
        }
        return List.of(Reason.of(Reason.SIMILAR_VIEWERS, votes + " of " + nb.length + " viewers with a similar session took this"));
    }

    /**
     * Trainer of {@link SessionKnnModel}: {@code k} neighbours (100), {@code sample} recent sessions per
     * item (1000), {@code posDecay} (4), {@code neighbourDecay} (2). Immutable.
     */
    public static final class Trainer implements Algorithm {
        private final int k;
        private final int sample;
        private final double posDecay;
        private final double neighbourDecay;
        private final double idfPower;
        private final double recency;
        private final double beforeWeight;

        Trainer(int k, int sample, double posDecay, double neighbourDecay, double idfPower, double recency, double beforeWeight) {
            this.beforeWeight = beforeWeight;
            this.recency = recency;
            this.idfPower = idfPower;
            this.k = k;
            this.sample = sample;
            this.posDecay = posDecay;
            this.neighbourDecay = neighbourDecay;
        }

        public Trainer neighbours(int v) {
            return new Trainer(Params.positiveInt("k", String.valueOf(v)), sample, posDecay, neighbourDecay, idfPower, recency, beforeWeight);
        }

        public Trainer sample(int v) {
            return new Trainer(k, Params.positiveInt("sample", String.valueOf(v)), posDecay, neighbourDecay, idfPower, recency, beforeWeight);
        }

        public Trainer posDecay(double v) {
            return new Trainer(k, sample, Params.positive("posDecay", String.valueOf(v)), neighbourDecay, idfPower, recency, beforeWeight);
        }

        public Trainer neighbourDecay(double v) {
            return new Trainer(k, sample, posDecay, Params.positive("neighbourDecay", String.valueOf(v)), idfPower, recency, beforeWeight);
        }

        /** Weight of query items by inverse session frequency, {@code log(1 + N/df)^p} (0 = off). */
        public Trainer idfPower(double v) {
            return new Trainer(k, sample, posDecay, neighbourDecay, Params.nonNegative("idfPower", String.valueOf(v)), recency, beforeWeight);
        }

        /** Half-life of a neighbour's weight as a fraction of the training time span (0 = off). */
        public Trainer recency(double v) {
            return new Trainer(k, sample, posDecay, neighbourDecay, idfPower, Params.nonNegative("recency", String.valueOf(v)), beforeWeight);
        }

        /** Weight of a neighbour's items that came before the shared item (1 = symmetric, 0 = only later items). */
        public Trainer beforeWeight(double v) {
            return new Trainer(k, sample, posDecay, neighbourDecay, idfPower, recency, Params.unit("beforeWeight", String.valueOf(v)));
        }

        @Override
        public String name() {
            return "sknn";
        }

        @Override
        public Map<String, String> params() {
            return Params.of("k", k, "sample", sample, "posDecay", posDecay, "neighbourDecay", neighbourDecay, "idfPower", idfPower, "recency", recency, "beforeWeight", beforeWeight);
        }

        @Override
        public Algorithm withParam(String key, String value) {
            return switch (key) {
                case "k" -> neighbours(Params.positiveInt(key, value));
                case "sample" -> sample(Params.positiveInt(key, value));
                case "posDecay" -> posDecay(Params.positive(key, value));
                case "neighbourDecay" -> neighbourDecay(Params.positive(key, value));
                case "idfPower" -> idfPower(Params.nonNegative(key, value));
                case "recency" -> recency(Params.nonNegative(key, value));
                case "beforeWeight" -> beforeWeight(Params.unit(key, value));
                default -> throw Params.unknown("sknn", key, "k, sample, posDecay, neighbourDecay, idfPower, recency, beforeWeight");
            };
        }

        @Override
        public Recommender fit(InteractionMatrix data) {
            return new SessionKnnModel(data, params(), itemSessions(data), k, sample, posDecay, neighbourDecay, idfPower, recency, beforeWeight);
        }

        /** item → distinct sessions, most recent (highest last time, then highest index) first. */
        static Csr itemSessions(InteractionMatrix data) {
            Csr byUser = data.byUser();
            Csr t = byUser.transpose();
            long[] lastTime = new long[data.numUsers()];
            for (int u = 0; u < data.numUsers(); u++) {
                lastTime[u] = data.eventCount(u) == 0 ? Long.MIN_VALUE : data.time(data.end(u) - 1);
            }
            int[] cols = t.cols().clone();
            for (int i = 0; i < t.rows(); i++) {
                int from = t.ptr()[i];
                int to = t.ptr()[i + 1];
                Integer[] row = new Integer[to - from];
                for (int p = from; p < to; p++) {
                    row[p - from] = cols[p];
                }
                Arrays.sort(row, (a, b) -> lastTime[a] != lastTime[b] ? Long.compare(lastTime[b], lastTime[a]) : Integer.compare(b, a));
                for (int p = from; p < to; p++) {
                    cols[p] = row[p - from];
                }
            }
            return new Csr(t.rows(), t.columns(), t.ptr(), cols, new float[cols.length]);
        }
    }
}
