package dev.livesell.fraud;

import java.util.Objects;

/**
 * One reason a claim is (possibly) false advertising: which category, where in the original text,
 * which rule, how serious, the legal basis, a one-line message and a suggested replacement for the span
 * ({@code ""} = delete it). Immutable.
 *
 * <p>Example: {@code Finding(MEDICAL_CLAIM, Span(3,5,"治疗"), "zh.medical.治疗", HIGH, "广告法 第十七条",
 * "普通商品不得宣称疾病治疗功能", "", RULES)}.
 */
public record Finding(ViolationCategory category, Span span, String ruleId, Severity severity,
                      String lawReference, String message, String suggestion, Stage stage) {
    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        lawReference = lawReference == null ? "" : lawReference;
        message = message == null ? "" : message;
        suggestion = suggestion == null ? "" : suggestion;
    }
}
