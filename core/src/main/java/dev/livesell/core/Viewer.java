package dev.livesell.core;

import java.util.Map;
import java.util.Optional;

/**
 * A viewer (shopper) of live streams. {@code traits} are self-declared or inferred facts the
 * recommender may use (肤质 → 油性, 城市 → 杭州, segment → 宝妈). Immutable and thread-safe.
 *
 * <p>Example: {@code new Viewer(ViewerId.of("v-00042"), Optional.of("小鹿"), Map.of("肤质", "油性"))}
 */
public record Viewer(ViewerId id, Optional<String> nickname, Map<String, String> traits) {
    public Viewer {
        Check.notNull("id", id);
        nickname = Check.optional(nickname).filter(s -> !s.isBlank());
        traits = Check.attributes("traits", traits);
    }

    public static Viewer of(String id) {
        return new Viewer(ViewerId.of(id), Optional.empty(), Map.of());
    }
}
