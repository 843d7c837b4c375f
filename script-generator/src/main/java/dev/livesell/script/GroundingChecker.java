package dev.livesell.script;

import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number and unit in a line appears in one product's facts or offer: {@code 50ml}
 * is grounded when an attribute says {@code 50ml} (or {@code 50毫升}), {@code 89元} when 89 is the
 * price, reference price, best price or a coupon amount. Chinese numerals before a measure word
 * ({@code 三瓶}, {@code 两倍}) must appear verbatim. Immutable and thread-safe.
 *
 * <pre>{@code
 * GroundingChecker g = GroundingChecker.of(FactSheet.of(product, offer));
 * List<String> bad = g.ungrounded("到手只要59元，3天见效"); // ["59元", "3天"] unless the facts say so
 * }</pre>
 */
public final class GroundingChecker {
    /** Unit words, longest first so that {@code 日元} is read whole rather than as {@code 日}. */
    private static final String UNITS = longestFirst("毫升|ml|mL|升|L|千克|公斤|kg|克|g|毫克|mg|斤|两|厘米|cm|毫米|mm|公里|km|米|m|英寸|寸|inch|in|"
            + "片|粒|颗|包|袋|盒|瓶|支|件|套|只|双|条|张|卷|抽|层|罐|箱|枚|份|根|"
            + "天|日|小时|h|分钟|min|秒|s|周|个月|月|年|岁|度|℃|%|倍|成|折|"
            + "wh|Wh|w|W|瓦|mah|mAh|v|V|伏|hz|Hz|gb|GB|tb|TB|码|号|oz|lb|lbs|pcs|pack|packs|"
            + "元|块|¥|￥|yuan|rmb|RMB|美元|\\$|usd|USD|€|£|日元|yen");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.])([¥￥$€£])?\\s*(\\d++(?:\\.\\d++)?)(?:\\s*(" + UNITS + ")(?![A-Za-z]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_LOOSE = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "([零一二两三四五六七八九十百千万]+)(毫升|千克|公斤|克|毫克|斤|厘米|毫米|米|片|粒|颗|瓶|盒|袋|罐|箱|天|小时|分钟|周|个月|年|岁|度|倍|成|折)");
    private static final Set<String> CURRENCY = Set.of("元", "块", "¥", "￥", "yuan", "rmb", "美元", "$", "usd", "€", "£", "日元", "yen");
    private static final Map<String, String> SAME_UNIT = Map.ofEntries(
            Map.entry("ml", "毫升"), Map.entry("毫升", "ml"), Map.entry("l", "升"), Map.entry("升", "l"),
            Map.entry("g", "克"), Map.entry("克", "g"), Map.entry("kg", "千克"), Map.entry("千克", "kg"),
            Map.entry("公斤", "kg"), Map.entry("mg", "毫克"), Map.entry("毫克", "mg"), Map.entry("cm", "厘米"),
            Map.entry("厘米", "cm"), Map.entry("mm", "毫米"), Map.entry("毫米", "mm"), Map.entry("日", "天"),
            Map.entry("天", "日"), Map.entry("h", "小时"), Map.entry("小时", "h"), Map.entry("w", "瓦"), Map.entry("瓦", "w"),
            Map.entry("inch", "英寸"), Map.entry("英寸", "inch"), Map.entry("v", "伏"), Map.entry("伏", "v"));

    private final String corpus;
    private final Set<String> numbers;
    private final Set<String> moneyNumbers;

    private GroundingChecker(String corpus, Set<String> numbers, Set<String> moneyNumbers) {
        this.corpus = corpus;
        this.numbers = numbers;
        this.moneyNumbers = moneyNumbers;
    }

    /** A checker for one product's facts and offer. */
    public static GroundingChecker of(FactSheet facts) {
        StringBuilder text = new StringBuilder();
        for (FactRef f : facts.all()) {
            if (f.kind() == FactKind.ATTRIBUTE || f.kind() == FactKind.COUPON) {
                text.append(f.key()).append('|');
            }
            text.append(f.value()).append('\n');
        }
        text.append(facts.product().category().key()).append('\n');
        // a stock limit may be said with a count word: 3000件 / 3000 units
        facts.stockLimit().ifPresent(n -> text.append(n).append("件 ").append(n).append("份 ").append(n).append("units\n"));
        String corpus = normalize(text.toString());
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER_LOOSE.matcher(Normalizer.normalize(text.toString(), Normalizer.Form.NFKC));
        while (m.find()) {
            numbers.add(canonical(m.group()));
        }
        Set<String> money = new HashSet<>();
        addMoney(money, facts.price());
        facts.offer().ifPresent(o -> {
            addMoney(money, o.price());
            facts.referencePrice().ifPresent(r -> addMoney(money, r));
            facts.bestPrice().ifPresent(b -> addMoney(money, b));
            for (Coupon c : o.coupons()) {
                addMoney(money, c.discount());
                if (c.minimumSpend().amount().signum() > 0) {
                    addMoney(money, c.minimumSpend());
                }
            }
        });
        numbers.addAll(money);
        return new GroundingChecker(corpus, Set.copyOf(numbers), Set.copyOf(money));
    }

    private static String longestFirst(String alternatives) {
        return java.util.Arrays.stream(alternatives.split("(?<!\\\\)\\|"))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** True when {@code token} occurs in the facts not glued to a digit before it ({@code 5ml} is not in {@code 15ml}). */
    private boolean stated(String token) {
        String t = normalize(token);
        for (int i = corpus.indexOf(t); i >= 0; i = corpus.indexOf(t, i + 1)) {
            if (i == 0 || !(Character.isDigit(corpus.charAt(i - 1)) || corpus.charAt(i - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static void addMoney(Set<String> out, Money m) {
        out.add(canonical(m.amount().toPlainString()));
    }

    /** The numbers and quantities in {@code line} that the facts do not support, as they appear; empty when grounded. */
    public List<String> ungrounded(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC);
        List<String> bad = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String num = canonical(m.group(2));
            String prefix = m.group(1);
            String unit = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            boolean ok;
            if (!numbers.contains(num)) {
                ok = false;
            } else if (prefix != null || (unit != null && CURRENCY.contains(unit))) {
                ok = moneyNumbers.contains(num) || stated(num + (unit == null ? "" : unit));
            } else if (unit != null) {
                ok = stated(num + unit) || stated(m.group(2) + unit)
                        || (SAME_UNIT.containsKey(unit) && stated(num + SAME_UNIT.get(unit)));
            } else {
                ok = true;
            }
            if (!ok) {
                bad.add(m.group().strip());
            }
        }
        Matcher c = CHINESE_QUANTITY.matcher(text);
        while (c.find()) {
            if (!corpus.contains(c.group())) {
                bad.add(c.group());
            }
        }
        return bad;
    }

    /** True when every number and quantity in the line is supported by the facts. */
    public boolean isGrounded(String line) {
        return ungrounded(line).isEmpty();
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    static String canonical(String number) {
        try {
            return PriceText.amount(new BigDecimal(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
