package dev.livesell.examples.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.livesell.examples.LivesellCli;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code script --llm-base-url} talks the OpenAI protocol to a local server; the gate still applies. */
class ScriptLlmOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void chatModelLinesAreGatedAndInventedPricesDropped() throws Exception {
        String script = "{\"segments\":[{\"product\":\"p-1001\",\"type\":\"hook\",\"lines\":[\"来看这款晴川清透防晒乳！\"]},"
                + "{\"product\":\"p-1001\",\"type\":\"price_offer\",\"lines\":[\"日常价129元，今天直播间99元。\",\"今天只要9.9元！\"]}]}";
        List<JsonNode> requests = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            JsonNode req = JSON.readTree(ex.getRequestBody().readAllBytes());
            requests.add(req);
            boolean regeneration = req.path("messages").get(1).path("content").asText().contains("Rejected line");
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "x").put("object", "chat.completion").put("created", 1).put("model", "m");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", regeneration ? "{\"line\":\"只要9.9元\"}" : script);
            root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
            byte[] out = root.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("script", "--products", "p-1001",
                    "--minutes", "5", "--format", "text", "--llm-base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("日常价129元，今天直播间99元。"), out.toString());
            assertFalse(out.toString().contains("9.9元"), out.toString());
            assertEquals("gpt-4o-mini", requests.get(0).path("model").asText());
        } finally {
            server.stop(0);
        }
    }
}
