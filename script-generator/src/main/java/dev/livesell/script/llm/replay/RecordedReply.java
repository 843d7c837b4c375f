package dev.livesell.script.llm.replay;

import dev.livesell.core.InvalidValueException;
import dev.livesell.script.llm.LlmRequest;
import java.util.List;

/**
 * One recorded reply: the request it answers, the reply text exactly as the model would send it, the faults written
 * into it (none for a clean reply), a free-text note and where it was read from. Immutable and thread-safe.
 *
 * <pre>{@code
 * RecordedReply.of(LlmRequest.script(List.of(ProductId.of("p-1001")), 1), "{\"segments\":[...]}")
 *     .withFaults(List.of(InjectedFault.inLine(FaultKind.ABSOLUTE_TERM, "全网最低价！", "全网最低")))
 *     .withNote("one superlative");
 * }</pre>
 *
 * @param request what the reply answers
 * @param reply   the reply text (may be empty: an empty reply is a fault a model makes)
 * @param faults  the labelled faults in it
 * @param note    a comment for the reader of the file ("" when none)
 * @param source  where it was read ({@code file:line}, or "" when built in code)
 */
public record RecordedReply(LlmRequest request, String reply, List<InjectedFault> faults, String note, String source) {
    public RecordedReply {
        InvalidValueException.requireNonNull("request", request);
        InvalidValueException.requireNonNull("reply", reply);
        faults = faults == null ? List.of() : List.copyOf(faults);
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }

    /** A clean reply built in code. */
    public static RecordedReply of(LlmRequest request, String reply) {
        return new RecordedReply(request, reply, List.of(), "", "");
    }

    /** This reply with these fault labels. */
    public RecordedReply withFaults(List<InjectedFault> labels) {
        return new RecordedReply(request, reply, labels, note, source);
    }

    /** This reply with this note. */
    public RecordedReply withNote(String text) {
        return new RecordedReply(request, reply, faults, text, source);
    }
}
