package dev.livesell.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, time-ordered list of {@link Interaction}s (ties keep their input order). Read one with
 * {@link dev.livesell.core.io.InteractionLogReader}; the recommender indexes it into compact arrays
 * for training. Thread-safe.
 *
 * <p>Example: {@code InteractionLog log = InteractionLogReader.read(Path.of("interactions.jsonl")); log.size()}
 */
public final class InteractionLog {
    private final List<Interaction> events;

    private InteractionLog(List<Interaction> events) {
        this.events = events;
    }

    public static InteractionLog of(List<Interaction> events) {
        List<Interaction> copy = new ArrayList<>(Check.list("events", events));
        copy.sort(Comparator.comparing(Interaction::at));
        return new InteractionLog(List.copyOf(copy));
    }

    public List<Interaction> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    public Optional<Instant> first() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).at());
    }

    public Optional<Instant> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).at());
    }

    /** Events strictly before the instant (a time split's training part). */
    public InteractionLog before(Instant at) {
        List<Interaction> out = new ArrayList<>();
        for (Interaction e : events) {
            if (e.at().isBefore(at)) {
                out.add(e);
            }
        }
        return new InteractionLog(List.copyOf(out));
    }

    /** Summary counts: events, distinct viewers and products, and events per type. */
    public Stats stats() {
        Set<ViewerId> viewers = new HashSet<>();
        Set<ProductId> products = new HashSet<>();
        Map<InteractionType, Integer> byType = new EnumMap<>(InteractionType.class);
        for (Interaction e : events) {
            viewers.add(e.viewer());
            products.add(e.product());
            byType.merge(e.type(), 1, Integer::sum);
        }
        return new Stats(events.size(), viewers.size(), products.size(), Map.copyOf(byType));
    }

    /** Summary of a log. */
    public record Stats(int events, int viewers, int products, Map<InteractionType, Integer> byType) {
    }
}
