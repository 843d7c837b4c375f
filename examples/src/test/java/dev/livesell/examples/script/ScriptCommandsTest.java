package dev.livesell.examples.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.LivesellCli;
import dev.livesell.fraud.FalseAdDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptCommandsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The first n products of the bundled sample as a catalog file. */
    private static Path sampleHead(Path dir, int n) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ScriptCommandsTest.class.getResourceAsStream("/sample/catalog.jsonl"), StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().filter(l -> !l.isBlank()).limit(n).collect(Collectors.toList());
            Path file = dir.resolve("catalog.jsonl");
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        }
    }

    @Test
    void scriptPrintsAMarkdownRunSheetForTheBundledSample() {
        Run r = run("script", "--products", "p-1001,p-1003", "--minutes", "12", "--style", "energetic");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## 1. ") && r.out().contains("(p-1001)") && r.out().contains("(p-1003)"), r.out());
        assertTrue(r.out().contains("| 环节 | 时长 | 提示 | 话术 | 依据 |"), r.out());
        assertTrue(r.out().contains("合规审核"), r.out());
    }

    @Test
    void scriptJsonIsMachineReadable() throws Exception {
        Run r = run("script", "--products", "p-1001", "--minutes", "5", "--format", "json", "--lang", "en", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode root = LivesellJson.mapper().readTree(r.out());
        assertEquals("en", root.path("language").asText());
        assertEquals(3, root.path("blocks").size());
        assertEquals("PT5M", root.path("requested").asText());
    }

    @Test
    void badInputFailsWithExitTwoAndNamesTheProblem() {
        Run missing = run("script", "--minutes", "5");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("error: --products"), missing.err());
        Run unknown = run("script", "--products", "p-nope");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: "), unknown.err());
        Run format = run("script", "--products", "p-1001", "--format", "pdf");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("format"), format.err());
    }

    @Test
    void evalEndsWithTheExactMetricLine(@TempDir Path dir) throws Exception {
        Path catalog = sampleHead(dir, 6);
        Run r = run("script", "eval", "--catalog", catalog.toString(), "--minutes", "6");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("grounded=\\d\\.\\d{4} violations=\\d+ fallback=\\d\\.\\d{4} scripts=6"), last);
        assertTrue(last.startsWith("grounded=1.0000 violations=0 "), r.out());
    }

    /** The eval's checks find what the gate is there to stop: they can fail. */
    @Test
    void evalChecksCatchSwappedPricesAndContradictionsInSessionLines() {
        dev.livesell.core.InMemoryCatalog sample = CatalogOption.load(null);
        dev.livesell.core.Product p = sample.require(dev.livesell.core.ProductId.of("p-1001"));
        dev.livesell.core.Offer o = sample.offer(p.id()).orElse(null);
        dev.livesell.script.LiveScript good = dev.livesell.script.ScriptGenerator.offline().generate(
                dev.livesell.script.ScriptRequest.builder().add(p, o).minutes(10).build());
        // the same script with two session lines a broken gate would have let through
        List<dev.livesell.script.ScriptBlock> blocks = new java.util.ArrayList<>(good.blocks());
        dev.livesell.script.Segment greeting = new dev.livesell.script.Segment(dev.livesell.script.SegmentType.GREETING,
                java.time.Duration.ofSeconds(20), List.of(), List.of(
                new dev.livesell.script.ScriptLine("晴川防晒乳产自日本，今天直播间只要四十九元！", List.of(), dev.livesell.script.LineSource.MODEL)));
        blocks.set(0, new dev.livesell.script.ScriptBlock(dev.livesell.script.SegmentType.Block.WARM_UP, java.util.Optional.empty(), "开场",
                List.of(greeting)));
        dev.livesell.script.LiveScript bad = new dev.livesell.script.LiveScript(good.title(), good.language(), good.style(), good.requested(),
                blocks, good.audit(), good.generator());
        FalseAdDetector detector = FalseAdDetector.builder().build();
        StringWriter sink = new StringWriter();
        ScriptEvalCommand.Tally clean = new ScriptEvalCommand.Tally();
        ScriptEvalCommand.check(good, p, o, detector, clean, new PrintWriter(sink));
        assertEquals(clean.lines, clean.grounded, sink.toString());
        assertEquals(0, clean.violations, sink.toString());
        ScriptEvalCommand.Tally found = new ScriptEvalCommand.Tally();
        ScriptEvalCommand.check(bad, p, o, detector, found, new PrintWriter(sink));
        assertEquals(1, found.lines - found.grounded, "四十九元 is not p-1001's price");
        assertEquals(1, found.violations, "产自日本 contradicts 产地=上海 in a warm-up line");
    }

    @Test
    void evalOnACatalogUnlikeTheSampleIsFullyGroundedAndCompliant() {
        // surefire runs in the module directory and sets basedir; a missing file fails the test instead of skipping it
        Path unseen = Path.of(System.getProperty("basedir", ".")).resolve("../script-generator/src/test/resources/catalog-unseen.jsonl");
        assertTrue(Files.isRegularFile(unseen), "script-generator test catalog not found at " + unseen.toAbsolutePath());
        for (String lang : List.of("zh", "en")) {
            Run r = run("script", "eval", "--catalog", unseen.toString(), "--minutes", "10", "--lang", lang);
            assertEquals(0, r.code(), r.err());
            String[] lines = r.out().strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("grounded=1.0000 violations=0 fallback="), r.out());
        }
    }

    @Test
    void answerRepliesFromTheProductFacts() throws Exception {
        Run r = run("answer", "--product", "p-1001", "--json", "这个适合敏感肌吗");
        assertEquals(0, r.code(), r.err());
        JsonNode a = LivesellJson.mapper().readTree(r.out());
        assertEquals("usage", a.path("intent").asText());
        assertFalse(a.path("answer").asText().isBlank());
        Run text = run("answer", "--product", "p-1001", "多少钱");
        assertTrue(text.out().contains("intent:  price"), text.out());
        assertTrue(text.out().contains("99元"), text.out());
    }

    @Test
    void anUnreachableChatModelIsOneClearErrorLineAndExitTwo() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/v1";
        Run r = run("script", "--products", "p-1001", "--minutes", "5", "--llm-base-url", url);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: cannot reach chat model at " + url), r.err());
    }
}
