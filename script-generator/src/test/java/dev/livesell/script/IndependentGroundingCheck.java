package dev.livesell.script;

import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grounding check for tests, written without the generator's {@link GroundingChecker} or {@link FactSheet}:
 * it reads the raw product and offer. Each number in a line is taken with what follows it (a currency
 * sign before it, or a unit word after it: ASCII letters, %, ℃, or a Chinese measure word) and must be
 * <ul>
 *   <li>an amount of the offer (or the list price without an offer) when it is money,</li>
 *   <li>the stock limit when followed by a count word,</li>
 *   <li>else written in the raw data as number + unit (spaces and case ignored), not as the tail of a longer number.</li>
 * </ul>
 * Chinese numerals before a measure word must appear verbatim. The unit lists are broad ({@code 27速},
 * {@code 3 nights}), so the check errs on the strict side.
 */
final class IndependentGroundingCheck {
    private static final String CJK_UNITS = "毫升|千克|公斤|毫克|厘米|毫米|英寸|小时|分钟|个月|日元|分贝|颗粒|"
            + "克|斤|升|米|寸|片|粒|颗|包|袋|盒|瓶|支|件|套|只|双|条|张|卷|抽|层|罐|箱|枚|份|根|天|日|秒|周|月|年|岁|度|倍|成|折|"
            + "瓦|伏|码|号|档|页|速|人|次|种|位|项|元|块";
    private static final Pattern TOKEN = Pattern.compile(
            "([$¥￥€£])?(?<![\\d.])(\\d+(?:\\.\\d+)?)(\\s?[a-zA-Z]+|%|℃|" + CJK_UNITS + ")?");
    private static final Pattern CN_QUANTITY = Pattern.compile("[一二两三四五六七八九十百千万]+(?:瓶|盒|袋|罐|箱|片|粒|颗|支|件|条|双|套|天|周|年|岁|倍|折|斤|克|米)");
    private static final Set<String> MONEY_WORDS = Set.of("元", "块", "日元", "yuan", "yen", "rmb", "usd", "dollars");
    private static final Set<String> ENGLISH_UNITS = Set.of("ml", "l", "g", "kg", "mg", "cm", "mm", "m", "km", "in", "inch", "inches",
            "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "s", "sec", "seconds", "day", "days", "night", "nights",
            "week", "weeks", "month", "months", "year", "years", "times", "x", "w", "kw", "v", "mah", "wh", "hz", "ghz", "gb", "tb", "oz",
            "lb", "lbs", "pcs", "pack", "packs", "piece", "pieces", "person", "persons", "people", "units", "unit", "percent", "db",
            "yuan", "yen", "rmb", "usd", "dollars", "k", "p");
    private static final Set<String> COUNT_WORDS = Set.of("件", "份", "units", "unit", "pcs");

    private final String data;
    private final Set<BigDecimal> money = new HashSet<>();
    private final Integer stock;

    IndependentGroundingCheck(Product p, Offer o) {
        List<String> parts = new ArrayList<>(List.of(p.title(), p.brand(), String.join("/", p.category().path())));
        p.attributes().forEach((k, v) -> parts.add(k + ":" + v));
        parts.addAll(p.sellingPoints());
        p.approvalNumber().ifPresent(parts::add);
        parts.addAll(p.approvedClaims());
        if (o == null) {
            add(p.listPrice());
            stock = null;
        } else {
            add(o.price());
            o.referencePrice().ifPresent(this::add);
            add(o.bestPrice());
            for (Coupon c : o.coupons()) {
                add(c.discount());
                add(c.minimumSpend());
                parts.add(c.label());
            }
            stock = o.stockLimit().orElse(null);
        }
        data = squash(String.join("\n", parts));
    }

    private void add(Money m) {
        money.add(m.amount().stripTrailingZeros());
    }

    /** The numbers and quantities of the line the raw data does not support. */
    List<String> unsupported(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC);
        List<String> bad = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String number = m.group(2);
            String unit = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(Locale.ROOT);
            if (unit.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch)) && !ENGLISH_UNITS.contains(unit)) {
                unit = ""; // a word, not a unit: "the 满60减5 coupon"
            }
            boolean currencyUnit = MONEY_WORDS.stream().anyMatch(unit::startsWith);
            boolean ok;
            if (m.group(1) != null || currencyUnit) {
                ok = money.contains(new BigDecimal(number).stripTrailingZeros());
            } else if (stock != null && COUNT_WORDS.contains(unit) && Integer.toString(stock).equals(number)) {
                ok = true;
            } else {
                ok = writtenInData(number + unit);
            }
            if (!ok) {
                bad.add(m.group());
            }
        }
        Matcher c = CN_QUANTITY.matcher(text);
        while (c.find()) {
            if (!data.contains(c.group())) {
                bad.add(c.group());
            }
        }
        return bad;
    }

    private static boolean isCjk(String s) {
        return s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private boolean writtenInData(String token) {
        String t = squash(token);
        for (int i = data.indexOf(t); i >= 0; i = data.indexOf(t, i + 1)) {
            if (i == 0 || !(Character.isDigit(data.charAt(i - 1)) || data.charAt(i - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
