package dev.livesell.recommend.io;

import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.IdIndex;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.EvalCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@code sessions} format: one anonymous session per line, items separated by whitespace in
 * click order (session ids are {@code s<line>}), and optionally a test file of
 * {@code prefix items<TAB>target} lines (SR-GNN / GCE-GNN preprocessing). Test items are indexed
 * against the training items; a prefix item the training data never saw cannot be scored and is left
 * out of the prefix (the count is logged), an unknown target stays as -1 (a miss). Thread-safe.
 *
 * <p>Example: {@code Dataset d = SessionsReader.read(Path.of("all_train_seq.txt"), Path.of("test_prefix_target.txt"));}
 */
public final class SessionsReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionsReader.class);

    private SessionsReader() {
    }

    /** Reads sessions; {@code test} may be null. */
    public static Dataset read(Path train, Path test) {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        long pos = 0;
        try (LineSource src = LineSource.open(train)) {
            String line;
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] tok = line.strip().split("\\s+");
                String session = "s" + src.line();
                for (String t : tok) {
                    b.add(session, t, pos++, 1f, null);
                }
            }
        }
        InteractionMatrix m = b.build();
        List<EvalCase> cases = test == null ? List.of() : readTest(test, m.items());
        return new Dataset(train.toString(), m, cases);
    }

    /** Reads {@code prefix<TAB>target} lines against an item dictionary. */
    public static List<EvalCase> readTest(Path test, IdIndex items) {
        List<EvalCase> out = new ArrayList<>();
        long unknownPrefixItems = 0;
        try (LineSource src = LineSource.open(test)) {
            String line;
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw src.error("", "expected 'prefix items<TAB>target' (no tab in " + abbreviate(line) + ")");
                }
                String target = line.substring(tab + 1).strip();
                String prefix = line.substring(0, tab).strip();
                if (target.isEmpty() || target.contains(" ")) {
                    throw src.error("target", "must be exactly one item (was '" + target + "')");
                }
                if (prefix.isEmpty()) {
                    throw src.error("prefix", "must have at least one item");
                }
                String[] tok = prefix.split("\\s+");
                int[] it = new int[tok.length];
                int n = 0;
                for (String t : tok) {
                    int i = items.indexOf(t);
                    if (i >= 0) {
                        it[n++] = i;
                    } else {
                        unknownPrefixItems++;
                    }
                }
                out.add(new EvalCase(-1, History.ofItems(Arrays.copyOf(it, n)), new int[] {items.indexOf(target)}));
            }
        }
        if (unknownPrefixItems > 0) {
            LOG.info("{}: {} prefix items unknown to the training data were left out of their prefixes", test, unknownPrefixItems);
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
