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
 * use the generator's code: grounding ({@link ScriptQualityCheck}: numbers, units, currencies and offer words
 * in the product's data or offer) and compliance (a fresh detector re-checks every line, warm-up and closing
 * included, with {@code Claim.about} for the script's product), plus how often a segment had to be filled
 * with the generator's fact-free fallback line because the gate dropped all of its lines. With {@code --replies},
 * the LLM path instead, over recorded replies with labelled faults ({@link ReplayEval}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Generate a script per catalog product and re-check grounding and compliance of every line. "
                + "Ends with: grounded=0.XXXX violations=N fallback=0.XXXX scripts=N",
                "With --replies FILE: the LLM path, offline. One script per product the file has a script reply for, "
                        + "through the chat-model generator over a replay of the file's hand-written replies (labelled "
                        + "faults: invented prices and discounts, wrong currency, banned absolute terms, efficacy and "
                        + "medical claims, guarantees, missing notices, wrong-shaped or empty replies, echoed instructions). "
                        + "It measures the gate, not a model. It ends with:",
                "  faults_injected=N faults_reached_output=N grounded=0.XXXX",
                "  violations=N regenerations=N fallback=0.XXXX scripts=N"})
public final class ScriptEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSON Lines (default: the bundled sample).")
    Path catalog;

    @Option(names = "--minutes", defaultValue = "10", description = "Length of each script (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--lang", description = "zh or en (default: zh). Not with --replies: each script is in its product's language.")
    String language;

    @Option(names = "--replies", paramLabel = "FILE",
            description = "Recorded chat-model replies (JSON Lines, see ReplayChatModel): evaluate the LLM path on them "
                    + "instead of the offline generator. Shipped: examples/src/main/resources/sample/llm-replies.jsonl "
                    + "(for the sample catalog).")
    Path replies;

    @Option(names = "--list-faults", description = "With --replies: list every labelled fault and what stopped it.")
    boolean listFaults;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", description = "Host style: energetic, expert, warm, playful (default: warm).")
    String style;

    /** What the independent checks found in scripts. */
    static final class Tally {
        long lines;
        long grounded;
        long violations;
        long segments;
        long fallbacks;
    }

    /**
     * Re-checks every line of a script about one product: grounding with the eval's own checker, compliance with
     * {@code Claim.about(line, product, offer)} (session lines included); prints each problem.
     */
    static void check(LiveScript s, Product p, Offer o, FalseAdDetector detector, Tally t, PrintWriter out) {
        ScriptQualityCheck grounding = new ScriptQualityCheck(p, o);
        for (ScriptBlock b : s.blocks()) {
            for (Segment seg : b.segments()) {
                t.segments++;
                for (ScriptLine l : seg.lines()) {
                    t.lines++;
                    if (grounding.grounded(l.text())) {
                        t.grounded++;
                    } else {
                        out.println("ungrounded " + p.id().value() + ": " + l.text());
                    }
                    if (detector.check(Claim.about(l.text(), p, o)).isViolation()) {
                        t.violations++;
                        out.println("violation " + p.id().value() + ": " + l.text());
                    }
                }
            }
        }
        t.fallbacks += s.audit().count(GateAction.FALLBACK);
    }

    @Override
    public Integer call() {
        InMemoryCatalog c = CatalogOption.load(catalog);
        if (replies != null) {
            return replay(c);
        }
        if (listFaults) {
            throw new dev.livesell.core.InvalidValueException("--list-faults", "needs --replies", true);
        }
        String lang = language == null ? "zh" : language;
        FalseAdDetector checker = FalseAdDetector.builder().build();
        ScriptGenerator generator = ScriptGenerator.offline();
        PrintWriter out = spec.commandLine().getOut();
        Tally t = new Tally();
        long dropped = 0;
        long rewritten = 0;
        long excluded = 0;
        int scripts = 0;
        long t0 = System.nanoTime();
        for (Product p : c.products()) {
            Offer o = c.offer(p.id()).orElse(null);
            ScriptRequest.Builder request = ScriptRequest.builder().add(p, o).minutes(minutes).language(lang).seed(seed);
            if (style != null) {
                request.style(dev.livesell.core.PersonaStyle.parse(style));
            }
            LiveScript s = generator.generate(request.build());
            scripts++;
            check(s, p, o, checker, t, out);
            dropped += s.audit().count(GateAction.DROPPED);
            rewritten += s.audit().count(GateAction.REWRITTEN);
            excluded += s.audit().count(GateAction.FACT_EXCLUDED);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "lines=%d segments=%d gate_rewritten=%d gate_dropped=%d facts_excluded=%d fallback_lines=%d time_s=%.1f%n",
                t.lines, t.segments, rewritten, dropped, excluded, t.fallbacks, seconds);
        out.printf(Locale.ROOT, "grounded=%.4f violations=%d fallback=%.4f scripts=%d%n",
                t.lines == 0 ? 0 : t.grounded / (double) t.lines, t.violations, t.segments == 0 ? 0 : t.fallbacks / (double) t.segments,
                scripts);
        out.flush();
        return 0;
    }

    private Integer replay(InMemoryCatalog c) {
        if (language != null) {
            throw new dev.livesell.core.InvalidValueException("--lang", "is not used with --replies: each script is in its product's "
                    + "language, as its recorded replies are", language);
        }
        dev.livesell.script.llm.replay.ReplayChatModel model = dev.livesell.script.llm.replay.ReplayChatModel.read(replies);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        ReplayEval.Figures f = ReplayEval.run(c, model, FalseAdDetector.builder().build(), FalseAdDetector.builder().build(), minutes, seed,
                style == null ? null : dev.livesell.core.PersonaStyle.parse(style), out);
        ReplayEval.print(f, listFaults, (System.nanoTime() - t0) / 1e9, out);
        out.flush();
        return 0;
    }
}
