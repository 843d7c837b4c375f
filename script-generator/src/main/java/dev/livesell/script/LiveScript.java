package dev.livesell.script;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.PersonaStyle;
import dev.livesell.script.gate.ComplianceAudit;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated live-selling script: warm-up, one block per product, closing; timed segments with stage
 * cues and lines that carry their provenance; and the audit of the compliance gate every line passed.
 * Immutable and thread-safe. Render it with {@link dev.livesell.script.render.ScriptFormat}.
 *
 * <pre>{@code
 * LiveScript s = ScriptGenerator.offline().generate(ScriptRequest.builder().add(product, offer).minutes(10).build());
 * String md = ScriptFormat.MARKDOWN.render(s);
 * }</pre>
 *
 * @param title     a heading for the script
 * @param language  {@code zh} or {@code en}
 * @param style     the host's speaking style
 * @param requested the length the caller asked for
 * @param blocks    warm-up, product blocks, closing
 * @param audit     what the compliance gate checked, changed and dropped
 * @param generator which generator wrote it ({@code offline-templates/1}, {@code chat-model:...})
 */
public record LiveScript(String title, String language, PersonaStyle style, Duration requested,
                         List<ScriptBlock> blocks, ComplianceAudit audit, String generator) {
    public LiveScript {
        if (requested == null || requested.isNegative() || requested.isZero()) {
            throw new InvalidValueException("requested", "must be positive", requested);
        }
        title = title == null ? "" : title;
        language = language == null ? "zh" : language;
        style = style == null ? PersonaStyle.WARM : style;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        audit = audit == null ? ComplianceAudit.empty() : audit;
        generator = generator == null ? "" : generator;
    }

    /** The planned total time (sum of segment durations). */
    public Duration duration() {
        return blocks.stream().map(ScriptBlock::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** Every line, in order. */
    public Stream<ScriptLine> lines() {
        return blocks.stream().flatMap(b -> b.segments().stream()).flatMap(s -> s.lines().stream());
    }

    /** The product blocks, in order. */
    public List<ScriptBlock> productBlocks() {
        return blocks.stream().filter(b -> b.kind() == SegmentType.Block.PRODUCT).toList();
    }
}
