package dev.livesell.fraud;

import java.util.Objects;

/**
 * One lexicon term: the (normalized) words to find, their category, severity, legal basis, message,
 * suggested replacement, and how context may excuse them.
 *
 * <p>Example: {@code new LexiconEntry("三天见效", EFFICACY_GUARANTEE, HIGH, "广告法 第二十八条", "承诺功效时限",
 * "坚持使用", false, true, null)}. Immutable.
 *
 * @param term         the term in normalized form (lower case, Simplified, half-width)
 * @param negatable    a negation just before the term ("不能治病", "does not cure") excuses it
 * @param healthClaim  a product whose regulated class or approved claims cover the term excuses it
 * @param ruleId       the rule id reported in findings (default {@code lexicon.<category>.<term>})
 */
public record LexiconEntry(String term, ViolationCategory category, Severity severity, String lawReference,
                           String message, String suggestion, boolean negatable, boolean healthClaim,
                           String ruleId) {
    public LexiconEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        lawReference = lawReference == null || lawReference.isBlank() ? LawBasis.of(category) : lawReference;
        message = message == null || message.isBlank() ? LawBasis.message(category) : message;
        suggestion = suggestion == null ? "" : suggestion;
        ruleId = ruleId == null || ruleId.isBlank() ? "lexicon." + category.id() + "." + term : ruleId;
    }
}
