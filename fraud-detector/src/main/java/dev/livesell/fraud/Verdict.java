package dev.livesell.fraud;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The detector's answer for one claim: the label, a score (probability of violation, 0..1), the findings
 * that explain it, per-category scores and a compliant rewrite of the whole text ({@code == text} when
 * compliant; re-checked by the detector's rules and facts stages, so the same detector finds nothing in it;
 * empty when nothing compliant is left). Immutable.
 *
 * <p>Example: {@code check(Claim.of("全网最低价，三天见效"))} gives label VIOLATION, two findings
 * (false_price, efficacy_guarantee) and the rewrite {@code "优惠价"}: 全网最低价 is replaced by its suggestion,
 * and the clause 三天见效, which has none, is dropped.
 */
public record Verdict(String text, Label label, double score, List<Finding> findings,
                      Map<ViolationCategory, Double> categoryScores, String rewrite) {
    public Verdict {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        findings = List.copyOf(findings);
        categoryScores = categoryScores.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(categoryScores));
        rewrite = rewrite == null ? text : rewrite;
    }

    /** True unless the label is COMPLIANT (REVIEW counts as a possible violation). */
    @JsonIgnore
    public boolean isViolation() {
        return label != Label.COMPLIANT;
    }
}
