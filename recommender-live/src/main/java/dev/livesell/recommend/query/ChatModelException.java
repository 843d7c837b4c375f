package dev.livesell.recommend.query;

import dev.livesell.core.LivesellException;

/**
 * The configured chat model failed or answered something unusable. {@link #isRetriable()} is true for
 * rate limits, timeouts and server errors, false for malformed answers and rejected requests.
 */
public final class ChatModelException extends LivesellException {
    public ChatModelException(String message, Throwable cause, boolean retriable) {
        super(message, cause, retriable);
    }
}
