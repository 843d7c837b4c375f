package dev.livesell.examples.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.ProductId;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.render.ScriptFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livesell script}: a gated live-selling script for some products, offline. */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Write a grounded, compliance-gated live-selling script (offline templates, or a chat model).",
        subcommands = {ScriptEvalCommand.class})
public final class ScriptCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSON Lines (default: the bundled sample).")
    Path catalog;

    @Option(names = "--products", split = ",", paramLabel = "ID", description = "Product ids in selling order, comma-separated.")
    List<String> products;

    @Option(names = "--minutes", defaultValue = "30", description = "Requested length in minutes (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--style", description = "Host style: energetic, expert, warm, playful (default: warm).")
    String style;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for phrasing choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "Use an OpenAI-compatible chat model at this base URL instead of the offline templates "
                    + "(API key from $OPENAI_API_KEY). Lines still pass the grounding check and the compliance gate: a line "
                    + "that fails, warm-up and closing lines included, is sent back to the model once, else rewritten or "
                    + "dropped, and a segment left empty gets the offline line. Offline test of this path: script eval --replies.")
    String llmBaseUrl;

    @Option(names = "--llm-model", defaultValue = "gpt-4o-mini", description = "Model name for --llm-base-url (default: ${DEFAULT-VALUE}).")
    String llmModel;

    @Override
    public Integer call() {
        if (products == null || products.isEmpty()) {
            throw new InvalidValueException("--products", "is required (comma-separated product ids)", "");
        }
        ScriptFormat fmt = ScriptFormat.parse(format);
        InMemoryCatalog c = CatalogOption.load(catalog);
        ScriptRequest.Builder b = ScriptRequest.builder().minutes(minutes).language(language).seed(seed);
        if (style != null) {
            b.style(PersonaStyle.parse(style));
        }
        for (String id : products) {
            b.add(c, ProductId.of(id.strip()));
        }
        ScriptGenerator generator = llmBaseUrl == null ? ScriptGenerator.offline()
                : ScriptGenerator.withChatModel(dev.langchain4j.model.openai.OpenAiChatModel.builder().baseUrl(llmBaseUrl)
                        .apiKey(System.getenv().getOrDefault("OPENAI_API_KEY", "none")).modelName(llmModel)
                        .timeout(java.time.Duration.ofSeconds(120)).build());
        LiveScript script;
        try {
            script = generator.generate(b.build());
        } catch (dev.livesell.script.ScriptGenerationException e) {
            if (llmBaseUrl != null && connectionFailure(e)) {
                // one clear line instead of the HTTP client's stack trace; exit code 2 like every typed failure
                throw new dev.livesell.script.ScriptGenerationException("cannot reach chat model at " + llmBaseUrl + " ("
                        + rootMessage(e) + ")", e, true);
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(fmt.render(script));
        if (fmt != ScriptFormat.JSON) {
            out.println();
        }
        out.flush();
        return 0;
    }

    private static boolean connectionFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.NoRouteToHostException || c instanceof java.net.http.HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
