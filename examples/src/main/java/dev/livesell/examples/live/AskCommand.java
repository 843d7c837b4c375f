package dev.livesell.examples.live;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.ViewerId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.live.CategoryAffinity;
import dev.livesell.recommend.query.QueryAnswer;
import dev.livesell.recommend.query.QueryEvaluation;
import dev.livesell.recommend.query.QueryHit;
import dev.livesell.recommend.query.QueryRecommender;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code livesell ask "防晒霜 油皮 200元以内" [--viewer ID]}: plain-language shopping requests. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer a plain-language shopping request from the catalog (bge-small-zh retrieval, offline).",
                "With --eval FILE: NDCG@5 of semantic, keyword-only and hybrid retrieval on labelled requests."})
public final class AskCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "REQUEST", description = "e.g. \"送妈妈的生日礼物 三百左右\", \"running shoes under $80\".")
    String request;

    @Option(names = "--viewer", paramLabel = "ID", description = "Personalize for this viewer (sample interaction log).")
    String viewer;

    @Option(names = "-k", defaultValue = "5", description = "How many products (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSON Lines (default: the bundled sample).")
    Path catalog;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Catalog embedding cache (default ~/.cache/livesell).")
    Path cacheDir;

    @Option(names = "--retrieval", defaultValue = "hybrid", description = "hybrid (default), semantic or keyword.")
    String retrieval;

    @Option(names = "--eval", paramLabel = "FILE", description = "Labelled requests (JSON Lines: query, relevant {id: grade}).")
    Path eval;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    private QueryRecommender.Retrieval retrieval() {
        try {
            return QueryRecommender.Retrieval.valueOf(retrieval.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--retrieval must be hybrid, semantic or keyword (was " + retrieval + ")");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SampleData sample = SampleData.load();
        InMemoryCatalog c = LiveOptions.catalog(catalog, sample);
        if (eval != null) {
            if (json || request != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--eval prints metrics lines: it takes no REQUEST and no --json");
            }
            List<QueryEvaluation.LabelledQuery> queries = QueryEvaluation.read(eval);
            if (queries.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--eval " + eval + " holds no labelled requests");
            }
            for (QueryRecommender.Retrieval r : List.of(QueryRecommender.Retrieval.KEYWORD, QueryRecommender.Retrieval.SEMANTIC,
                    QueryRecommender.Retrieval.HYBRID)) {
                QueryRecommender q = QueryRecommender.builder(c).cacheDir(LiveOptions.cacheDir(cacheDir)).retrieval(r).build();
                out.println("retrieval=" + r.name().toLowerCase(Locale.ROOT) + " " + QueryEvaluation.evaluate(q, queries, 5).line());
            }
            out.flush();
            return 0;
        }
        if (request == null || request.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a REQUEST (or --eval FILE) is required");
        }
        QueryRecommender.Builder b = QueryRecommender.builder(c).cacheDir(LiveOptions.cacheDir(cacheDir))
                .retrieval(retrieval());
        if (viewer != null) {
            b.affinity(CategoryAffinity.fit(sample.interactions(), c));
        }
        QueryAnswer a = b.build().ask(request, viewer == null ? null : ViewerId.of(viewer), k);
        if (json) {
            out.println(LivesellJson.writePretty(a));
        } else {
            print(out, a);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, QueryAnswer a) {
        var c = a.constraints();
        out.printf("request: %s%n", a.request());
        out.printf("understood: text=\"%s\" price=%s%s%s%s%s (%s)%n", c.text(), c.price(),
                c.categories().isEmpty() ? "" : " categories=" + c.categories(),
                c.attributes().isEmpty() ? "" : " attributes=" + c.attributes(),
                c.terms().isEmpty() ? "" : " terms=" + c.terms(),
                c.exclusions().isEmpty() ? "" : " exclude=" + c.exclusions(), c.source());
        int i = 1;
        for (QueryHit h : a.hits()) {
            out.printf(Locale.ROOT, "%d. %s %s  %s  (%.3f)%n     %s%n", i++, h.product().id().value(), h.product().title(), h.price(),
                    h.score(), String.join("; ", h.reasons()));
        }
        if (a.hits().isEmpty()) {
            out.println("no product satisfies the request");
        }
        out.printf("%d products removed by price, exclusion or skin-type constraints%n", a.filteredOut());
    }
}
