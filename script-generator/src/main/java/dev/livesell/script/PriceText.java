package dev.livesell.script;

import dev.livesell.core.Money;
import java.math.BigDecimal;

/**
 * How scripts say amounts of money: {@code 89元} / {@code 89 yuan} / {@code $19.9}, with no trailing
 * zeros. Stateless and thread-safe.
 */
public final class PriceText {
    private PriceText() {
    }

    /** The amount without trailing zeros: 89.00 → {@code 89}, 89.90 → {@code 89.9}. */
    public static String amount(Money money) {
        return amount(money.amount());
    }

    /** A decimal without trailing zeros and never in exponent form. */
    public static String amount(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }

    /** The amount with its currency as a host says it in {@code language} ({@code zh} or {@code en}). */
    public static String format(Money money, String language) {
        String a = amount(money);
        return switch (money.currencyCode()) {
            case "CNY" -> language.startsWith("zh") ? a + "元" : a + " yuan";
            case "USD" -> "$" + a;
            case "EUR" -> "€" + a;
            case "GBP" -> "£" + a;
            case "JPY" -> language.startsWith("zh") ? a + "日元" : a + " yen";
            default -> a + " " + money.currencyCode();
        };
    }
}
