package dev.livesell.recommend.eval;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.data.Csr;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.io.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How a data set is split into training, validation and test parts ({@code recommend eval --protocol}):
 * <ul>
 *   <li>{@code ratio}: the distinct user-item pairs of the whole log are shuffled (seeded) and split
 *       8:1:1 (a random split of the interactions, as the independent EASE reference on ML-1M does); all
 *       events of a pair go to the pair's part; targets are a user's held-out items.</li>
 *   <li>{@code ratio-user}: the same per user: each user's distinct items are shuffled and split 8:1:1
 *       with RecBole's rounding (RecBole's {@code group_by: user}).</li>
 *   <li>{@code loo}: leave-one-out; a user's last event is the test target, the second-to-last the
 *       validation target. A target that repeats an item already in the history stays a case and can never
 *       be hit with seen items excluded (252 of 815 users in the Taobao prefix, none in Amazon Beauty); for
 *       logs with many repeats, {@code time} scores only items new to the viewer.</li>
 *   <li>{@code session}: next item after each prefix of held-out sessions (the given test file, else the
 *       last 10% of sessions); validation uses prefixes of the last 10% of the training sessions. Repeats
 *       are allowed (history items are not excluded).</li>
 *   <li>{@code time}: global time split at the 80% and 90% quantiles of event times; targets are a
 *       user's items in the later part that are not in their earlier history.</li>
 * </ul>
 * Test cases are always scored by a model trained on {@link Split#fullTrain()}; validation cases by one
 * trained on {@link Split#train()}. Thread-safe.
 *
 * <p>Example: {@code Split s = Protocol.parse("loo").split(dataset, 42);}
 */
public enum Protocol {
    RATIO("ratio"),
    LEAVE_ONE_OUT("loo"),
    SESSION("session"),
    TIME("time"),
    RATIO_BY_USER("ratio-user");

    private final String cliName;

    Protocol(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Parses a CLI name (also accepts leave-one-out, random, time-split, session-next-item). */
    public static Protocol parse(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "ratio", "random", "811", "8:1:1", "rs" -> RATIO;
            case "loo", "leave-one-out" -> LEAVE_ONE_OUT;
            case "session", "session-next-item", "next-item" -> SESSION;
            case "time", "time-split" -> TIME;
            case "ratio-user", "ratio-by-user" -> RATIO_BY_USER;
            default -> throw new InvalidValueException("protocol", "must be one of ratio, ratio-user, loo, session, time", name);
        };
    }

    /** Splits a data set; {@code seed} drives the ratio split's shuffle. */
    public Split split(Dataset data, long seed) {
        InteractionMatrix m = data.interactions();
        return switch (this) {
            case RATIO -> ratio(m, seed, false);
            case RATIO_BY_USER -> ratio(m, seed, true);
            case LEAVE_ONE_OUT -> leaveOneOut(m);
            case SESSION -> session(m, data.heldOut());
            case TIME -> time(m);
        };
    }

    private static Split leaveOneOut(InteractionMatrix m) {
        boolean[] inTrain = new boolean[m.numEvents()];
        boolean[] inFull = new boolean[m.numEvents()];
        for (int u = 0; u < m.numUsers(); u++) {
            int s = m.start(u);
            int e = m.end(u);
            int n = e - s;
            for (int k = s; k < e; k++) {
                inFull[k] = n < 2 || k < e - 1;
                inTrain[k] = n < 3 ? inFull[k] : k < e - 2;
            }
        }
        InteractionMatrix train = m.select(k -> inTrain[k]);
        InteractionMatrix full = m.select(k -> inFull[k]);
        List<EvalCase> valid = new ArrayList<>();
        List<EvalCase> test = new ArrayList<>();
        for (int u = 0; u < m.numUsers(); u++) {
            int n = m.eventCount(u);
            if (n >= 3) {
                valid.add(new EvalCase(u, train.history(u), new int[] {m.item(m.end(u) - 2)}));
            }
            if (n >= 2) {
                test.add(new EvalCase(u, full.history(u), new int[] {m.item(m.end(u) - 1)}));
            }
        }
        return new Split(train, valid, full, test, true);
    }

    private static Split ratio(InteractionMatrix m, long seed, boolean byUser) {
        Csr pairs = m.byUser();
        // part[p] for each distinct pair: 0 train, 1 valid, 2 test
        byte[] part = new byte[pairs.nonZeros()];
        Random rnd = new Random(seed);
        if (!byUser) {
            int tot = pairs.nonZeros();
            int[] idx = new int[tot];
            for (int k = 0; k < tot; k++) {
                idx[k] = k;
            }
            for (int k = tot - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int t = idx[k];
                idx[k] = idx[j];
                idx[j] = t;
            }
            int nTrain = (int) Math.round(tot * 0.8);
            int nValid = (int) Math.round(tot * 0.1);
            for (int k = 0; k < tot; k++) {
                part[idx[k]] = (byte) (k < nTrain ? 0 : k < nTrain + nValid ? 1 : 2);
            }
        }
        for (int u = 0; byUser && u < m.numUsers(); u++) {
            int s = pairs.ptr()[u];
            int tot = pairs.rowLength(u);
            int[] idx = new int[tot];
            for (int k = 0; k < tot; k++) {
                idx[k] = s + k;
            }
            for (int k = tot - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int t = idx[k];
                idx[k] = idx[j];
                idx[j] = t;
            }
            int[] cnt = splitCounts(tot, new double[] {0.8, 0.1, 0.1});
            for (int k = 0; k < tot; k++) {
                part[idx[k]] = (byte) (k < cnt[0] ? 0 : k < cnt[0] + cnt[1] ? 1 : 2);
            }
        }
        byte[] eventPart = new byte[m.numEvents()];
        for (int u = 0; u < m.numUsers(); u++) {
            for (int e = m.start(u); e < m.end(u); e++) {
                int p = Arrays.binarySearch(pairs.cols(), pairs.ptr()[u], pairs.ptr()[u + 1], m.item(e));
                eventPart[e] = part[p];
            }
        }
        InteractionMatrix train = m.select(e -> eventPart[e] == 0);
        InteractionMatrix full = m.select(e -> eventPart[e] <= 1);
        List<EvalCase> valid = new ArrayList<>();
        List<EvalCase> test = new ArrayList<>();
        for (int u = 0; u < m.numUsers(); u++) {
            int[] v = itemsOfPart(pairs, part, u, 1);
            int[] t = itemsOfPart(pairs, part, u, 2);
            if (v.length > 0) {
                valid.add(new EvalCase(u, train.history(u), v));
            }
            if (t.length > 0) {
                test.add(new EvalCase(u, full.history(u), t));
            }
        }
        return new Split(train, valid, full, test, true);
    }

    /** RecBole's per-group split sizes: floor of each ratio, remainder to train, tiny parts get one. */
    static int[] splitCounts(int tot, double[] ratios) {
        int[] cnt = new int[ratios.length];
        int rest = 0;
        for (int i = 1; i < ratios.length; i++) {
            cnt[i] = (int) (ratios[i] * tot);
            rest += cnt[i];
        }
        cnt[0] = tot - rest;
        for (int i = 1; i < ratios.length; i++) {
            if (cnt[0] <= 1) {
                break;
            }
            int j = ratios.length - i;
            double x = ratios[j] * tot;
            if (0 < x && x < 1) {
                cnt[j]++;
                cnt[0]--;
            }
        }
        return cnt;
    }

    private static int[] itemsOfPart(Csr pairs, byte[] part, int u, int which) {
        int n = 0;
        int[] out = new int[pairs.rowLength(u)];
        for (int p = pairs.ptr()[u]; p < pairs.ptr()[u + 1]; p++) {
            if (part[p] == which) {
                out[n++] = pairs.cols()[p];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static Split session(InteractionMatrix m, List<EvalCase> heldOut) {
        int nu = m.numUsers();
        int tenth = Math.max(1, nu / 10);
        if (!heldOut.isEmpty()) {
            int cut = nu - tenth;
            InteractionMatrix train = m.select(e -> m.userOf(e) < cut);
            return new Split(train, prefixCases(m, cut, nu), m, heldOut, false);
        }
        int testCut = nu - tenth;
        int validCut = testCut - tenth;
        int[] owner = owners(m);
        InteractionMatrix full = m.select(e -> owner[e] < testCut);
        InteractionMatrix train = m.select(e -> owner[e] < validCut);
        return new Split(train, prefixCases(m, validCut, testCut), full, prefixCases(m, testCut, nu), false);
    }

    private static int[] owners(InteractionMatrix m) {
        int[] owner = new int[m.numEvents()];
        for (int u = 0; u < m.numUsers(); u++) {
            Arrays.fill(owner, m.start(u), m.end(u), u);
        }
        return owner;
    }

    /** Every prefix → next item of sessions {@code from..to-1} (anonymous cases). */
    static List<EvalCase> prefixCases(InteractionMatrix m, int from, int to) {
        List<EvalCase> out = new ArrayList<>();
        for (int u = from; u < to; u++) {
            History h = m.history(u);
            for (int n = 1; n < h.size(); n++) {
                out.add(new EvalCase(-1, h.prefix(n), new int[] {h.item(n)}));
            }
        }
        return out;
    }

    private static Split time(InteractionMatrix m) {
        if (m.numEvents() < 10) {
            throw new InvalidValueException("data", "a time split needs at least 10 events", m.numEvents());
        }
        long[] ts = new long[m.numEvents()];
        for (int e = 0; e < ts.length; e++) {
            ts[e] = m.time(e);
        }
        Arrays.sort(ts);
        long t1 = ts[(int) (ts.length * 0.8)];
        long t2 = ts[(int) (ts.length * 0.9)];
        InteractionMatrix train = m.select(e -> m.time(e) < t1);
        InteractionMatrix full = m.select(e -> m.time(e) < t2);
        List<EvalCase> valid = new ArrayList<>();
        List<EvalCase> test = new ArrayList<>();
        for (int u = 0; u < m.numUsers(); u++) {
            addTimeCase(m, train, u, t1, t2, valid);
            addTimeCase(m, full, u, t2, Long.MAX_VALUE, test);
        }
        return new Split(train, valid, full, test, true);
    }

    private static void addTimeCase(InteractionMatrix m, InteractionMatrix before, int u, long from, long to, List<EvalCase> out) {
        if (before.eventCount(u) == 0) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int e = before.start(u); e < before.end(u); e++) {
            seen.add(before.item(e));
        }
        Set<Integer> targets = new java.util.LinkedHashSet<>();
        for (int e = m.start(u); e < m.end(u); e++) {
            long t = m.time(e);
            if (t >= from && t < to && !seen.contains(m.item(e))) {
                targets.add(m.item(e));
            }
        }
        if (!targets.isEmpty()) {
            out.add(new EvalCase(u, before.history(u), targets.stream().mapToInt(Integer::intValue).toArray()));
        }
    }
}
