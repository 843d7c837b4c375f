package dev.livesell.recommend;

/**
 * Per-thread scratch arrays for {@link Recommender#recommend}: a score vector and an exclusion mask
 * reused across calls so a top-k over a large catalogue allocates nothing proportional to the
 * catalogue (no garbage-collection pauses in the latency tail). Thread-confined, hence thread-safe.
 */
final class ScoreBuffers {
    private static final ThreadLocal<ScoreBuffers> LOCAL = new ThreadLocal<>();
    final float[] scores;
    /** All false between uses: callers reset what they set. */
    final boolean[] excluded;
    boolean inUse;

    private ScoreBuffers(int n) {
        scores = new float[n];
        excluded = new boolean[n];
    }

    /** This thread's buffers for {@code n} items, or fresh ones when they are in use (re-entrant call). */
    static ScoreBuffers acquire(int n) {
        ScoreBuffers b = LOCAL.get();
        if (b == null || b.scores.length != n) {
            b = new ScoreBuffers(n);
            LOCAL.set(b);
        } else if (b.inUse) {
            return new ScoreBuffers(n);
        }
        b.inUse = true;
        return b;
    }

    void release() {
        inUse = false;
    }
}
