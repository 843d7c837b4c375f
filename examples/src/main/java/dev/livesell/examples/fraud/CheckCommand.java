package dev.livesell.examples.fraud;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.UnknownIdException;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.Disguiser;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.FalseAdModelProvider;
import dev.livesell.fraud.Finding;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.ViolationCategory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code livesell check}: false-advertising verdicts for one claim, or an evaluation over a labelled TSV.
 *
 * <pre>
 * livesell check "全网最低价，三天见效"
 * livesell check --catalog catalog.jsonl --product p-1 --json "100%纯棉"
 * livesell check --eval dev.tsv --errors --stages rules
 * livesell check --eval dev.tsv --disguise any      # robustness: disguised copy of the same set
 * </pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check seller text for false or illegal advertising (verdict, findings, law, rewrite), "
                + "or evaluate on a labelled TSV (--eval).")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The claim to check.")
    String text;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSONL holding the product (and offer).")
    Path catalog;

    @Option(names = "--product", paramLabel = "ID", description = "Product id in the catalog the claim is about.")
    String productId;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    boolean json;

    @Option(names = "--eval", paramLabel = "FILE.tsv", description = "Evaluate on a TSV with columns text, label[, category].")
    Path eval;

    @Option(names = "--errors", description = "With --eval: list the rows judged wrongly.")
    boolean errors;

    @Option(names = "--disguise", paramLabel = "KIND",
            description = "With --eval: disguise every text first: full_width, separators, zero_width, traditional or any.")
    String disguise;

    @Option(names = "--stages", paramLabel = "rules|model|all", defaultValue = "all",
            description = "Stages to run: rules (lexicon rules + product facts), model, or all available (default).")
    String stages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (eval != null) {
            if (text != null) {
                throw new InvalidValueException("text", "give either TEXT or --eval, not both", text);
            }
            // flags of the single-claim mode would be silently ignored: reject them
            if (catalog != null || productId != null || json) {
                String flag = catalog != null ? "--catalog" : productId != null ? "--product" : "--json";
                throw new InvalidValueException(flag, "applies to checking one TEXT, not to --eval", catalog != null ? catalog
                        : productId != null ? productId : true);
            }
            evaluate(detector(spec.commandLine().getErr()), out);
            return 0;
        }
        if (text == null) {
            throw new InvalidValueException("text", "give the text to check, or --eval FILE.tsv", null);
        }
        if (errors || disguise != null) {
            throw new InvalidValueException(errors ? "--errors" : "--disguise", "applies only with --eval FILE.tsv",
                    errors ? true : disguise);
        }
        FalseAdDetector detector = detector(spec.commandLine().getErr());
        Product product = null;
        Offer offer = null;
        if (productId != null || catalog != null) {
            if (productId == null || catalog == null) {
                throw new InvalidValueException(productId == null ? "product" : "catalog",
                        "--catalog and --product go together", productId == null ? catalog : productId);
            }
            InMemoryCatalog cat = CatalogFile.read(catalog);
            ProductId id = ProductId.of(productId);
            product = cat.find(id).orElseThrow(() -> new UnknownIdException("product", productId));
            offer = cat.offer(id).orElse(null);
        }
        Verdict v = detector.check(Claim.about(text, product, offer));
        if (json) {
            out.println(LivesellJson.writePretty(toJson(v)));
        } else {
            printHuman(v, out);
        }
        out.flush();
        return 0;
    }

    private FalseAdDetector detector(PrintWriter err) {
        String s = stages.strip().toLowerCase(Locale.ROOT);
        if (!s.equals("rules") && !s.equals("model") && !s.equals("all")) {
            throw new InvalidValueException("stages", "must be rules, model or all", stages);
        }
        FalseAdDetector.Builder b = FalseAdDetector.builder();
        if (s.equals("rules")) {
            return b.stages(EnumSet.of(Stage.RULES, Stage.FACTS)).build();
        }
        Optional<FalseAdModelProvider> provider = ServiceLoader.load(FalseAdModelProvider.class).findFirst();
        if (provider.isEmpty()) {
            if (s.equals("model")) {
                throw new InvalidValueException("stages", "no false-advertising model is installed "
                        + "(no dev.livesell.fraud.FalseAdModelProvider on the class path)", stages);
            }
            return b.build(); // all available: rules + facts
        }
        b.model(provider.get().load());
        return s.equals("model") ? b.stages(EnumSet.of(Stage.MODEL)).build() : b.build();
    }

    private void evaluate(FalseAdDetector detector, PrintWriter out) {
        LabelledClaims data = LabelledClaims.read(eval);
        List<Claim> claims = new ArrayList<>();
        for (LabelledClaims.Row r : data.rows()) {
            claims.add(Claim.of(disguised(r.text())));
        }
        List<Verdict> verdicts = detector.checkAll(claims);
        ClassificationReport report = new ClassificationReport();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            LabelledClaims.Row r = data.rows().get(i);
            Verdict v = verdicts.get(i);
            report.add(r.violation(), v.isViolation(), r.category());
            if (r.violation() != v.isViolation()) {
                wrong.add(String.format(Locale.ROOT, "  line %d: expected %s, got %s (%.2f) %s%s", r.line(),
                        r.violation() ? "violation" : "compliant", v.label().id(), v.score(), claims.get(i).text(),
                        v.findings().isEmpty() ? "" : "  [" + describe(v.findings()) + "]"));
            }
        }
        out.println("eval " + eval + " stages=" + detector.stages() + (disguise == null ? "" : " disguise=" + disguise));
        if (errors) {
            out.println("errors (" + wrong.size() + "):");
            wrong.forEach(out::println);
        }
        report.print(out);
        out.flush();
    }

    private String disguised(String t) {
        if (disguise == null) {
            return t;
        }
        if (disguise.equalsIgnoreCase("any")) {
            return Disguiser.applyAny(t, 7);
        }
        try {
            return Disguiser.apply(t, Disguiser.kind(disguise));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("disguise", "must be full_width, separators, zero_width, traditional or any",
                    disguise);
        }
    }

    private static String describe(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Finding f : findings) {
            parts.add(f.category().id() + ":" + f.span().text());
        }
        return String.join(", ", parts);
    }

    static void printHuman(Verdict v, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (score %.2f)%n", v.label().id(), v.score());
        for (Finding f : v.findings()) {
            out.printf(Locale.ROOT, "  [%s] \"%s\" at %d..%d  %s  severity=%s  rule=%s%n", f.category().id(),
                    f.span().text(), f.span().start(), f.span().end(), f.lawReference(), f.severity().id(), f.ruleId());
            out.println("      " + f.message() + (f.suggestion().isEmpty() ? "；建议删除" : "；建议改为「" + f.suggestion() + "」"));
        }
        if (!v.rewrite().equals(v.text())) {
            out.println("  rewrite: " + shownRewrite(v));
        }
    }

    /** The rewrite, or a note that nothing compliant is left (every clause was a medical claim). */
    static String shownRewrite(Verdict v) {
        return v.rewrite().isBlank() ? "(nothing compliant is left: drop the line)" : v.rewrite();
    }

    static Map<String, Object> toJson(Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", v.text());
        m.put("label", v.label().id());
        m.put("score", Math.round(v.score() * 10000) / 10000.0);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Finding f : v.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("category", f.category().id());
            fm.put("start", f.span().start());
            fm.put("end", f.span().end());
            fm.put("span", f.span().text());
            fm.put("ruleId", f.ruleId());
            fm.put("severity", f.severity().id());
            fm.put("lawReference", f.lawReference());
            fm.put("message", f.message());
            fm.put("suggestion", f.suggestion());
            fm.put("stage", f.stage().id());
            fs.add(fm);
        }
        m.put("findings", fs);
        Map<String, Object> cats = new LinkedHashMap<>();
        for (Map.Entry<ViolationCategory, Double> e : v.categoryScores().entrySet()) {
            cats.put(e.getKey().id(), Math.round(e.getValue() * 10000) / 10000.0);
        }
        m.put("categoryScores", cats);
        m.put("rewrite", v.rewrite());
        return m;
    }
}
