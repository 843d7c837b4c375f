package dev.livesell.core.text;

import dev.livesell.core.InvalidValueException;
import java.math.BigDecimal;

/**
 * Parses amounts as people type them in requests: Arabic digits ("199", "1.5"), optionally with a
 * multiplier ("3k", "1.5万", "3百"), and Chinese numerals ("三百", "两千五", "一千二百", "五十", "贰佰").
 * Colloquial abbreviations follow common usage: "两百五" = 250, "一千二" = 1200. Stateless; thread-safe.
 *
 * <p>Example: {@code ChineseNumber.parse("两千五")} → 2500.
 */
public final class ChineseNumber {
    /** Characters that may form a Chinese numeral. */
    public static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟";

    private ChineseNumber() {
    }

    /** Parses the amount; fails with {@link InvalidValueException} (field "amount") when it is not one. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("amount", "must not be blank", text);
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace(",", "");
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128 || t.charAt(i) == '.')) {
            i++;
        }
        if (i > 0) {
            BigDecimal base;
            try {
                base = new BigDecimal(t.substring(0, i));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("amount", "is not a number", text);
            }
            String rest = t.substring(i).strip();
            if (rest.isEmpty()) {
                return base;
            }
            long mult = switch (rest) {
                case "k", "千" -> 1000;
                case "w", "万" -> 10000;
                case "百" -> 100;
                case "十" -> 10;
                default -> throw new InvalidValueException("amount", "has an unknown multiplier", text);
            };
            return base.multiply(BigDecimal.valueOf(mult)).stripTrailingZeros();
        }
        return BigDecimal.valueOf(parseChinese(t, text));
    }

    private static long parseChinese(String t, String original) {
        long total = 0;
        long section = 0;
        long digit = -1;
        long lastUnit = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = unitOf(c);
            if (unit == 0) {
                throw new InvalidValueException("amount", "is not a Chinese numeral", original);
            }
            if (unit == 10000) {
                section += Math.max(digit, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
                digit = -1;
                lastUnit = unit;
                continue;
            }
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        if (digit >= 0) {
            // "两百五" = 250, "一千二" = 1200, "三万五" = 35000: a trailing digit counts one unit down
            boolean zeroBefore = t.length() >= 2 && (t.charAt(t.length() - 2) == '零' || t.charAt(t.length() - 2) == '〇');
            if (lastUnit >= 100 && !zeroBefore) {
                section += digit * (lastUnit / 10);
            } else {
                section += digit;
            }
        }
        return total + section;
    }

    /** The value of one Chinese digit character (一 → 1, 两 → 2, 贰 → 2, 〇 → 0), or -1 when it is not one. */
    public static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    private static long unitOf(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10000;
            default -> 0;
        };
    }
}
