package dev.livesell.script.llm.replay;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.livesell.core.InvalidValueException;
import java.util.Locale;

/**
 * The kind of fault a recorded reply was written to carry, so an eval can tell what the gate had to stop. JSON:
 * lower-case names ({@code invented_price}).
 */
public enum FaultKind {
    /** A price, reference price or amount the offer does not have. */
    INVENTED_PRICE,
    /** A discount, coupon or offer word (折, 买一送一, 包邮) the offer does not have. */
    INVENTED_DISCOUNT,
    /** A price in a currency the offer is not in ({@code $99} for a CNY offer). */
    WRONG_CURRENCY,
    /** An absolute term the advertising law bans (最, 第一, 顶级, 全网最低, best ever). */
    ABSOLUTE_TERM,
    /** An efficacy claim on goods that may not make it (美白, 抗衰老, 提高免疫力 on ordinary food). */
    EFFICACY_CLAIM,
    /** A claim to treat, cure or prevent a disease on goods that are not a drug. */
    MEDICAL_CLAIM,
    /** A guarantee of an effect or a result (保证见效, 无效退款, 100% effective). */
    GUARANTEE,
    /** A fact the product data does not state or contradicts (an origin, material, certificate, sales figure). */
    INVENTED_FACT,
    /** Pressure the offer does not back (只剩最后10件, 错过再等一年). */
    FALSE_URGENCY,
    /** A drug, medical device or health food script without its legally required notice. */
    MISSING_NOTICE,
    /** A reply, segment or line of the wrong JSON shape (prose, truncated JSON, objects where strings belong). */
    WRONG_SHAPE,
    /** An empty reply. */
    EMPTY_REPLY,
    /** The prompt's instructions, its DATA markers or an injected merchant instruction said as a script line. */
    INSTRUCTION_ECHO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id} ({@code invented_price}); fails with {@link InvalidValueException} naming {@code fault}. */
    public static FaultKind parse(String id) {
        for (FaultKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new InvalidValueException("fault", "unknown fault kind", id);
    }
}
