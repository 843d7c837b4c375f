package dev.livesell.fraud.model;

import dev.livesell.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One training example: a claim, whether it is a violation, and its categories (taxonomy ids).
 * {@code categoriesKnown} is false when the source says "violation" without saying which category
 * (the category outputs then learn nothing from this row). {@code source} is {@code file:line}.
 * {@code group} ties variants of one base line together (the dev split never separates a group);
 * it defaults to the text.
 *
 * <p>Example: {@code new LabelledText("三天见效", true, Set.of("efficacy_guarantee"), true, "train.tsv:12", null)}
 *
 * <p>Immutable.
 */
public record LabelledText(String text, boolean violation, Set<String> categories, boolean categoriesKnown,
                           String source, String group) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank", text);
        }
        categories = Set.copyOf(categories);
        Objects.requireNonNull(source, "source");
        group = group == null || group.isBlank() ? text : group;
        if (!violation && !categories.isEmpty()) {
            throw new InvalidValueException("categories", "a compliant example has no violation category", categories);
        }
    }

    public LabelledText(String text, boolean violation, Set<String> categories, boolean categoriesKnown, String source) {
        this(text, violation, categories, categoriesKnown, source, null);
    }

    /** The first category, if any. */
    public Optional<String> primaryCategory() {
        return categories.stream().sorted().findFirst();
    }
}
