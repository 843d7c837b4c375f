package dev.livesell.recommend.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat-model path against a local server speaking the OpenAI chat-completions protocol. */
class ChatModelQueryParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            requests.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
            byte[] body;
            if (status.get() != 200) {
                body = "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\"}}".getBytes(StandardCharsets.UTF_8);
            } else {
                ObjectNode r = JSON.createObjectNode();
                r.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
                ObjectNode choice = r.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", reply.get());
                r.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
                body = JSON.writeValueAsBytes(r);
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status.get(), body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OpenAiChatModel model() {
        return OpenAiChatModel.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .apiKey("test-key").modelName("test-model").maxRetries(0).timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void extractsConstraintsWithStructuredJsonOutput() {
        reply.set("{\"text\":\"running shoes\",\"price_min\":null,\"price_max\":80,\"currency\":\"USD\","
                + "\"categories\":[\"跑步鞋\"],\"skin_type\":null,\"terms\":[\"running\"],\"exclusions\":[\"trail\"]}");
        QueryConstraints c = ChatModelQueryParser.builder(model()).catalog(TestCatalog.catalog()).build()
                .parse("running shoes under $80, no trail");
        assertEquals("chat-model", c.source());
        assertEquals(Optional.of(new BigDecimal("80")), c.price().max());
        assertEquals(Optional.of("USD"), c.price().currency());
        assertEquals(List.of("跑步鞋"), c.categories());
        assertEquals(List.of("trail"), c.exclusions());
        JsonNode req = requests.get(0);
        assertEquals("json_object", req.path("response_format").path("type").asText(), req.toString());
        String user = req.path("messages").get(1).path("content").asText();
        assertTrue(user.contains("<request>running shoes under $80, no trail</request>"), user);
        assertTrue(req.path("messages").get(0).path("content").asText().contains("跑步鞋"), "catalog vocabulary offered");
    }

    @Test
    void acceptsFencedJsonAndSkinType() {
        reply.set("```json\n{\"text\":\"防晒霜\",\"price_max\":\"200\",\"currency\":\"CNY\",\"skin_type\":\"油性\"}\n```");
        QueryConstraints c = ChatModelQueryParser.builder(model()).build().parse("防晒霜 油皮 200元以内");
        assertEquals(Optional.of("油性"), c.attribute(RuleQueryParser.SKIN_TYPE));
        assertEquals(0, new BigDecimal("200").compareTo(c.price().max().orElseThrow()));
    }

    @Test
    void queryRecommenderFiltersByTheConstraintsTheChatModelExtracted() {
        // the rules cannot read "a hundred and fifty bucks" or "skip the trail ones"; the chat model can
        reply.set("{\"text\":\"running shoes\",\"price_max\":150,\"currency\":\"USD\",\"categories\":[\"跑步鞋\"],"
                + "\"terms\":[\"running\"],\"exclusions\":[\"trail\"]}");
        QueryRecommender q = QueryRecommender.builder(TestCatalog.catalog()).embeddingModel(new TestCatalog.BigramModel())
                .chatModel(model()).build();
        QueryAnswer a = q.ask("something to jog in, a hundred and fifty bucks tops, skip the trail ones", null, 5);
        assertEquals("chat-model", a.constraints().source());
        assertEquals(List.of("shoes-us"), a.hits().stream().map(h -> h.product().id().value()).toList());
        assertEquals(1, requests.size());
        assertTrue(requests.get(0).path("messages").get(1).path("content").asText().contains("skip the trail ones"));
    }

    @Test
    void malformedAnswerFallsBackToTheRulesAndSaysSo() {
        reply.set("Sure! Here are some great shoes for you.");
        QueryRecommender q = QueryRecommender.builder(TestCatalog.catalog()).embeddingModel(new TestCatalog.BigramModel())
                .chatModel(model()).build();
        QueryAnswer a = q.ask("running shoes under $80", null, 3);
        assertTrue(a.constraints().source().startsWith("rules (chat model failed"), a.constraints().source());
        assertEquals(Optional.of(new BigDecimal("80")), a.constraints().price().max());
        assertEquals("shoes-us", a.hits().get(0).product().id().value());
    }

    @Test
    void invalidValuesAreRejectedNotGuessed() {
        reply.set("{\"text\":\"x\",\"price_min\":300,\"price_max\":100}");
        ChatModelException e = assertThrows(ChatModelException.class,
                () -> ChatModelQueryParser.builder(model()).build().parse("x"));
        assertFalse(e.isRetriable());
    }

    @Test
    void rateLimitIsRetriable() {
        status.set(429);
        ChatModelException e = assertThrows(ChatModelException.class,
                () -> ChatModelQueryParser.builder(model()).build().parse("防晒"));
        assertTrue(e.isRetriable(), e.getMessage());
    }
}
