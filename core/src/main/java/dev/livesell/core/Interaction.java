package dev.livesell.core;

import java.time.Instant;
import java.util.Optional;

/**
 * One event: a viewer did something with a product at an instant, optionally in a live session.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Interaction.of("v-1", "p-1001", InteractionType.CART, Instant.parse("2026-06-01T12:00:00Z"))}
 */
public record Interaction(ViewerId viewer, ProductId product, InteractionType type, Instant at, Optional<SessionId> session) {
    public Interaction {
        Check.notNull("viewer", viewer);
        Check.notNull("product", product);
        Check.notNull("type", type);
        Check.notNull("at", at);
        session = Check.optional(session);
    }

    public static Interaction of(String viewer, String product, InteractionType type, Instant at) {
        return new Interaction(ViewerId.of(viewer), ProductId.of(product), type, at, Optional.empty());
    }
}
