package dev.livesell.examples.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.LivesellCli;
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
        assertTrue(last.matches("grounded=\\d\\.\\d{4} violations=\\d+ coverage=\\d\\.\\d{4} duration_error=\\d\\.\\d{4} scripts=6"), last);
        assertTrue(last.startsWith("grounded=1.0000 violations=0 "), r.out());
    }

    @Test
    void evalOnACatalogUnlikeTheSampleIsFullyGroundedAndCompliant() {
        Path unseen = Path.of("../script-generator/src/test/resources/catalog-unseen.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(unseen), "script-generator test catalog not found");
        for (String lang : List.of("zh", "en")) {
            Run r = run("script", "eval", "--catalog", unseen.toString(), "--minutes", "10", "--lang", lang);
            assertEquals(0, r.code(), r.err());
            String[] lines = r.out().strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("grounded=1.0000 violations=0 coverage=1.0000 "), r.out());
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
