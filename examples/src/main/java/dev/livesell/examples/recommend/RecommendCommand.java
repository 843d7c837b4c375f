package dev.livesell.examples.recommend;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.Reason;
import dev.livesell.recommend.RecommendOptions;
import dev.livesell.recommend.Recommendation;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import dev.livesell.recommend.eval.Protocol;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code livesell recommend --viewer ID [--json] [-k N]}: top-k products for a viewer of the bundled
 * sample, with reasons. Subcommands: {@code eval} (evaluation on real data); further subcommands
 * (e.g. {@code live}) and context options can be added here.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommend products for a viewer of the bundled sample (with reasons); 'eval' evaluates on real data.",
        subcommands = {RecommendEvalCommand.class, dev.livesell.examples.live.LiveRoomCommand.class})
public final class RecommendCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--viewer", paramLabel = "ID", description = "Viewer id in the sample interaction log (unknown: cold start).")
    String viewer;

    @Option(names = "-k", defaultValue = "5", description = "How many products (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--allow-repurchase", description = "Allow products the viewer already bought (not with --at/--weather,"
            + " where repurchase cycles decide when a bought product comes back).")
    boolean allowRepurchase;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Option(names = "--at", paramLabel = "TIME", description = "Recommend for this moment, e.g. 2026-06-01T20:00+08:00 (context, repurchase cycles).")
    String at;

    @Option(names = "--weather", paramLabel = "WORDS", description = "Weather at that moment: hot, warm, cool, cold, sunny, rain, ... or °C.")
    String weather;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (viewer == null) {
            if (at != null || weather != null || allowRepurchase || json || k != 5) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--viewer ID is required with these options");
            }
            spec.commandLine().usage(out);
            return 0;
        }
        if (allowRepurchase && (at != null || weather != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--allow-repurchase cannot be combined with --at/--weather: at a moment, each product's repurchase cycle"
                            + " decides whether a bought product comes back");
        }
        SampleData sample = SampleData.load();
        if (at != null || weather != null) {
            return dev.livesell.examples.live.ViewerAtMoment.run(out, sample, sample.catalog(), viewer, at, weather, k, json);
        }
        Recommender model = fitSample(sample);
        List<Recommendation> recs = model.recommend(viewer, k, RecommendOptions.defaults().withAllowRepurchase(allowRepurchase));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("viewer", viewer);
            m.put("model", model.name());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Recommendation r : recs) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("product", r.itemId());
                e.put("title", title(sample.catalog(), r.itemId()));
                e.put("score", r.score());
                e.put("reasons", r.reasons());
                items.add(e);
            }
            m.put("recommendations", items);
            out.println(LivesellJson.writePretty(m));
        } else {
            print(out, sample.catalog(), viewer, model, recs);
        }
        out.flush();
        return 0;
    }

    /** The default sequential model fitted on the whole sample log (event types weighted). */
    static Recommender fitSample(SampleData sample) {
        InteractionMatrix m = InteractionMatrix.of(sample.interactions(), InteractionWeights.defaults());
        return Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, m).fit(m);
    }

    static void print(PrintWriter out, InMemoryCatalog catalog, String viewer, Recommender model, List<Recommendation> recs) {
        int events = model.data().history(viewer).size();
        out.printf(Locale.ROOT, "viewer %s (%d events), model %s:%n", viewer, events, model.name());
        int rank = 1;
        for (Recommendation r : recs) {
            out.printf(Locale.ROOT, "  %d. %-8s %-34s %.3f  %s%n", rank++, r.itemId(), title(catalog, r.itemId()), r.score(), reasons(r.reasons()));
        }
    }

    static String reasons(List<Reason> rs) {
        List<String> parts = new ArrayList<>();
        for (Reason r : rs) {
            parts.add(r.code() + ": " + r.detail());
        }
        return String.join("; ", parts);
    }

    static String title(InMemoryCatalog catalog, String itemId) {
        try {
            return catalog.find(ProductId.of(itemId)).map(Product::title).orElse("?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
