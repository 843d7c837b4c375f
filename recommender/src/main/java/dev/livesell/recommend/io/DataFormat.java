package dev.livesell.recommend.io;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.io.InteractionLogReader;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The input formats of {@code recommend eval --format}: {@code interactions-csv}, {@code sequences},
 * {@code sessions}, {@code taobao}, {@code instacart} and {@code jsonl} (core's interaction JSON Lines, or
 * its {@code viewer,product,type,at} CSV). Thread-safe.
 *
 * <p>Example: {@code Dataset d = DataFormat.parse("sequences").load(Path.of("Beauty.txt"), null, InteractionWeights.defaults());}
 */
public enum DataFormat {
    INTERACTIONS_CSV("interactions-csv"),
    SEQUENCES("sequences"),
    SESSIONS("sessions"),
    TAOBAO("taobao"),
    INSTACART("instacart"),
    JSONL("jsonl");

    private final String cliName;

    DataFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static DataFormat parse(String name) {
        for (DataFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new InvalidValueException("format", "must be one of interactions-csv, sequences, sessions, taobao, instacart, jsonl", name);
    }

    /**
     * Loads data. {@code test} (may be null) is the sessions format's {@code prefix<TAB>target} file; for
     * {@code sequences} it may instead name extra sequence files, separated by the path separator, that
     * are appended (MovieLens train/valid/test); for {@code instacart}, {@code data} is the folder.
     */
    public Dataset load(Path data, Path test, InteractionWeights weights) {
        if (!Files.exists(data)) {
            throw new dev.livesell.core.LivesellException("no such file: " + data);
        }
        String src = data.toString();
        return switch (this) {
            case INTERACTIONS_CSV -> Dataset.of(src, InteractionsCsvReader.read(data, weights));
            case SEQUENCES -> Dataset.of(src, SequencesReader.read(sequenceFiles(data)));
            case SESSIONS -> SessionsReader.read(data, test);
            case TAOBAO -> Dataset.of(src, TaobaoReader.read(data, weights));
            case INSTACART -> Dataset.of(src, InstacartData.read(data).toMatrix(weights));
            case JSONL -> Dataset.of(src, InteractionMatrix.of(InteractionLogReader.read(data), weights));
        };
    }

    /** A folder of sequence files reads train*, valid*, test* (then any other .txt) in that order. */
    private static Path[] sequenceFiles(Path data) {
        if (!Files.isDirectory(data)) {
            return new Path[] {data};
        }
        try (java.util.stream.Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(java.util.Comparator.comparingInt((Path p) -> rank(p.getFileName().toString())).thenComparing(Path::toString))
                    .toArray(Path[]::new);
        } catch (java.io.IOException e) {
            throw new dev.livesell.core.LivesellException("cannot list " + data + ": " + e.getMessage(), e);
        }
    }

    private static int rank(String name) {
        return name.startsWith("train") ? 0 : name.startsWith("valid") ? 1 : name.startsWith("test") ? 2 : 3;
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
