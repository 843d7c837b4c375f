package dev.livesell.recommend.data;

import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The compact, indexed interaction log models train on: dense user and item indices (see
 * {@link IdIndex}), events grouped by user and ordered by time within a user (ties keep input order),
 * each with an item, a weight (from the interaction type, see {@link InteractionWeights}), a time
 * (epoch seconds, or the position in the input when the data has no clock) and a type code
 * ({@link InteractionType#ordinal()}, or -1 when the data does not say).
 *
 * <p>Event {@code e} of user {@code u} runs over {@code start(u) <= e < end(u)}. Subsets made by
 * {@link #select} share the dictionaries, so indices stay comparable across train/validation/test parts.
 * Immutable and thread-safe (derived views are computed once, lazily).
 *
 * <p>Example: {@code InteractionMatrix m = InteractionMatrix.of(log, InteractionWeights.defaults()); m.history(0)}
 */
public final class InteractionMatrix {
    private final IdIndex users;
    private final IdIndex items;
    private final boolean clock;
    private final int[] userPtr;
    private final int[] item;
    private final float[] weight;
    private final long[] time;
    private final byte[] type;
    private volatile Csr byUser;
    private volatile int[] itemCounts;

    private InteractionMatrix(IdIndex users, IdIndex items, boolean clock, int[] userPtr, int[] item, float[] weight,
                              long[] time, byte[] type) {
        this.users = users;
        this.items = items;
        this.clock = clock;
        this.userPtr = userPtr;
        this.item = item;
        this.weight = weight;
        this.time = time;
        this.type = type;
    }

    /** Indexes a core log; viewers become users, products items, weights from the interaction types. */
    public static InteractionMatrix of(InteractionLog log, InteractionWeights weights) {
        Builder b = builder().clock(true);
        for (Interaction e : log.events()) {
            b.add(e.viewer().value(), e.product().value(), e.at().getEpochSecond(), weights.weight(e.type()), e.type());
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int numUsers() {
        return users.size();
    }

    public int numItems() {
        return items.size();
    }

    public int numEvents() {
        return item.length;
    }

    /** True when times are real epoch seconds, false when they are input positions. */
    public boolean hasClock() {
        return clock;
    }

    /** First event index of a user. */
    public int start(int user) {
        return userPtr[user];
    }

    /** One past the last event index of a user. */
    public int end(int user) {
        return userPtr[user + 1];
    }

    public int eventCount(int user) {
        return userPtr[user + 1] - userPtr[user];
    }

    public int item(int event) {
        return item[event];
    }

    public float weight(int event) {
        return weight[event];
    }

    public long time(int event) {
        return time[event];
    }

    /** The interaction type's ordinal, or -1 when unknown. */
    public int typeCode(int event) {
        return type[event];
    }

    /** The user owning an event (binary search over users). */
    public int userOf(int event) {
        int lo = 0;
        int hi = users.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (userPtr[mid] <= event) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** A user's events, oldest first. */
    public History history(int user) {
        int s = userPtr[user];
        int e = userPtr[user + 1];
        return new History(Arrays.copyOfRange(item, s, e), Arrays.copyOfRange(weight, s, e), Arrays.copyOfRange(time, s, e),
                Arrays.copyOfRange(type, s, e));
    }

    /** A user's history looked up by external id; empty (cold start) when the user is unknown. */
    public History history(String userId) {
        int u = users.indexOf(userId);
        return u < 0 ? History.empty() : history(u);
    }

    /**
     * The user×item matrix with one entry per distinct pair; the value is the largest weight of the
     * pair's events. A fresh copy each call (the caller owns it; writing to it cannot change this matrix):
     * call it once per fit, not per user.
     */
    public Csr byUser() {
        Csr c = byUser;
        if (c == null) {
            c = buildByUser();
            byUser = c;
        }
        return c.copy();
    }

    /** Events per item (how often each item occurs in the log). */
    public int[] itemCounts() {
        int[] c = itemCounts;
        if (c == null) {
            c = new int[numItems()];
            for (int i : item) {
                c[i]++;
            }
            itemCounts = c;
        }
        return c.clone();
    }

    /** The events the predicate accepts (by event index), with the same user and item dictionaries. */
    public InteractionMatrix select(IntPredicate keepEvent) {
        int n = 0;
        boolean[] keep = new boolean[item.length];
        for (int e = 0; e < item.length; e++) {
            if (keepEvent.test(e)) {
                keep[e] = true;
                n++;
            }
        }
        int[] ptr = new int[userPtr.length];
        int[] it = new int[n];
        float[] w = new float[n];
        long[] t = new long[n];
        byte[] ty = new byte[n];
        int q = 0;
        for (int u = 0; u < numUsers(); u++) {
            for (int e = userPtr[u]; e < userPtr[u + 1]; e++) {
                if (keep[e]) {
                    it[q] = item[e];
                    w[q] = weight[e];
                    t[q] = time[e];
                    ty[q] = type[e];
                    q++;
                }
            }
            ptr[u + 1] = q;
        }
        return new InteractionMatrix(users, items, clock, ptr, it, w, t, ty);
    }

    /** A copy with every weight set to 1 (pure implicit feedback). */
    public InteractionMatrix unweighted() {
        float[] w = new float[weight.length];
        Arrays.fill(w, 1f);
        return new InteractionMatrix(users, items, clock, userPtr, item, w, time, type);
    }

    /** Persistence view of the arrays (copies: the matrix stays immutable). */
    public Arrays4 arrays() {
        return new Arrays4(userPtr.clone(), item.clone(), weight.clone(), time.clone(), type.clone());
    }

    /** Rebuilds a matrix from {@link #arrays()} and dictionaries (used when loading saved models). */
    public static InteractionMatrix fromArrays(IdIndex users, IdIndex items, boolean clock, Arrays4 a) {
        if (a.userPtr().length != users.size() + 1 || a.userPtr()[users.size()] != a.item().length) {
            throw new InvalidValueException("userPtr", "does not match the user count and events", a.userPtr().length);
        }
        int n = a.item().length;
        if (a.weight().length != n || a.time().length != n || a.type().length != n) {
            throw new InvalidValueException("arrays", "item, weight, time and type must have one entry per event (" + n + ")",
                    a.weight().length + "/" + a.time().length + "/" + a.type().length);
        }
        for (int u = 0; u < users.size(); u++) {
            if (a.userPtr()[u] > a.userPtr()[u + 1]) {
                throw new InvalidValueException("userPtr", "must not decrease (user " + u + ")", a.userPtr()[u]);
            }
        }
        for (int i : a.item()) {
            if (i < 0 || i >= items.size()) {
                throw new InvalidValueException("item", "index out of range 0.." + (items.size() - 1), i);
            }
        }
        return new InteractionMatrix(users, items, clock, a.userPtr().clone(), a.item().clone(), a.weight().clone(), a.time().clone(),
                a.type().clone());
    }

    /** The raw arrays of a matrix. */
    public record Arrays4(int[] userPtr, int[] item, float[] weight, long[] time, byte[] type) {
    }

    private Csr buildByUser() {
        int nu = numUsers();
        int[] ptr = new int[nu + 1];
        int[] cols = new int[item.length];
        float[] vals = new float[item.length];
        int q = 0;
        long[] buf = new long[16];
        for (int u = 0; u < nu; u++) {
            int s = userPtr[u];
            int e = userPtr[u + 1];
            int len = e - s;
            if (buf.length < len) {
                buf = new long[len * 2];
            }
            for (int k = 0; k < len; k++) {
                buf[k] = ((long) item[s + k] << 32) | (s + k);
            }
            Arrays.sort(buf, 0, len);
            int rowStart = q;
            for (int k = 0; k < len; k++) {
                int it = (int) (buf[k] >>> 32);
                int ev = (int) buf[k];
                if (q > rowStart && cols[q - 1] == it) {
                    vals[q - 1] = Math.max(vals[q - 1], weight[ev]);
                } else {
                    cols[q] = it;
                    vals[q] = weight[ev];
                    q++;
                }
            }
            ptr[u + 1] = q;
        }
        return new Csr(nu, numItems(), ptr, Arrays.copyOf(cols, q), Arrays.copyOf(vals, q));
    }

    /**
     * Collects events in any order; {@link #build()} groups them by user and sorts by time (stable).
     * Not thread-safe.
     */
    public static final class Builder {
        private IdIndex.Builder users = new IdIndex.Builder();
        private IdIndex.Builder items = new IdIndex.Builder();
        private boolean clock;
        private int n;
        private int[] u = new int[1024];
        private int[] it = new int[1024];
        private float[] w = new float[1024];
        private long[] t = new long[1024];
        private byte[] ty = new byte[1024];

        /** Whether the times passed to {@link #add} are epoch seconds (default false: positions). */
        public Builder clock(boolean clock) {
            this.clock = clock;
            return this;
        }

        /** Starts from existing item ids, so their indices are kept (new items get later indices). */
        public Builder items(IdIndex existing) {
            if (n > 0) {
                throw new IllegalStateException("items must be set before adding events");
            }
            this.items = existing.toBuilder();
            return this;
        }

        /** Registers an item without an event (so catalogues can include items nobody touched yet). */
        public int addItem(String itemId) {
            return items.add(itemId);
        }

        /** Registers a user without events. */
        public int addUser(String userId) {
            return users.add(userId);
        }

        /** Adds an event; {@code type} may be null when the data does not say. */
        public Builder add(String user, String item, long time, float weight, InteractionType type) {
            if (!(weight > 0) || Float.isInfinite(weight)) {
                throw new InvalidValueException("weight", "must be positive and finite", weight);
            }
            if (n == u.length) {
                int cap = n * 2;
                u = Arrays.copyOf(u, cap);
                it = Arrays.copyOf(it, cap);
                w = Arrays.copyOf(w, cap);
                t = Arrays.copyOf(t, cap);
                ty = Arrays.copyOf(ty, cap);
            }
            u[n] = users.add(user);
            it[n] = items.add(item);
            w[n] = weight;
            t[n] = time;
            ty[n] = type == null ? -1 : (byte) type.ordinal();
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        public InteractionMatrix build() {
            int nu = users.size();
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> u[a] != u[b] ? Integer.compare(u[a], u[b]) : Long.compare(t[a], t[b]));
            int[] ptr = new int[nu + 1];
            int[] oi = new int[n];
            float[] ow = new float[n];
            long[] ot = new long[n];
            byte[] oty = new byte[n];
            for (int k = 0; k < n; k++) {
                int e = order[k];
                ptr[u[e] + 1]++;
                oi[k] = it[e];
                ow[k] = w[e];
                ot[k] = t[e];
                oty[k] = ty[e];
            }
            for (int k = 0; k < nu; k++) {
                ptr[k + 1] += ptr[k];
            }
            return new InteractionMatrix(users.build(), items.build(), clock, ptr, oi, ow, ot, oty);
        }
    }
}
