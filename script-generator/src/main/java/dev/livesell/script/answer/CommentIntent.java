package dev.livesell.script.answer;

import java.util.Locale;

/** What a viewer's live comment asks about. JSON: lower-case names. */
public enum CommentIntent {
    PRICE, SIZE, MATERIAL, USAGE, SHIPPING, AFTER_SALES, STOCK,
    /** Efficacy or medical questions (治病, 孕妇能用吗, 多久见效): answered safely, never with a health claim. */
    MEDICAL,
    COMPARISON,
    /** Any other question about the product (防水吗, 哪里生产的): answered from the fact closest in meaning, or "let me check". */
    PRODUCT_INFO,
    OFF_TOPIC, ABUSIVE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
