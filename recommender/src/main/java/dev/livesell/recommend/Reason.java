package dev.livesell.recommend;

import dev.livesell.core.InvalidValueException;
import java.util.Optional;

/**
 * Why an item was recommended: a stable machine {@code code}, a short human {@code detail}, and the
 * viewer's item that triggered it when there is one. Codes used by the bundled models:
 * {@code similar-to} (item-kNN, EASE), {@code next-after} (Markov), {@code similar-viewers}
 * (session-kNN, iALS), {@code popular}, {@code cold-start} (no history: popularity fallback),
 * {@code repurchase} (already bought, repurchase allowed). Immutable and thread-safe.
 *
 * <p>Example: {@code new Reason("similar-to", "viewers of p-7 also took this", Optional.of("p-7"))}
 */
public record Reason(String code, String detail, Optional<String> relatedItem) {
    public static final String SIMILAR_TO = "similar-to";
    public static final String NEXT_AFTER = "next-after";
    public static final String SIMILAR_VIEWERS = "similar-viewers";
    public static final String POPULAR = "popular";
    public static final String COLD_START = "cold-start";
    public static final String REPURCHASE = "repurchase";

    public Reason {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("code", "must not be blank", code);
        }
        detail = detail == null ? "" : detail;
        relatedItem = relatedItem == null ? Optional.empty() : relatedItem;
    }

    public static Reason of(String code, String detail) {
        return new Reason(code, detail, Optional.empty());
    }

    public static Reason of(String code, String detail, String relatedItem) {
        return new Reason(code, detail, Optional.ofNullable(relatedItem));
    }
}
