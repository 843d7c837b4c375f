package dev.livesell.script.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Reads the JSON object out of a chat model's reply: tolerates Markdown fences and text around the
 * object, rejects anything that does not parse. Stateless and thread-safe.
 */
final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {
    }

    /** The parsed object, or an error message. */
    static Result parse(String reply) {
        if (reply == null || reply.isBlank()) {
            return new Result(Optional.empty(), "empty reply");
        }
        String text = reply.strip();
        int fence = text.indexOf("```");
        if (fence >= 0) {
            int start = text.indexOf('\n', fence);
            int end = text.indexOf("```", start < 0 ? fence + 3 : start);
            if (start > 0 && end > start) {
                text = text.substring(start + 1, end).strip();
            }
        }
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 || close < open) {
            return new Result(Optional.empty(), "no JSON object in the reply");
        }
        try {
            JsonNode node = MAPPER.readTree(text.substring(open, close + 1));
            if (!node.isObject()) {
                return new Result(Optional.empty(), "reply is not a JSON object");
            }
            return new Result(Optional.of(node), "");
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), "malformed JSON: " + e.getOriginalMessage());
        }
    }

    record Result(Optional<JsonNode> json, String error) {
    }
}
