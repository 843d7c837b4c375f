package dev.livesell.script.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A local HTTP server speaking the OpenAI chat-completions protocol, replying from a script of canned replies. */
final class FakeOpenAi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Function<JsonNode, Reply>> replies = new ArrayDeque<>();
    private Function<JsonNode, Reply> fallback;
    final List<JsonNode> requests = new ArrayList<>();

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode request = JSON.readTree(body);
            Function<JsonNode, Reply> next;
            synchronized (this) {
                requests.add(request);
                next = replies.isEmpty() ? fallback : replies.poll();
            }
            Reply reply = next == null ? error(500, "server_error", "no reply scripted") : next.apply(request);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
        });
        server.start();
    }

    /** Queues replies in order; the last one is repeated when the queue runs dry. */
    @SafeVarargs
    final synchronized FakeOpenAi then(Function<JsonNode, Reply>... next) {
        for (Function<JsonNode, Reply> r : next) {
            replies.add(r);
            fallback = r;
        }
        return this;
    }

    synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    OpenAiChatModel model(Duration timeout) {
        return OpenAiChatModel.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .apiKey("test")
                .modelName("gpt-test")
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    static Function<JsonNode, Reply> content(String text) {
        return req -> new Reply(200, completion(text), 0);
    }

    static String completion(String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000L);
        root.put("model", "gpt-test");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 100);
        usage.put("completion_tokens", 50);
        usage.put("total_tokens", 150);
        return root.toString();
    }

    static Reply error(int status, String type, String message) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("message", message);
        err.put("type", type);
        return new Reply(status, root.toString(), 0);
    }

    static Function<JsonNode, Reply> status(int status, String type, String message) {
        return req -> error(status, type, message);
    }

    static Function<JsonNode, Reply> slow(long millis) {
        return req -> new Reply(200, completion("{\"segments\":[]}"), millis);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
