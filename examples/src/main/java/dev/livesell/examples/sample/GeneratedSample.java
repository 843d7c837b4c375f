package dev.livesell.examples.sample;

import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionType;
import dev.livesell.core.Viewer;
import dev.livesell.core.io.LivesellJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link InteractionGenerator#generate()} returns: the simulated viewers (with their segment and
 * traits) and their interactions in time order. Immutable and thread-safe.
 *
 * <p>Example: {@code InteractionGenerator.builder().seed(42).build().generate().writeTo(Path.of("out"))}
 *
 * @param viewers      the viewers, ordered by id
 * @param interactions the events, ordered by instant (ties by viewer, product, type)
 */
public record GeneratedSample(List<Viewer> viewers, List<Interaction> interactions) {
    /** File name of the viewers, as in {@code sample/}. */
    public static final String VIEWERS_FILE = "viewers.jsonl";
    /** File name of the interaction log, as in {@code sample/}. */
    public static final String INTERACTIONS_FILE = "interactions.jsonl";

    public GeneratedSample {
        viewers = List.copyOf(viewers);
        interactions = List.copyOf(interactions);
    }

    /** Number of events per type, in {@link InteractionType} order. */
    public Map<InteractionType, Integer> countsByType() {
        Map<InteractionType, Integer> m = new EnumMap<>(InteractionType.class);
        for (Interaction i : interactions) {
            m.merge(i.type(), 1, Integer::sum);
        }
        return m;
    }

    /** Writes {@value #VIEWERS_FILE} and {@value #INTERACTIONS_FILE} (JSON Lines, UTF-8) into the directory. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        LivesellJson.writeJsonLines(dir.resolve(VIEWERS_FILE), viewers);
        LivesellJson.writeJsonLines(dir.resolve(INTERACTIONS_FILE), interactions);
    }
}
