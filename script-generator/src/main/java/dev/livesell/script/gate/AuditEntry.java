package dev.livesell.script.gate;

import dev.livesell.core.ProductId;
import dev.livesell.script.SegmentType;
import java.util.List;
import java.util.Optional;

/**
 * One change the gate made: the original text, what it became (empty when dropped) and why.
 * Immutable and thread-safe.
 *
 * @param product  the product whose block the line belongs to, if any
 * @param segment  the segment (empty for comment answers and excluded facts)
 * @param original the text as generated (or the merchant fact)
 * @param result   the text that replaced it; empty when dropped or excluded
 * @param action   what was done
 * @param reasons  why: detector findings ({@code medical_claim "治癌症" [rule-id]}) or grounding problems
 */
public record AuditEntry(Optional<ProductId> product, Optional<SegmentType> segment, String original,
                         Optional<String> result, GateAction action, List<String> reasons) {
    public AuditEntry {
        product = product == null ? Optional.empty() : product;
        segment = segment == null ? Optional.empty() : segment;
        original = original == null ? "" : original;
        result = result == null ? Optional.empty() : result;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
