package dev.livesell.script.llm.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.ScriptGenerationException;
import dev.livesell.script.SegmentType;
import dev.livesell.script.llm.LlmRequest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A langchain4j {@link ChatModel} that answers the requests of {@link dev.livesell.script.llm.LlmScriptGenerator} from
 * recorded replies, with no network: each request is read back as an {@link LlmRequest} (kind, products, segment,
 * rejected line, attempt) and answered with the reply recorded for exactly that key. The key comes from the request
 * itself, not from the order of calls, so a gate that rejects one line more or less changes only which recorded
 * replies are asked for. A request with no recorded reply fails with a {@link ScriptGenerationException} (not
 * retriable) naming its key; the generator treats that like any failed model call. Immutable and thread-safe.
 *
 * <p>The file is JSON Lines, one reply per line (blank lines and lines starting with {@code //} are skipped):
 * <pre>
 * {"kind":"script","product":"p-1001","reply":{"segments":[...]},"faults":[{"fault":"absolute_term","line":"全网最低价！","evidence":"全网最低"}],"note":"..."}
 * {"kind":"regenerate","product":"p-1001","segment":"greeting","rejected":"全网最低价！","reply":{"line":"欢迎来到直播间！"}}
 * </pre>
 * <ul>
 *   <li>{@code kind}: {@code script} (the whole script) or {@code regenerate} (one line again);</li>
 *   <li>{@code product}: the request's product id, or its ids joined with {@code ,} in the request's order (a
 *       warm-up or closing line of a script about several products is regenerated with all of them);</li>
 *   <li>{@code segment} and {@code rejected} (regenerations only): the line's segment, and the line as the script
 *       reply first wrote it (later requests for the same line continue one conversation and keep this key);</li>
 *   <li>{@code attempt} (default 1): 1 + the model's earlier replies in the conversation: 2 answers the request
 *       made after an unusable script reply, or after a regenerated line that was rejected again;</li>
 *   <li>{@code reply}: the reply text as a JSON string (sent as is: prose, fences, truncated JSON, "") or any other
 *       JSON value (sent as compact JSON);</li>
 *   <li>{@code faults} (optional): labels of the faults written into the reply, each {@code fault} (a
 *       {@link FaultKind} id), {@code line} (the faulty line as written, absent for a fault of the whole reply) and
 *       {@code evidence} (the fragment that must not reach a script; default: the line);</li>
 *   <li>{@code note} (optional): a comment.</li>
 * </ul>
 *
 * <pre>{@code
 * ReplayChatModel model = ReplayChatModel.read(Path.of("llm-replies.jsonl"));
 * LiveScript s = LlmScriptGenerator.builder(model).build().generate(request);   // offline, deterministic
 * }</pre>
 */
public final class ReplayChatModel implements ChatModel {
    private static final Set<String> FIELDS = Set.of("kind", "product", "segment", "rejected", "attempt", "reply", "faults", "note");
    private static final Set<String> FAULT_FIELDS = Set.of("fault", "line", "evidence");

    private final Map<LlmRequest, RecordedReply> replies;

    private ReplayChatModel(Map<LlmRequest, RecordedReply> replies) {
        this.replies = replies;
    }

    /**
     * A replay of these replies; fails with {@link dev.livesell.core.InvalidValueException} naming {@code replies}
     * when two answer the same request.
     */
    public static ReplayChatModel of(List<RecordedReply> replies) {
        Map<LlmRequest, RecordedReply> byKey = new LinkedHashMap<>();
        for (RecordedReply r : replies) {
            RecordedReply earlier = byKey.putIfAbsent(r.request(), r);
            if (earlier != null) {
                throw new dev.livesell.core.InvalidValueException("replies", "two replies for the same request"
                        + (earlier.source().isEmpty() ? "" : " (first at " + earlier.source() + ")"), r.request());
            }
        }
        return new ReplayChatModel(java.util.Collections.unmodifiableMap(byKey));
    }

    /** Reads a recorded-replies file (UTF-8 JSON Lines, see the class comment). */
    public static ReplayChatModel read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads recorded replies from a reader (not closed); {@code source} names it in errors, which read
     * {@code source:line: field: what is wrong}.
     */
    public static ReplayChatModel read(Reader reader, String source) {
        List<RecordedReply> out = new ArrayList<>();
        LivesellJson.forEachLine(reader, source, (line, lineNo) -> {
            if (!line.strip().startsWith("//")) {
                out.add(parse(line, source, lineNo));
            }
        });
        Map<LlmRequest, RecordedReply> seen = new java.util.HashMap<>();
        for (RecordedReply r : out) {
            RecordedReply earlier = seen.putIfAbsent(r.request(), r);
            if (earlier != null) {
                long at = Long.parseLong(r.source().substring(r.source().lastIndexOf(':') + 1));
                throw new DataFormatException(source, at, "", "a second reply for " + r.request() + " (the first is at line "
                        + earlier.source().substring(earlier.source().lastIndexOf(':') + 1) + ")", null);
            }
        }
        return of(out);
    }

    private static RecordedReply parse(String line, String source, long lineNo) {
        JsonNode node;
        try {
            node = LivesellJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new DataFormatException(source, lineNo, "", "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new DataFormatException(source, lineNo, "", "a recorded reply must be a JSON object", null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new DataFormatException(source, lineNo, name, "unknown field (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")", null);
            }
        }
        String field = "kind";
        try {
            LlmRequest.Kind kind = LlmRequest.Kind.parse(text(node, "kind", true));
            field = "product";
            List<ProductId> products = Arrays.stream(text(node, "product", true).split(",")).map(String::strip).map(ProductId::of).toList();
            field = "attempt";
            JsonNode a = node.path("attempt");
            if (!a.isMissingNode() && !a.isInt()) {
                throw new dev.livesell.core.InvalidValueException("attempt", "must be an integer", a);
            }
            int attempt = a.isMissingNode() ? 1 : a.asInt();
            LlmRequest request;
            if (kind == LlmRequest.Kind.SCRIPT) {
                field = "segment";
                if (node.has("segment") || node.has("rejected")) {
                    throw new dev.livesell.core.InvalidValueException(node.has("segment") ? "segment" : "rejected",
                            "is only for kind regenerate", node.has("segment") ? node.get("segment") : node.get("rejected"));
                }
                request = LlmRequest.script(products, attempt);
            } else {
                field = "segment";
                String seg = text(node, "segment", true);
                SegmentType type = Arrays.stream(SegmentType.values()).filter(t -> t.id().equals(seg)).findFirst()
                        .orElseThrow(() -> new dev.livesell.core.InvalidValueException("segment", "unknown segment type", seg));
                field = "rejected";
                request = LlmRequest.regeneration(products, type, text(node, "rejected", true), attempt);
            }
            field = "reply";
            JsonNode reply = node.get("reply");
            if (reply == null || reply.isNull()) {
                throw new dev.livesell.core.InvalidValueException("reply", "is required (\"\" for an empty reply)", null);
            }
            String text = reply.isTextual() ? reply.asText() : LivesellJson.write(reply);
            field = "faults";
            List<InjectedFault> faults = new ArrayList<>();
            JsonNode fs = node.path("faults");
            if (!fs.isMissingNode() && !fs.isArray()) {
                throw new dev.livesell.core.InvalidValueException("faults", "must be an array", fs);
            }
            for (JsonNode f : fs) {
                faults.add(fault(f, text));
            }
            field = "note";
            String note = node.has("note") ? text(node, "note", false) : "";
            return new RecordedReply(request, text, faults, note, source + ":" + lineNo);
        } catch (dev.livesell.core.InvalidValueException e) {
            throw new DataFormatException(source, lineNo, e.field(), e.problem() + " (was " + e.value() + ")", e);
        } catch (LivesellException e) {
            throw new DataFormatException(source, lineNo, field, e.getMessage(), e);
        }
    }

    private static InjectedFault fault(JsonNode f, String reply) {
        if (!f.isObject()) {
            throw new dev.livesell.core.InvalidValueException("faults", "each fault must be an object", f);
        }
        for (Iterator<String> names = f.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FAULT_FIELDS.contains(name)) {
                throw new dev.livesell.core.InvalidValueException("faults." + name, "unknown field (known: evidence, fault, line)", f.get(name));
            }
        }
        FaultKind kind = FaultKind.parse(text(f, "fault", true));
        Optional<String> line = f.has("line") ? Optional.of(text(f, "line", true)) : Optional.empty();
        Optional<String> evidence = f.has("evidence") ? Optional.of(text(f, "evidence", true)) : Optional.empty();
        if (line.isPresent() && !reply.contains(line.get()) && !reply.contains(jsonEscaped(line.get()))) {
            throw new dev.livesell.core.InvalidValueException("faults.line", "is not in the reply", line.get());
        }
        return new InjectedFault(kind, line, evidence);
    }

    /** The text as it appears inside a JSON string (quotes and backslashes escaped). */
    private static String jsonEscaped(String text) {
        String quoted = LivesellJson.write(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new dev.livesell.core.InvalidValueException(field, "is required", null);
        }
        if (!v.isTextual() || required && v.asText().isBlank()) {
            throw new dev.livesell.core.InvalidValueException(field, "must be a non-empty string", v);
        }
        return v.asText();
    }

    /** Every recorded reply, in file order. */
    public List<RecordedReply> replies() {
        return List.copyOf(replies.values());
    }

    /** The reply recorded for this request, if any. */
    public Optional<RecordedReply> find(ChatRequest request) {
        return LlmRequest.of(request).map(replies::get);
    }

    /** The reply recorded for this key, if any. */
    public Optional<RecordedReply> find(LlmRequest key) {
        return Optional.ofNullable(replies.get(key));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        LlmRequest key = LlmRequest.of(request).orElseThrow(() -> new ScriptGenerationException(
                "replay: not a request of the livesell script generator (no DATA block with products)", null, false));
        RecordedReply reply = replies.get(key);
        if (reply == null) {
            throw new ScriptGenerationException("replay: no recorded reply for " + key, null, false);
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(reply.reply())).finishReason(FinishReason.STOP).build();
    }

    @Override
    public String toString() {
        return "ReplayChatModel[" + replies.size() + " replies]";
    }
}
