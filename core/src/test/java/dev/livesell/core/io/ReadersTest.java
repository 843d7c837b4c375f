package dev.livesell.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private static final String PRODUCT = "{\"id\":\"p-1\",\"title\":\"纯棉T恤\",\"category\":{\"path\":[\"服饰\"],\"regulatedClass\":\"general\"},"
            + "\"listPrice\":{\"amount\":\"79\",\"currency\":\"CNY\"}}";

    @Test
    void malformedJsonLineNamesTheLineAndField() {
        String bad = PRODUCT.replace("\"79\"", "\"-79\"");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> LivesellJson.readJsonLines(new StringReader(PRODUCT + "\n\n" + bad + "\n"), "products.jsonl", Product.class));
        assertEquals(3, e.line());
        assertEquals("listPrice.amount", e.field());
        assertEquals("products.jsonl:3: listPrice.amount: must not be negative (was -79)", e.getMessage());
    }

    @Test
    void brokenJsonSyntaxNamesTheLine() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> LivesellJson.readJsonLines(new StringReader(PRODUCT + "\n{\"id\":"), "x.jsonl", Product.class));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("x.jsonl:2: "), e.getMessage());
    }

    @Test
    void unknownFieldIsAnErrorNotSilentlyDropped() {
        String extra = PRODUCT.replace("{\"id\"", "{\"colour\":\"red\",\"id\"");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> LivesellJson.readJsonLines(new StringReader(extra), "x.jsonl", Product.class));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String noTitle = PRODUCT.replace("\"title\":\"纯棉T恤\",", "");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> LivesellJson.readJsonLines(new StringReader(noTitle), "x.jsonl", Product.class));
        assertEquals("title", e.field());
    }

    /** Two UTF-8 lines, then {@code bad} as GBK (a catalog exported by a Chinese spreadsheet), then a UTF-8 line. */
    private static Path withGbkLine(Path dir, String name, String good, int goodLines, String bad) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < goodLines; i++) {
            b.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        }
        b.write((bad + "\n").getBytes(Charset.forName("GBK")));
        b.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve(name);
        Files.write(file, b.toByteArray());
        return file;
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine(@TempDir Path dir) throws Exception {
        Path products = withGbkLine(dir, "products.jsonl", PRODUCT, 2, PRODUCT);
        DataFormatException e = assertThrows(DataFormatException.class, () -> LivesellJson.readJsonLines(products, Product.class));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(products + ":3: ") && e.getMessage().contains("UTF-8"), e.getMessage());

        Path catalog = withGbkLine(dir, "catalog.jsonl", PRODUCT, 300, PRODUCT);
        assertEquals(301, assertThrows(DataFormatException.class, () -> CatalogFile.read(catalog)).line(), "past the first buffer");

        String event = "{\"viewer\":\"v-1\",\"product\":\"p-1\",\"type\":\"click\",\"at\":\"2026-06-01T12:00:00Z\"}";
        Path log = withGbkLine(dir, "log.jsonl", event, 1, event.replace("v-1", "观众-1"));
        assertEquals(2, assertThrows(DataFormatException.class, () -> InteractionLogReader.read(log)).line());
        Path csv = withGbkLine(dir, "log.csv", "viewer,product,type,at", 1, "观众-1,p-1,click,2026-06-01T12:00:00Z");
        assertEquals(2, assertThrows(DataFormatException.class, () -> InteractionLogReader.read(csv)).line());
    }

    @Test
    void utf8FilesStillReadWithAByteOrderMarkAndCrlf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("products.jsonl");
        Files.write(file, ("\uFEFF" + PRODUCT + "\r\n\r\n" + PRODUCT.replace("p-1", "p-2") + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, LivesellJson.readJsonLines(file, Product.class).size());
        assertEquals(2, CatalogFile.read(file).products().size());
    }

    @Test
    void catalogFileReadsNestedOffersAndWritesThemBack() {
        String line = PRODUCT.replace("}}", "},\"offer\":{\"price\":{\"amount\":\"59\",\"currency\":\"CNY\"},\"stockLimit\":300}}");
        InMemoryCatalog c = CatalogFile.read(new StringReader(line + "\n"), "catalog.jsonl");
        assertEquals(Money.cny("59"), c.offer(ProductId.of("p-1")).orElseThrow().price());
        StringWriter w = new StringWriter();
        CatalogFile.write(c, w);
        InMemoryCatalog back = CatalogFile.read(new StringReader(w.toString()), "again");
        assertEquals(c.products(), back.products());
        assertEquals(c.offers(), back.offers());
    }

    @Test
    void catalogFileNamesBadOfferField() {
        String line = PRODUCT.replace("}}", "},\"offer\":{\"price\":{\"amount\":\"59\",\"currency\":\"CNY\"},\"stockLimit\":-3}}");
        DataFormatException e = assertThrows(DataFormatException.class, () -> CatalogFile.read(new StringReader(line), "catalog.jsonl"));
        assertEquals("offer.stockLimit", e.field());
        assertEquals("catalog.jsonl:1: offer.stockLimit: must not be negative (was -3)", e.getMessage());
    }

    @Test
    void readsCsvInteractionsInTimeOrder() {
        String csv = "viewer,product,type,at,session\nv-1,p-2,buy,2026-06-01T12:00:00Z,s-1\nv-1,p-1,pv,1780000000,\n";
        InteractionLog log = InteractionLogReader.readCsv(new StringReader(csv), "log.csv");
        assertEquals(2, log.size());
        Interaction first = log.events().get(0);
        assertEquals(InteractionType.VIEW, first.type());
        assertTrue(first.session().isEmpty());
        assertEquals(InteractionType.PURCHASE, log.events().get(1).type());
    }

    @Test
    void csvBadLineNamesLineAndField() {
        String csv = "viewer,product,type,at\nv-1,p-2,buy,2026-06-01T12:00:00Z\nv-1,p-1,teleport,2026-06-01T12:00:00Z\n";
        DataFormatException e = assertThrows(DataFormatException.class, () -> InteractionLogReader.readCsv(new StringReader(csv), "log.csv"));
        assertEquals(3, e.line());
        assertEquals("type", e.field());
        assertTrue(e.getMessage().startsWith("log.csv:3: type: "), e.getMessage());
    }

    @Test
    void csvEpochSecondsOutOfRangeNameLineAndField() {
        for (String at : new String[] {"99999999999999999999", "99999999999999999", "２０２６"}) {
            String csv = "viewer,product,type,at\nv-1,p-2,buy,1780000000\nv-1,p-1,view," + at + "\n";
            DataFormatException e = assertThrows(DataFormatException.class, () -> InteractionLogReader.readCsv(new StringReader(csv), "log.csv"), at);
            assertEquals(3, e.line(), at);
            assertEquals("at", e.field(), at);
        }
    }

    @Test
    void csvRejectsWrongHeader() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionLogReader.readCsv(new StringReader("user,item\n"), "log.csv"));
        assertEquals(1, e.line());
    }
}
