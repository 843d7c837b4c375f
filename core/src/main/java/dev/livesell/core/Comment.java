package dev.livesell.core;

import java.time.Instant;
import java.util.Optional;

/**
 * A viewer's live comment (弹幕). Immutable and thread-safe.
 *
 * @param viewer  who wrote it
 * @param at      when
 * @param text    the comment as typed
 * @param session the live session, if known
 * @param about   the product it concerns, if known (e.g. the product on screen)
 */
public record Comment(ViewerId viewer, Instant at, String text, Optional<SessionId> session, Optional<ProductId> about) {
    public Comment {
        Check.notNull("viewer", viewer);
        Check.notNull("at", at);
        Check.notBlank("text", text);
        session = Check.optional(session);
        about = Check.optional(about);
    }
}
