package dev.livesell.examples.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.FactRef;
import dev.livesell.script.answer.CommentAnswer;
import dev.livesell.script.answer.CommentResponder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code livesell answer}: answer a viewer's comment about a product from its facts, offline. */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Answer a live comment from the product's facts and offer (bge-small-zh retrieval, compliance-gated).")
public final class AnswerCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog JSON Lines (default: the bundled sample).")
    Path catalog;

    @Option(names = "--product", required = true, paramLabel = "ID", description = "The product the comment is about.")
    String product;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Parameters(paramLabel = "COMMENT", description = "The viewer's comment, e.g. \"这个适合敏感肌吗\".")
    String comment;

    @Override
    public Integer call() {
        InMemoryCatalog c = CatalogOption.load(catalog);
        Product p = c.require(ProductId.of(product));
        CommentAnswer a = CommentResponder.builder().build().answer(comment, p, c.offer(p.id()).orElse(null));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LivesellJson.writePretty(a));
        } else {
            print(out, a);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, CommentAnswer a) {
        out.println("comment: " + a.comment());
        out.println("intent:  " + a.intent().id() + (a.followUp() ? " (follow up: not in the facts)" : ""));
        out.println("answer:  " + a.answer());
        if (!a.sources().isEmpty()) {
            out.println("facts:   " + a.sources().stream().map(FactRef::label).collect(Collectors.joining("; "))
                    + (a.similarity() > 0 ? String.format(Locale.ROOT, " (similarity %.2f)", a.similarity()) : ""));
        }
        if (!a.audit().entries().isEmpty()) {
            out.println("gate:    " + a.audit().summary());
        }
    }
}
