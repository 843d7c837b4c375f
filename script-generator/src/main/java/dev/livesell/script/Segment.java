package dev.livesell.script;

import dev.livesell.core.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * A timed part of a script (a hook, the price and offer, the recap ...) with its stage cues and lines.
 * Immutable and thread-safe.
 *
 * @param type     what part of the script this is
 * @param duration planned speaking time
 * @param cues     production cues for this part
 * @param lines    what the host says, in order (may be empty when the gate dropped every line)
 */
public record Segment(SegmentType type, Duration duration, List<StageCue> cues, List<ScriptLine> lines) {
    public Segment {
        if (type == null) {
            throw new InvalidValueException("type", "must not be null", null);
        }
        if (duration == null || duration.isNegative()) {
            throw new InvalidValueException("duration", "must not be negative", duration);
        }
        cues = cues == null ? List.of() : List.copyOf(cues);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
