package dev.livesell.core;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A live stream: its host, start, planned length and lineup (the products it will sell, in planned
 * order, no duplicates). Immutable and thread-safe.
 *
 * @param id       session id
 * @param title    the room title
 * @param host     the host's id
 * @param start    scheduled start
 * @param planned  planned length
 * @param lineup   products to sell, in order
 */
public record LiveSession(SessionId id, String title, HostId host, Instant start, Duration planned, List<ProductId> lineup) {
    public LiveSession {
        Check.notNull("id", id);
        title = title == null ? "" : title.strip();
        Check.notNull("host", host);
        Check.notNull("start", start);
        planned = planned == null ? Duration.ofHours(2) : planned;
        if (planned.isNegative() || planned.isZero()) {
            throw new InvalidValueException("planned", "must be positive", planned);
        }
        lineup = Check.list("lineup", lineup);
        Set<ProductId> seen = new HashSet<>();
        for (ProductId p : lineup) {
            if (!seen.add(p)) {
                throw new InvalidValueException("lineup", "lists a product twice", p);
            }
        }
    }

    /** End of the planned stream. */
    public Instant end() {
        return start.plus(planned);
    }
}
