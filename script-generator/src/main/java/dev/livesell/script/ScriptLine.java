package dev.livesell.script;

import dev.livesell.core.InvalidValueException;
import java.util.List;

/**
 * One thing the host says, with the facts it states (provenance). Immutable and thread-safe.
 *
 * <p>Example: {@code new ScriptLine("材质是棉100%。", List.of(new FactRef(FactKind.ATTRIBUTE, "材质", "棉100%")), LineSource.TEMPLATE)}
 *
 * @param text   what the host says
 * @param facts  the product or offer facts the line uses
 * @param source how the line was produced
 */
public record ScriptLine(String text, List<FactRef> facts, LineSource source) {
    public ScriptLine {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank", text);
        }
        facts = facts == null ? List.of() : List.copyOf(facts);
        source = source == null ? LineSource.TEMPLATE : source;
    }

    /** The same facts and source with another text. */
    public ScriptLine withText(String newText, LineSource newSource) {
        return new ScriptLine(newText, facts, newSource);
    }
}
