package dev.livesell.script.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.script.SegmentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one chat request of {@link LlmScriptGenerator} asks for, read back from the request itself: a whole script or
 * one line written again, for which products (the ids in the request's DATA block, in order), for a regeneration the
 * segment and the rejected line (the line as the model first wrote it: all requests for one line are one
 * conversation), and the attempt (1 + the model's earlier replies in the conversation). A replay model or a request
 * log keys on it; two requests with equal keys ask for the same thing. Immutable and thread-safe.
 *
 * <pre>{@code
 * LlmRequest.of(chatRequest)   // Optional[LlmRequest[kind=REGENERATE, products=[p-1001], segment=greeting, rejected=..., attempt=1]]
 * }</pre>
 *
 * @param kind     a script or one line again
 * @param products the products the request is about, in the request's order
 * @param segment  the segment of the line (regenerations only)
 * @param rejected the rejected line as first written, stripped (regenerations only)
 * @param attempt  1 for the first request of a conversation, 2 after one unusable or rejected reply, ...
 */
public record LlmRequest(Kind kind, List<ProductId> products, Optional<SegmentType> segment, Optional<String> rejected, int attempt) {
    private static final Pattern SEGMENT = Pattern.compile("segment ([a-z_]+)\\)");

    /** What a request asks for. JSON: lower-case names. */
    public enum Kind {
        /** The whole script ({@code {"segments":[...]}}). */
        SCRIPT,
        /** One line written again ({@code {"line":"..."}}). */
        REGENERATE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code script} or {@code regenerate}; fails with {@link InvalidValueException} naming {@code kind}. */
        public static Kind parse(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw new InvalidValueException("kind", "must be script or regenerate", id);
        }
    }

    public LlmRequest {
        InvalidValueException.requireNonNull("kind", kind);
        products = List.copyOf(InvalidValueException.requireNonNull("products", products));
        if (products.isEmpty()) {
            throw new InvalidValueException("products", "must name at least one product", products);
        }
        segment = segment == null ? Optional.empty() : segment;
        rejected = rejected == null ? Optional.empty() : rejected.map(r -> ScriptPrompt.clean(r).strip());
        if (kind == Kind.REGENERATE && (segment.isEmpty() || rejected.isEmpty())) {
            throw new InvalidValueException(segment.isEmpty() ? "segment" : "rejected", "is required for a regeneration", null);
        }
        if (kind == Kind.SCRIPT && (segment.isPresent() || rejected.isPresent())) {
            throw new InvalidValueException(segment.isPresent() ? "segment" : "rejected", "is only for a regeneration",
                    segment.isPresent() ? segment.get().id() : rejected.get());
        }
        if (attempt < 1) {
            throw new InvalidValueException("attempt", "must be at least 1", attempt);
        }
    }

    /** A script request for these products. */
    public static LlmRequest script(List<ProductId> products, int attempt) {
        return new LlmRequest(Kind.SCRIPT, products, Optional.empty(), Optional.empty(), attempt);
    }

    /** A request to write {@code rejected} (as the model first wrote it) again. */
    public static LlmRequest regeneration(List<ProductId> products, SegmentType segment, String rejected, int attempt) {
        return new LlmRequest(Kind.REGENERATE, products, Optional.of(InvalidValueException.requireNonNull("segment", segment)),
                Optional.of(InvalidValueException.requireNonNull("rejected", rejected)), attempt);
    }

    /**
     * Reads a request of {@link LlmScriptGenerator} back; empty when the request is not one of its (no DATA block in the
     * first user message, or no products in it).
     */
    public static Optional<LlmRequest> of(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        String first = null;
        int replies = 0;
        for (ChatMessage m : messages) {
            if (m instanceof UserMessage u && first == null && u.hasSingleText()) {
                first = u.singleText();
            } else if (m instanceof AiMessage) {
                replies++;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        int open = first.indexOf(ScriptPrompt.OPEN);
        int close = open < 0 ? -1 : first.indexOf(ScriptPrompt.CLOSE, open);
        if (close < 0) {
            return Optional.empty();
        }
        List<ProductId> products = new ArrayList<>();
        try {
            JsonNode data = LivesellJson.mapper().readTree(first.substring(open + ScriptPrompt.OPEN.length(), close));
            for (JsonNode p : data.path("products")) {
                products.add(ProductId.of(p.path("id").asText()));
            }
        } catch (JsonProcessingException | dev.livesell.core.LivesellException e) {
            return Optional.empty();
        }
        if (products.isEmpty()) {
            return Optional.empty();
        }
        if (!first.startsWith(ScriptPrompt.REWRITE)) {
            return Optional.of(script(products, replies + 1));
        }
        Matcher seg = SEGMENT.matcher(first.substring(0, first.indexOf('\n') < 0 ? first.length() : first.indexOf('\n')));
        int at = first.indexOf("\n" + ScriptPrompt.REJECTED);
        if (!seg.find() || at < 0) {
            return Optional.empty();
        }
        SegmentType type;
        try {
            type = SegmentType.valueOf(seg.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int start = at + 1 + ScriptPrompt.REJECTED.length();
        int end = first.indexOf('\n', start);
        try {
            String rejected = LivesellJson.mapper().readValue(first.substring(start, end < 0 ? first.length() : end), String.class);
            return Optional.of(regeneration(products, type, rejected, replies + 1));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The products as written in a recorded-replies file: ids joined with {@code ,}. */
    public String productKey() {
        return String.join(",", products.stream().map(ProductId::value).toList());
    }

    @Override
    public String toString() {
        return kind.id() + " " + productKey() + segment.map(s -> " " + s.id()).orElse("")
                + rejected.map(r -> " \"" + r + "\"").orElse("") + " attempt " + attempt;
    }
}
