package dev.livesell.script;

import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import dev.livesell.core.text.ChineseNumber;
import dev.livesell.core.text.SpokenYuan;
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
 * price, reference price, best price or a coupon amount in the product's currency ({@code $59} is not
 * grounded by a 59 CNY price, and a symbol never falls back to the bare number). Yuan with jiao are read whole, in
 * digits or Chinese numerals ({@link SpokenYuan}): {@code 59块9}, {@code 五十九块九} and {@code 59块9毛} are 59.9 and
 * must be a money fact, so they are grounded by a 59.90 price and not by a 59.00 one ({@code 59块9折} is 59 yuan
 * and 9折). Quantities in Chinese numerals are read as spoken: {@code 四十九元} must be a money fact, {@code 三瓶} must
 * be stated ({@code 一件} / {@code 一个} / {@code 一块来} alone is ordinary speech). Offer words without a number ({@code 买一送一},
 * {@code 再送…}, {@code 半价}, {@code 包邮}) need a fact that says so: a gift needs a coupon label or a fact that states
 * one (赠品, 买二送一, 送 with a quantity), not 适合送人, 冷链配送 or "BPA free".
 * Immutable and thread-safe.
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
            "(?<![\\d.])(?:([¥￥$€£])\\s*)?(\\d++(?:\\.\\d++)?)(?:\\s*(" + UNITS + ")(?![A-Za-z]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_LOOSE = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Measure words whose quantity must be grounded when written in Chinese numerals (longest first). */
    private static final String CHINESE_UNITS = longestFirst("毫升|千克|公斤|克|毫克|斤|厘米|毫米|米|片|粒|颗|瓶|盒|袋|罐|箱|天|小时|分钟|周|个月|年|岁|度|倍|成|折|"
            + "元|块钱|块|美元|日元|件|双|只|套|份|个|名|支|单|人|台|条|张|包");
    /** A Chinese quantity: numeral and unit. Yuan with jiao ({@code 五十九块九}, {@code 八毛五}) are {@link SpokenYuan}'s. */
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "(?<![第零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?)(" + CHINESE_UNITS + ")");
    /** Count words: "一件" / "一个" is ordinary speech, not a claimed quantity (an extra free item is an offer word). */
    private static final Set<String> COUNT_WORDS = Set.of("件", "双", "只", "套", "份", "个", "名", "支", "单", "人", "台", "条", "张", "包");
    /**
     * A fact that states a gift: 赠品, 赠送, 附赠, 买X送Y, 送 with a quantity, "free gift", "gift with purchase". Gift-giving and
     * delivery words are not (适合送人, 送长辈, 节日送礼, 冷链配送, 送货上门), nor is "free" in "sugar-free" or "BPA free".
     */
    private static final String GIFT_STATED = "赠品|赠送|附赠|买赠|再送|加送|免费送|买[一二两三四五六七八九十\\d]+[^\u0001送]{0,2}送"
            + "|(?<![配运发递输接护])送[一二两三四五六七八九十\\d]+[个件双只份套支瓶盒袋包片]?"
            + "|(?i:\\bfree\\s+gifts?\\b|\\bgifts?\\s+with\\b|\\bbuy\\s+(one|1|two|2)\\s+get\\b)";
    /**
     * Offer words that carry no number: each needs a fact of the same kind (a coupon label, attribute or selling
     * point saying it), else the line invents an offer.
     */
    private static final List<Map.Entry<Pattern, Pattern>> OFFER_WORDS = List.of(
            Map.entry(Pattern.compile("买[一二两三四五六七八九十\\d]+[件个瓶盒套份只双支袋包]?送|(?i:buy\\s+(one|1|two|2)\\s+get|bogo)"),
                    // 买 + a quantity, not 适合买来送长辈
                    Pattern.compile("买[一二两三四五六七八九十\\d]+[^\u0001送]{0,2}送|(?i:\\bbuy\\s+\\S+\\s+get\\b)")),
            Map.entry(Pattern.compile("(?<![配运发递输接护])送[一二两三四五六七八九十\\d个件双只份套支瓶盒袋包]|再送|加送|赠送|赠品|白送|免费送|(?i:\\bfree\\s+gifts?\\b|\\bgift\\s+with\\b)"),
                    Pattern.compile(GIFT_STATED)),
            Map.entry(Pattern.compile("半价|第二件[^，。,.]{0,3}折|(?i:half\\s+(price|off)|50%\\s*off)"), Pattern.compile("半价|第二件|(?i:half)")),
            Map.entry(Pattern.compile("包邮|免运费|免邮|(?i:free\\s+(shipping|delivery|postage))"),
                    Pattern.compile("包邮|免运费|免邮|(?i:free\\s+(shipping|delivery|postage))")),
            Map.entry(Pattern.compile("免单|(?i:\\bfor\\s+free\\b)"), Pattern.compile("免单|(?i:\\bfor\\s+free\\b|\\bfree\\s+of\\s+charge\\b)")));
    /**
     * Coupon labels are offer text: a gift word there ({@code 赠小样}, {@code 下单送…}) is the offer itself, unless it is
     * about delivery or giving ({@code 配送}, {@code 送礼}, {@code 送人}).
     */
    private static final Pattern GIFT_IN_OFFER_LABEL = Pattern.compile(GIFT_STATED + "|(?<!馈)赠|(?<![配运发递输接护])送(?!礼|人|长辈|妈妈|爸爸|父母|朋友|亲友|给|货|达|到)|(?i:\\bgifts?\\b)");
    /** Index of the gift entry in {@link #OFFER_WORDS}. */
    private static final int GIFT = 1;
    private static final Set<String> CURRENCY = Set.of("元", "块", "¥", "￥", "yuan", "rmb", "美元", "$", "usd", "€", "£", "日元", "yen");
    private static final Map<String, String> SAME_UNIT = Map.ofEntries(
            Map.entry("ml", "毫升"), Map.entry("毫升", "ml"), Map.entry("l", "升"), Map.entry("升", "l"),
            Map.entry("g", "克"), Map.entry("克", "g"), Map.entry("kg", "千克"), Map.entry("千克", "kg"),
            Map.entry("公斤", "kg"), Map.entry("mg", "毫克"), Map.entry("毫克", "mg"), Map.entry("cm", "厘米"),
            Map.entry("厘米", "cm"), Map.entry("mm", "毫米"), Map.entry("毫米", "mm"), Map.entry("日", "天"),
            Map.entry("天", "日"), Map.entry("h", "小时"), Map.entry("小时", "h"), Map.entry("w", "瓦"), Map.entry("瓦", "w"),
            Map.entry("inch", "英寸"), Map.entry("英寸", "inch"), Map.entry("v", "伏"), Map.entry("伏", "v"));

    /** Between facts in {@link #corpus}: {@link #normalize} keeps it, so values of different facts never run together. */
    static final char SEPARATOR = '\u0001';
    private final String corpus;
    /** The coupon labels (normalized), where a gift word is the offer itself. */
    private final String offerLabels;
    private final Set<String> numbers;
    /** Money facts as {@code CURRENCY:amount} ({@code CNY:59}). */
    private final Set<String> moneyNumbers;
    private final Set<String> moneyAmounts;
    private final String stock;

    private GroundingChecker(String corpus, String offerLabels, Set<String> numbers, Set<String> moneyNumbers, String stock) {
        this.corpus = corpus;
        this.offerLabels = offerLabels;
        this.numbers = numbers;
        this.moneyNumbers = moneyNumbers;
        this.moneyAmounts = moneyNumbers.stream().map(m -> m.substring(m.indexOf(':') + 1)).collect(java.util.stream.Collectors.toSet());
        this.stock = stock;
    }

    /** A checker for one product's facts and offer. */
    public static GroundingChecker of(FactSheet facts) {
        StringBuilder text = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (FactRef f : facts.all()) {
            if (f.kind() == FactKind.ATTRIBUTE || f.kind() == FactKind.COUPON) {
                text.append(f.key()).append('|');
            }
            if (f.kind() == FactKind.COUPON) {
                labels.append(f.key()).append(SEPARATOR);
            }
            text.append(f.value()).append(SEPARATOR);
        }
        text.append(facts.product().category().key()).append(SEPARATOR);
        // a stock limit may be said with a count word: 3000件 / 3000 units
        facts.stockLimit().ifPresent(n -> text.append(n).append('件').append(SEPARATOR).append(n).append('份').append(SEPARATOR)
                .append(n).append("units").append(SEPARATOR));
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
        money.forEach(amount -> numbers.add(amount.substring(amount.indexOf(':') + 1)));
        return new GroundingChecker(corpus, normalize(labels.toString()), Set.copyOf(numbers), Set.copyOf(money), facts.stockLimit().map(String::valueOf).orElse(null));
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
        out.add(m.currencyCode() + ":" + canonical(m.amount().toPlainString()));
    }

    /** The currencies a money token may mean: from its symbol or unit word ({@code ¥} is yuan or yen). */
    private static Set<String> currencies(String prefix, String unit) {
        String u = prefix != null ? prefix : unit;
        return switch (u) {
            case "$", "美元", "usd" -> Set.of("USD");
            case "€" -> Set.of("EUR");
            case "£" -> Set.of("GBP");
            case "日元", "yen" -> Set.of("JPY");
            case "¥", "￥" -> Set.of("CNY", "JPY");
            default -> Set.of("CNY"); // 元, 块, 块钱, yuan, rmb
        };
    }

    /** True when the amount is a money fact in one of these currencies. */
    private boolean money(String amount, Set<String> currencies) {
        return currencies.stream().anyMatch(c -> moneyNumbers.contains(c + ":" + amount));
    }

    /** The numbers and quantities in {@code line} that the facts do not support, as they appear; empty when grounded. */
    public List<String> ungrounded(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC);
        List<String> bad = new ArrayList<>();
        // yuan with jiao first, read whole: 59块9 is 59.9, not 59 yuan and a bare 9
        List<SpokenYuan.Match> spoken = SpokenYuan.find(text);
        for (SpokenYuan.Match y : spoken) {
            String said = text.substring(y.start(), y.end());
            if (!money(canonical(y.yuan().toPlainString()), Set.of("CNY")) && !stated(said)) {
                bad.add(said);
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (within(spoken, m.start(), m.end())) {
                continue;
            }
            String num = canonical(m.group(2));
            String prefix = m.group(1);
            String unit = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            boolean ok;
            if (!numbers.contains(num)) {
                ok = false;
            } else if (prefix != null || (unit != null && CURRENCY.contains(unit))) {
                // the amount must be a money fact in the currency the line says ($59 is not 59元), or the facts
                // must say the token with its symbol or currency word; the bare number is never enough
                String p = prefix == null ? "" : prefix;
                String u = unit == null ? "" : unit;
                ok = money(num, currencies(prefix, prefix != null ? null : unit)) || stated(p + m.group(2) + u) || stated(p + num + u);
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
            if (within(spoken, c.start(), c.end())) {
                continue;
            }
            if (c.group(1).equals("一") && c.group(2).equals("块")) {
                continue; // 一块 without 钱 or jiao is speech: 大家一块来抢, 一块香皂 (一块钱 / 一块五 are money)
            }
            if (!chineseQuantityGrounded(c.group(1), c.group(2), c.group())) {
                bad.add(c.group());
            }
        }
        for (int i = 0; i < OFFER_WORDS.size(); i++) {
            Map.Entry<Pattern, Pattern> offer = OFFER_WORDS.get(i);
            Matcher o = offer.getKey().matcher(text);
            boolean gift = i == GIFT;
            if (o.find() && !offer.getValue().matcher(corpus).find() && !(gift && GIFT_IN_OFFER_LABEL.matcher(offerLabels).find())) {
                bad.add(o.group());
            }
        }
        return bad;
    }

    /** True when {@code [start, end)} overlaps one of the yuan amounts already checked. */
    private static boolean within(List<SpokenYuan.Match> spoken, int start, int end) {
        for (SpokenYuan.Match y : spoken) {
            if (start < y.end() && y.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** A quantity in Chinese numerals: money must be a money fact, other quantities stated (verbatim or in digits). */
    private boolean chineseQuantityGrounded(String numeral, String unit, String whole) {
        if (corpus.contains(normalize(whole))) {
            return true;
        }
        BigDecimal value = chineseNumber(numeral);
        if (value == null) {
            return false;
        }
        String num = canonical(value.toPlainString());
        switch (unit) {
            case "元", "块", "块钱", "美元", "日元" -> {
                return money(num, currencies(null, unit.equals("块钱") ? "块" : unit));
            }
            default -> {
                if (COUNT_WORDS.contains(unit)) {
                    return value.compareTo(BigDecimal.ONE) == 0 || num.equals(stock) && (unit.equals("件") || unit.equals("份"))
                            || stated(num + unit);
                }
                String u = unit.toLowerCase(Locale.ROOT);
                return stated(num + u) || (SAME_UNIT.containsKey(u) && stated(num + SAME_UNIT.get(u)));
            }
        }
    }

    /**
     * The value of a Chinese numeral, read as people say it ({@code 四十九} → 49, {@code 两百五} → 250, {@code 三万五} →
     * 35000, {@code 十九点九} → 19.9) by {@link ChineseNumber}; null if unreadable.
     */
    static BigDecimal chineseNumber(String numeral) {
        int dot = numeral.indexOf('点');
        String whole = dot >= 0 ? numeral.substring(0, dot) : numeral;
        BigDecimal value;
        try {
            value = ChineseNumber.parse(whole);
        } catch (dev.livesell.core.InvalidValueException e) {
            return null;
        }
        if (dot < 0) {
            return value;
        }
        StringBuilder frac = new StringBuilder();
        for (char ch : numeral.substring(dot + 1).toCharArray()) {
            int d = ChineseNumber.digitOf(ch);
            if (d < 0) {
                return null;
            }
            frac.append(d);
        }
        return frac.length() == 0 ? value : new BigDecimal(value.toPlainString() + "." + frac);
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
