package dev.livesell.core;

/**
 * Base of every exception livesell throws. Unchecked; {@link #isRetriable()} tells a caller whether
 * the same call may succeed later (a rate-limited model, a timeout) or never will (bad input).
 *
 * <p>Example: {@code catch (LivesellException e) { if (e.isRetriable()) retryLater(); else reject(e); }}
 */
public class LivesellException extends RuntimeException {
    private final boolean retriable;

    public LivesellException(String message) {
        this(message, null, false);
    }

    public LivesellException(String message, Throwable cause) {
        this(message, cause, false);
    }

    protected LivesellException(String message, Throwable cause, boolean retriable) {
        super(message, cause);
        this.retriable = retriable;
    }

    /** True when retrying the same call later may succeed. */
    public boolean isRetriable() {
        return retriable;
    }
}
