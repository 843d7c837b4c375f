package dev.livesell.examples.sample;

import dev.livesell.core.Comment;
import dev.livesell.core.InteractionType;
import dev.livesell.core.LiveSession;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.core.io.LivesellJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code livesell sample}: maintenance of the bundled sample data. Hidden from the top-level help; its
 * one subcommand, {@code generate}, regenerates {@code viewers.jsonl} and {@code interactions.jsonl}:
 * {@code livesell sample generate --seed 42 --out examples/src/main/resources/sample}.
 */
@Command(name = "sample", hidden = true, mixinStandardHelpOptions = true,
        description = "Maintain the bundled sample data.",
        subcommands = {SampleCommand.Generate.class})
public final class SampleCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code livesell sample generate}: runs the {@link InteractionGenerator} and writes its output. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Simulate the viewers and interaction log of the sample (deterministic for a seed) "
                    + "and write viewers.jsonl and interactions.jsonl into a directory.")
    public static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed = InteractionGenerator.DEFAULT_SEED;

        @Option(names = "--viewers", description = "number of viewers (default: ${DEFAULT-VALUE})")
        int viewers = InteractionGenerator.DEFAULT_VIEWERS;

        @Option(names = "--days", description = "number of days (default: ${DEFAULT-VALUE})")
        int days = InteractionGenerator.DEFAULT_DAYS;

        @Option(names = "--start", description = "first day, ISO date (default: ${DEFAULT-VALUE})")
        LocalDate start = InteractionGenerator.DEFAULT_START;

        @Option(names = "--catalog", description = "catalog JSONL (default: the bundled sample catalog)")
        Path catalog;

        @Option(names = "--sessions", description = "live sessions JSONL (default: the bundled sessions)")
        Path sessions;

        @Option(names = "--comments", description = "comments JSONL (default: the bundled comments)")
        Path comments;

        @Option(names = "--out", required = true, description = "directory to write viewers.jsonl and interactions.jsonl into")
        Path out;

        @Override
        public Integer call() {
            InteractionGenerator.Builder b = InteractionGenerator.builder().seed(seed).viewers(viewers).days(days).start(start);
            if (catalog != null) {
                b.catalog(CatalogFile.read(catalog));
            }
            if (sessions != null) {
                b.sessions(LivesellJson.readJsonLines(sessions, LiveSession.class));
            }
            if (comments != null) {
                b.comments(LivesellJson.readJsonLines(comments, Comment.class));
            }
            GeneratedSample sample = b.build().generate();
            sample.writeTo(out);
            PrintWriter w = spec.commandLine().getOut();
            w.printf("wrote %d viewers and %d interactions (seed %d) to %s%n", sample.viewers().size(),
                    sample.interactions().size(), seed, out);
            for (Map.Entry<InteractionType, Integer> e : sample.countsByType().entrySet()) {
                w.printf("  %-10s %7d%n", e.getKey().jsonName(), e.getValue());
            }
            w.flush();
            return 0;
        }
    }
}
