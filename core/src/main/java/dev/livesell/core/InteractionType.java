package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a viewer did with a product. {@link #defaultWeight()} orders the signals for implicit-feedback
 * models (impression &lt; view &lt; cart &lt; purchase); models may use their own weights.
 * JSON: lower-case names; {@link #parse} also accepts common log spellings (pv, buy, fav, click, order).
 */
public enum InteractionType {
    IMPRESSION(0.25),
    VIEW(1.0),
    LIKE(1.0),
    SHARE(1.5),
    COMMENT(1.5),
    FAVORITE(2.0),
    CART(3.0),
    PURCHASE(5.0);

    private final double defaultWeight;

    InteractionType(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InteractionType parse(String text) {
        Check.notBlank("type", text);
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "pv": case "click": case "detail": case "view": return VIEW;
            case "buy": case "order": case "purchase": return PURCHASE;
            case "fav": case "favorite": case "favourite": case "collect": return FAVORITE;
            case "cart": case "addtocart": case "add_to_cart": return CART;
            case "impression": case "expose": case "exposure": return IMPRESSION;
            case "like": return LIKE;
            case "share": return SHARE;
            case "comment": return COMMENT;
            default:
                throw new InvalidValueException("type",
                        "must be one of impression, view, like, share, comment, favorite, cart, purchase", text);
        }
    }
}
