package dev.livesell.script.answer;

import dev.livesell.script.FactRef;
import dev.livesell.script.gate.ComplianceAudit;
import java.util.List;

/**
 * An answer to a viewer's comment, with the facts it rests on. Immutable and thread-safe.
 *
 * @param comment    the comment as typed
 * @param intent     what it asks about
 * @param answer     what the host says (passed the compliance gate)
 * @param sources    the product or offer facts the answer states
 * @param similarity cosine similarity of the retrieved fact to the comment (0 when no retrieval was used)
 * @param followUp   true when the facts do not answer it and the host promises to check
 * @param audit      what the gate checked and changed
 */
public record CommentAnswer(String comment, CommentIntent intent, String answer, List<FactRef> sources, double similarity,
                            boolean followUp, ComplianceAudit audit) {
    public CommentAnswer {
        sources = sources == null ? List.of() : List.copyOf(sources);
        audit = audit == null ? ComplianceAudit.empty() : audit;
    }
}
