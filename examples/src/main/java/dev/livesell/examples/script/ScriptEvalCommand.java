package dev.livesell.examples.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptBlock;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.Segment;
import dev.livesell.script.SegmentType;
import dev.livesell.script.gate.GateAction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code livesell script eval}: one offline script per catalog product, checked with checks that do not
 * use the generator's code: grounding (numbers and units in the product's data or offer), compliance
 * (a fresh detector re-checks every line), segment coverage (share of the 14 segment types that have at
 * least one line) and duration error (|planned − requested| / requested, averaged).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Generate a script per catalog product and check grounding, compliance, coverage and timing. "
                + "Ends with: grounded=0.XXXX violations=N coverage=0.XXXX duration_error=0.XXXX scripts=N")
public final class ScriptEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSON Lines (default: the bundled sample).")
    Path catalog;

    @Option(names = "--minutes", defaultValue = "10", description = "Length of each script (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", description = "Host style: energetic, expert, warm, playful (default: warm).")
    String style;

    @Override
    public Integer call() {
        InMemoryCatalog c = CatalogOption.load(catalog);
        FalseAdDetector checker = FalseAdDetector.builder().build();
        ScriptGenerator generator = ScriptGenerator.offline();
        PrintWriter out = spec.commandLine().getOut();
        long lines = 0;
        long grounded = 0;
        long violations = 0;
        long covered = 0;
        long expected = 0;
        double durationError = 0;
        long dropped = 0;
        long rewritten = 0;
        long excluded = 0;
        int scripts = 0;
        long t0 = System.nanoTime();
        for (Product p : c.products()) {
            Offer o = c.offer(p.id()).orElse(null);
            ScriptRequest.Builder request = ScriptRequest.builder().add(p, o).minutes(minutes).language(language).seed(seed);
            if (style != null) {
                request.style(dev.livesell.core.PersonaStyle.parse(style));
            }
            LiveScript s = generator.generate(request.build());
            scripts++;
            ScriptQualityCheck check = new ScriptQualityCheck(p, o);
            int productViolations = 0;
            int productUngrounded = 0;
            for (ScriptBlock b : s.blocks()) {
                for (Segment seg : b.segments()) {
                    expected++;
                    if (!seg.lines().isEmpty()) {
                        covered++;
                    }
                    for (ScriptLine l : seg.lines()) {
                        lines++;
                        if (check.grounded(l.text())) {
                            grounded++;
                        } else {
                            productUngrounded++;
                            out.println("ungrounded " + p.id().value() + ": " + l.text());
                        }
                        Claim claim = b.kind() == SegmentType.Block.PRODUCT ? Claim.about(l.text(), p, o) : Claim.of(l.text());
                        if (checker.check(claim).isViolation()) {
                            violations++;
                            productViolations++;
                            out.println("violation " + p.id().value() + ": " + l.text());
                        }
                    }
                }
            }
            durationError += Math.abs(s.duration().toSeconds() - s.requested().toSeconds()) / (double) s.requested().toSeconds();
            dropped += s.audit().count(GateAction.DROPPED);
            rewritten += s.audit().count(GateAction.REWRITTEN);
            excluded += s.audit().count(GateAction.FACT_EXCLUDED);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "lines=%d gate_rewritten=%d gate_dropped=%d facts_excluded=%d time_s=%.1f%n",
                lines, rewritten, dropped, excluded, seconds);
        out.printf(Locale.ROOT, "grounded=%.4f violations=%d coverage=%.4f duration_error=%.4f scripts=%d%n",
                lines == 0 ? 0 : grounded / (double) lines, violations, expected == 0 ? 0 : covered / (double) expected,
                scripts == 0 ? 0 : durationError / scripts, scripts);
        out.flush();
        return 0;
    }
}
