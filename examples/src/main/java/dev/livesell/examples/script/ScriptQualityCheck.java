package dev.livesell.examples.script;

import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounding check of {@code script eval}, written independently of the generator's own checker:
 * every number (with its unit, if any) in a line must occur in the product's data or offer. Money
 * units need an amount of the offer (price, reference price, best price, coupon amounts); a count
 * word after the stock limit is accepted; anything else must appear as written (spaces and case
 * ignored). Chinese numerals before a measure word must appear verbatim.
 */
final class ScriptQualityCheck {
    private static final Pattern QUANTITY = Pattern.compile(
            "([$¥￥€£])?\\s*(?<![\\d.])(\\d++(?:\\.\\d++)?+)\\s*(日元|美元|yen|ml|毫升|l|升|kg|千克|公斤|g|克|mg|毫克|斤|cm|厘米|mm|毫米|米|m|英寸|寸|%|倍|折|天|小时|分钟|年|个月|月|岁|度|"
                    + "片|粒|颗|包|袋|盒|瓶|支|件|套|双|条|张|卷|抽|罐|箱|份|w|瓦|mah|v|hz|gb|tb|元|块|yuan|rmb|units?)?(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "[一二两三四五六七八九十百千万]+(毫升|千克|公斤|克|斤|厘米|米|片|粒|颗|瓶|盒|袋|罐|箱|天|小时|年|个月|岁|倍|折)");
    private static final Set<String> MONEY = Set.of("元", "块", "yuan", "rmb", "日元", "美元", "yen", "$", "¥", "￥", "€", "£");
    private static final Set<String> COUNT = Set.of("件", "份", "unit", "units");
    private static final Map<String, String> SYNONYM = Map.of("毫升", "ml", "克", "g", "千克", "kg", "公斤", "kg", "厘米", "cm",
            "毫米", "mm", "升", "l", "毫克", "mg");

    private final String text;
    private final Set<String> numbers = new HashSet<>();
    private final Set<String> money = new HashSet<>();
    private final String stock;

    ScriptQualityCheck(Product p, Offer o) {
        StringBuilder sb = new StringBuilder(p.title()).append('|').append(p.brand()).append('|')
                .append(String.join("|", p.category().path())).append('|');
        p.attributes().forEach((k, v) -> sb.append(k).append(v).append('|'));
        p.sellingPoints().forEach(s -> sb.append(s).append('|'));
        p.approvalNumber().ifPresent(a -> sb.append(a).append('|'));
        p.approvedClaims().forEach(c -> sb.append(c).append('|'));
        text = squash(sb.toString());
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text);
        while (m.find()) {
            numbers.add(plain(m.group()));
        }
        if (o == null) {
            addMoney(p.listPrice());
            stock = null;
        } else {
            addMoney(o.price());
            o.referencePrice().ifPresent(this::addMoney);
            addMoney(o.bestPrice());
            for (Coupon c : o.coupons()) {
                addMoney(c.discount());
                addMoney(c.minimumSpend());
                numbers.addAll(labelNumbers(c.label()));
            }
            stock = o.stockLimit().map(String::valueOf).orElse(null);
            if (stock != null) {
                numbers.add(stock);
            }
        }
        numbers.addAll(money);
    }

    private Set<String> labelNumbers(String label) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(label);
        while (m.find()) {
            out.add(plain(m.group()));
        }
        return out;
    }

    private void addMoney(Money m) {
        money.add(plain(m.amount().toPlainString()));
    }

    /** True when every number and quantity in the line is in the data. */
    boolean grounded(String line) {
        String l = Normalizer.normalize(line, Normalizer.Form.NFKC);
        Matcher m = QUANTITY.matcher(l);
        while (m.find()) {
            String n = plain(m.group(2));
            String unit = m.group(3) == null ? (m.group(1) == null ? null : m.group(1)) : m.group(3).toLowerCase(Locale.ROOT);
            if (!numbers.contains(n)) {
                return false;
            }
            if (unit == null) {
                continue;
            }
            if (MONEY.contains(unit) || m.group(1) != null) {
                if (!money.contains(n)) {
                    return false;
                }
            } else if (COUNT.contains(unit) && n.equals(stock)) {
                continue;
            } else if (!stated(squash(m.group(2) + unit)) && !stated(n + unit)
                    && !(SYNONYM.containsKey(unit) && stated(n + SYNONYM.get(unit)))) {
                return false;
            }
        }
        Matcher c = CHINESE_QUANTITY.matcher(l);
        while (c.find()) {
            if (!text.contains(c.group())) {
                return false;
            }
        }
        return true;
    }

    /** True when the token is in the data and not the tail of a longer number ({@code 5ml} is not in {@code 15ml}). */
    private boolean stated(String token) {
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            if (i == 0 || !(Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String plain(String number) {
        BigDecimal d = new BigDecimal(number).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
