package dev.livesell.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog file format: JSON Lines, one {@link Product} per line, each with an optional nested
 * {@code "offer"} object (its {@code productId} may be left out: it is the line's product).
 * Thread-safe (stateless).
 *
 * <pre>{@code
 * {"id":"p-1001","title":"清透防晒乳","category":{"path":["美妆","防晒"],"regulatedClass":"cosmetic"},
 *  "listPrice":{"amount":"129","currency":"CNY"}, "offer":{"price":{"amount":"89","currency":"CNY"}}}
 * }</pre>
 */
public final class CatalogFile {
    private CatalogFile() {
    }

    public static InMemoryCatalog read(Path file) {
        try (Reader r = new StrictUtf8Reader(Files.newInputStream(file))) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new LivesellException("cannot read catalog " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a catalog from a classpath resource, e.g. {@code /sample/catalog.jsonl}. */
    public static InMemoryCatalog readResource(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new LivesellException("no catalog resource " + resource);
        }
        try (Reader r = new StrictUtf8Reader(in)) {
            return read(r, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InMemoryCatalog read(Reader reader, String source) {
        List<Product> products = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        LivesellJson.forEachLine(reader, source, (line, lineNo) -> {
            JsonNode node;
            try {
                node = LivesellJson.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw LivesellJson.translate(e, source, lineNo);
            }
            if (!(node instanceof ObjectNode obj)) {
                throw new DataFormatException(source, lineNo, "", "expected a JSON object per line", null);
            }
            JsonNode offerNode = obj.remove("offer");
            Product p = convert(obj, Product.class, source, lineNo, "");
            products.add(p);
            if (offerNode != null && !offerNode.isNull()) {
                if (!(offerNode instanceof ObjectNode offerObj)) {
                    throw new DataFormatException(source, lineNo, "offer", "must be a JSON object", null);
                }
                if (!offerObj.has("productId")) {
                    offerObj.put("productId", p.id().value());
                } else if (!p.id().value().equals(offerObj.get("productId").asText())) {
                    throw new DataFormatException(source, lineNo, "offer.productId",
                            "must be the line's product " + p.id() + " (was " + offerObj.get("productId").asText() + ")", null);
                }
                offers.add(convert(offerObj, Offer.class, source, lineNo, "offer"));
            }
        });
        try {
            return InMemoryCatalog.of(products, offers);
        } catch (InvalidValueException e) {
            throw new DataFormatException(source, 0, e.field(), e.problem() + " (was " + e.value() + ")", e);
        }
    }

    /** Writes a catalog in this format. */
    public static void write(InMemoryCatalog catalog, Writer writer) {
        try {
            for (Product p : catalog.products()) {
                ObjectNode node = LivesellJson.mapper().valueToTree(p);
                catalog.offer(p.id()).ifPresent(o -> {
                    ObjectNode on = LivesellJson.mapper().valueToTree(o);
                    on.remove("productId");
                    node.set("offer", on);
                });
                writer.write(LivesellJson.mapper().writeValueAsString(node));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T convert(ObjectNode node, Class<T> type, String source, long line, String prefix) {
        try {
            return LivesellJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            DataFormatException d = LivesellJson.translate(e, source, line);
            if (prefix.isEmpty()) {
                throw d;
            }
            String field = d.field().isEmpty() ? prefix : prefix + "." + d.field();
            String msg = d.getMessage();
            String problem = msg.substring(msg.indexOf(": ", (source + ":" + line).length()) + 2);
            if (!d.field().isEmpty() && problem.startsWith(d.field() + ": ")) {
                problem = problem.substring(d.field().length() + 2);
            }
            throw new DataFormatException(source, line, field, problem, e);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, line, prefix, String.valueOf(e.getMessage()), e);
        }
    }
}
