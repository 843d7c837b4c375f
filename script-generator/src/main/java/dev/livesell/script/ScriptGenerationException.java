package dev.livesell.script;

import dev.livesell.core.LivesellException;

/**
 * A script could not be generated: the chat model failed (rate limit, timeout, server error: retriable;
 * authentication, bad request: not retriable) or kept returning output that is not the requested JSON.
 *
 * <p>Example: {@code catch (ScriptGenerationException e) { if (e.isRetriable()) scheduleRetry(); }}
 */
public class ScriptGenerationException extends LivesellException {
    public ScriptGenerationException(String message, Throwable cause, boolean retriable) {
        super(message, cause, retriable);
    }
}
