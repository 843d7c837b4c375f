package dev.livesell.fraud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livesell.core.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads user rules from JSON into a {@link LexiconRule}. Format (version 1):
 * <pre>{@code
 * {"version": 1,
 *  "rules": [{"id": "shop.miracle", "category": "efficacy_guarantee", "severity": "high",
 *             "terms": ["神效", "miracle"], "exceptions": ["神效果"], "negatable": false,
 *             "lawReference": "广告法 第二十八条", "message": "...", "suggestion": "效果好"}]}
 * }</pre>
 * Terms are normalized like claim text. Errors name the file and the field.
 */
public final class RuleFile {
    private RuleFile() {
    }

    /** Reads {@code json} and returns one rule holding all its terms. */
    public static LexiconRule load(Path json) {
        String src = json.toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(json));
        } catch (IOException e) {
            throw new DataFormatException(src, 0, "json", "cannot read rule file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DataFormatException(src, 0, "root", "must be a JSON object", null);
        }
        int version = root.path("version").asInt(1);
        if (version != 1) {
            throw new DataFormatException(src, 0, "version", "unsupported version " + version + " (expected 1)", null);
        }
        JsonNode rules = root.path("rules");
        if (!rules.isArray()) {
            throw new DataFormatException(src, 0, "rules", "must be an array", null);
        }
        TextNormalizer norm = TextNormalizer.standard();
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        Set<String> exceptions = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode r : rules) {
            String field = "rules[" + i + "]";
            try {
                String id = text(r, "id", field);
                ViolationCategory cat = ViolationCategory.parse(text(r, "category", field));
                Severity sev = Severity.parse(r.path("severity").asText("medium"));
                JsonNode terms = r.path("terms");
                if (!terms.isArray() || terms.isEmpty()) {
                    throw new DataFormatException(src, 0, field + ".terms", "must be a non-empty array", null);
                }
                for (JsonNode t : terms) {
                    String term = norm.normalize(t.asText()).text();
                    if (term.isEmpty()) {
                        throw new DataFormatException(src, 0, field + ".terms", "has an empty term", null);
                    }
                    entries.putIfAbsent(term, new LexiconEntry(term, cat, sev, r.path("lawReference").asText(""),
                            r.path("message").asText(""), r.path("suggestion").asText(""),
                            r.path("negatable").asBoolean(false), r.path("healthClaim").asBoolean(false), id));
                }
                for (JsonNode e : r.path("exceptions")) {
                    exceptions.add(norm.normalize(e.asText()).text());
                }
            } catch (DataFormatException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new DataFormatException(src, 0, field, e.getMessage(), e);
            }
            i++;
        }
        return new LexiconRule("file:" + json.getFileName(), Lexicon.ofNormalized(entries, exceptions));
    }

    private static String text(JsonNode r, String name, String field) {
        JsonNode n = r.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(field + "." + name + ": must be a non-empty string");
        }
        return n.asText();
    }
}
