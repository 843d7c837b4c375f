package dev.livesell.recommend.io;

import dev.livesell.recommend.data.InteractionMatrix;
import java.nio.file.Path;

/**
 * Reads the {@code sequences} format: one user per line, {@code user item item ...} separated by
 * whitespace, items in time order (Amazon Beauty, MovieLens train/valid/test files). Times are
 * positions; weights 1. Several files may be read into one matrix (a user's lines are appended in file
 * order). A user line without items, or a user repeated within a file, fails with {@code file:line}.
 * Thread-safe (stateless).
 *
 * <p>Example: {@code InteractionMatrix m = SequencesReader.read(Path.of("Beauty.txt"));}
 */
public final class SequencesReader {
    private SequencesReader() {
    }

    public static InteractionMatrix read(Path... files) {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        long pos = 0;
        for (Path f : files) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (LineSource src = LineSource.open(f)) {
                String line;
                while ((line = src.next()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] tok = line.strip().split("\\s+");
                    if (tok.length < 2) {
                        throw src.error("items", "expected 'user item item ...' with at least one item (was " + line.strip() + ")");
                    }
                    if (!seen.add(tok[0])) {
                        throw src.error("user", "appears on an earlier line of this file (was " + tok[0] + ")");
                    }
                    for (int i = 1; i < tok.length; i++) {
                        b.add(tok[0], tok[i], pos++, 1f, null);
                    }
                }
            }
        }
        return b.build();
    }
}
