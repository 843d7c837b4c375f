package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The class a product falls in under PRC advertising law; the law treats claims differently per
 * class (a medical claim is illegal for a cosmetic, allowed for a registered drug within its indication).
 * JSON: lower-case names ({@code "health_food"}).
 */
public enum RegulatedClass {
    /** Ordinary goods: apparel, electronics, home, paper goods. */
    GENERAL,
    /** 普通食品, including fresh produce. May claim no health function. */
    ORDINARY_FOOD,
    /** 保健食品 (蓝帽子): may claim only its approved function, with its approval number. */
    HEALTH_FOOD,
    /** 化妆品: no medical claims; special-use cosmetics (sunscreen, whitening) within their registration. */
    COSMETIC,
    /** 医疗器械: claims within the registered scope. */
    MEDICAL_DEVICE,
    /** 药品: claims within the approved indication. */
    DRUG;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RegulatedClass parse(String text) {
        Check.notBlank("regulatedClass", text);
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("regulatedClass",
                    "must be one of general, ordinary_food, health_food, cosmetic, medical_device, drug", text);
        }
    }

    /** True for classes whose products may lawfully make some health or medical claim. */
    public boolean mayClaimHealthFunction() {
        return this == HEALTH_FOOD || this == MEDICAL_DEVICE || this == DRUG;
    }
}
