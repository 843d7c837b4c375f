package dev.livesell.script.llm.replay;

import dev.livesell.core.InvalidValueException;
import java.util.Optional;

/**
 * The label of one fault written into a recorded reply: what kind it is, the faulty line as the reply states it (empty
 * for a fault of the whole reply, such as an empty reply or a missing notice), and the evidence: the fragment that
 * must never reach a generated script (by default the whole line). Immutable and thread-safe.
 *
 * <pre>{@code
 * new InjectedFault(FaultKind.ABSOLUTE_TERM, Optional.of("全网最低价，闭眼入！"), Optional.of("全网最低"))
 * }</pre>
 *
 * @param kind     what kind of fault
 * @param line     the faulty line, exactly as in the reply
 * @param evidence what must not appear in the output; defaults to the line
 */
public record InjectedFault(FaultKind kind, Optional<String> line, Optional<String> evidence) {
    public InjectedFault {
        InvalidValueException.requireNonNull("fault", kind);
        line = line == null ? Optional.empty() : line.map(String::strip).filter(l -> !l.isEmpty());
        evidence = evidence == null || evidence.isEmpty() || evidence.get().isBlank() ? line : evidence;
        if (line.isPresent() && evidence.isPresent() && !line.get().contains(evidence.get())) {
            throw new InvalidValueException("evidence", "must be part of the line \"" + line.get() + "\"", evidence.get());
        }
    }

    /** A fault of a whole reply (no line): {@link FaultKind#EMPTY_REPLY}, {@link FaultKind#MISSING_NOTICE}, ... */
    public static InjectedFault ofReply(FaultKind kind) {
        return new InjectedFault(kind, Optional.empty(), Optional.empty());
    }

    /** A fault in one line; {@code evidence} is the part that must not reach the output. */
    public static InjectedFault inLine(FaultKind kind, String line, String evidence) {
        return new InjectedFault(kind, Optional.of(InvalidValueException.requireNonNull("line", line)), Optional.ofNullable(evidence));
    }
}
