package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A product category: a path from the root ({@code ["美妆", "防晒"]}) and its {@link RegulatedClass}.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Category.of(RegulatedClass.COSMETIC, "美妆", "防晒")}
 */
public record Category(List<String> path, RegulatedClass regulatedClass) {
    @JsonCreator
    public Category(@JsonProperty("path") List<String> path, @JsonProperty("regulatedClass") RegulatedClass regulatedClass) {
        this.path = Check.list("category.path", path);
        if (this.path.isEmpty()) {
            throw new InvalidValueException("category.path", "must have at least one level", path);
        }
        Check.noBlank("category.path", this.path);
        this.regulatedClass = regulatedClass == null ? RegulatedClass.GENERAL : regulatedClass;
    }

    public static Category of(RegulatedClass regulatedClass, String... path) {
        return new Category(List.of(path), regulatedClass);
    }

    /** The first level of the path ({@code 美妆}). */
    public String top() {
        return path.get(0);
    }

    /** The last level of the path ({@code 防晒}). */
    public String leaf() {
        return path.get(path.size() - 1);
    }

    /** The path joined with {@code /}: {@code 美妆/防晒}. */
    public String key() {
        return String.join("/", path);
    }

    /** True when this category's path starts with the given levels. */
    public boolean isWithin(List<String> prefix) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
