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
 * ignored). Money must be in the product's currency ({@code $59} or {@code 59美元} is not a 59 CNY price).
 * Chinese numerals before a measure word are turned into digits first ({@code 四十九元} is checked as
 * {@code 49元}) unless the data says them verbatim; a lone {@code 一} before a count word is plain speech.
 * Spoken decimals are read whole ({@code 五十九块九} and {@code 59块9} are 59.9, but {@code 2块3个} is 2 yuan and 3 items);
 * {@code 一块} without 钱 is speech (大家一块来抢).
 * Offer words without a number (买一送一, 再送, 半价, 包邮, free shipping) need data that says the same; a gift
 * needs a coupon label or data that states one (赠品, 买二送一), not 适合送人, 冷链配送 or "BPA free".
 */
final class ScriptQualityCheck {
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:([$¥￥€£])\\s*)?(?<![\\d.])(\\d++(?:\\.\\d++)?+)\\s*(日元|美元|yen|ml|毫升|l|升|kg|千克|公斤|g|克|mg|毫克|斤|cm|厘米|mm|毫米|米|m|英寸|寸|%|倍|折|天|小时|分钟|年|个月|月|岁|度|"
                    + "片|粒|颗|包|袋|盒|瓶|支|件|套|双|条|张|卷|抽|罐|箱|份|w|瓦|mah|v|hz|gb|tb|元|块|yuan|rmb|units?)?(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]+(毫升|千克|公斤|克|斤|厘米|米|片|粒|颗|瓶|盒|袋|罐|箱|天|小时|年|个月|岁|倍|折)");
    private static final Set<String> MONEY = Set.of("元", "块", "yuan", "rmb", "日元", "美元", "yen", "$", "¥", "￥", "€", "£");
    private static final Map<String, Set<String>> CURRENCY_OF = Map.ofEntries(
            Map.entry("元", Set.of("CNY")), Map.entry("块", Set.of("CNY")), Map.entry("yuan", Set.of("CNY")), Map.entry("rmb", Set.of("CNY")),
            Map.entry("日元", Set.of("JPY")), Map.entry("yen", Set.of("JPY")), Map.entry("美元", Set.of("USD")), Map.entry("$", Set.of("USD")),
            Map.entry("€", Set.of("EUR")), Map.entry("£", Set.of("GBP")), Map.entry("¥", Set.of("CNY", "JPY")), Map.entry("￥", Set.of("CNY", "JPY")));
    private static final Pattern CHINESE_NUMERAL = Pattern.compile(
            "(?<![第零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千万]+)(?=(毫升|千克|公斤|克|斤|厘米|米|片|粒|颗|瓶|盒|袋|罐|箱|天|小时|年|个月|岁|倍|折|元|块|美元|日元|件|双|只|套|份|个|支|条|张|台|名|人))");
    private static final Set<String> COUNT_WORDS = Set.of("件", "双", "只", "套", "份", "个", "支", "条", "张", "台", "名", "人");
    /** An offer word in a line, and what the data must say for it. */
    private static final Map<Pattern, Pattern> OFFER_WORDS = Map.of(
            Pattern.compile("买\\S{1,3}送|buy (one|1|two|2) get|bogo", Pattern.CASE_INSENSITIVE),
            Pattern.compile("买[一二两三四五六七八九十\\d]+[^|送]{0,2}送|\\bbuy \\S+ get\\b"),
            Pattern.compile("半价|half (price|off)", Pattern.CASE_INSENSITIVE), Pattern.compile("半价|第二件|half"),
            Pattern.compile("包邮|免运费|免邮|free (shipping|delivery|postage)", Pattern.CASE_INSENSITIVE), Pattern.compile("包邮|免运费|免邮|free (shipping|delivery|postage)"),
            Pattern.compile("免单|\\bfor free\\b"), Pattern.compile("免单|\\bfor free\\b"));
    /** A gift in a line; the data must state a gift, not only gift-giving or delivery (适合送人, 冷链配送, BPA free). */
    private static final Pattern GIFT_WORD = Pattern.compile("再送|加送|赠送|赠品|白送|(?<![配运发递输接护])送[一二两三四五六七八九十\\d]|\\bfree gifts?\\b");
    private static final Pattern GIFT_IN_DATA = Pattern.compile(
            "赠品|赠送|附赠|再送|加送|买[一二两三四五六七八九十\\d]+[^|送]{0,2}送|(?<![配运发递输接护])送[一二两三四五六七八九十\\d]|\\bfree gifts?\\b|\\bgifts? with\\b");
    /** In a coupon label any gift word counts (赠小样, 下单送…), except delivery and gift-giving. */
    private static final Pattern GIFT_IN_LABEL = Pattern.compile(
            "(?<!馈)赠|(?<![配运发递输接护])送(?!礼|人|长辈|妈妈|爸爸|父母|朋友|亲友|给|货|达|到)|\\bgifts?\\b");
    /**
     * A spoken decimal price, in Chinese numerals or digits: 五十九块九 = 59块9 = 59.9, 三元五角 = 3.5, 八毛五 = 8毛5 = 0.85.
     * Not when another digit or a unit word follows the last digit (2块3个 is 2 yuan and 3 items, 59块9折 is 59 yuan and 9折).
     */
    private static final Pattern SPOKEN_DECIMAL = Pattern.compile(
            "(?<![第\\d.])((?<![零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]+|\\d+)"
                    + "(?:(块)([1-9一二两三四五六七八九])(?:角|毛)?|(元)([1-9一二两三四五六七八九])角|(毛)([1-9一二两三四五六七八九])分?)"
                    + "(?!\\d|\\.\\d|[零〇一二两三四五六七八九十百千万]|\\s*(?:折|成|倍|%|度|个|件|包(?!邮)|袋|盒|瓶|罐|箱|支|只|双|套|份|片|粒|颗"
                    + "|条|张|台|层|天|周|月|年|岁|分|斤|克|升|米|元|块|[a-z]))", Pattern.CASE_INSENSITIVE);
    private static final Set<String> COUNT = Set.of("件", "份", "unit", "units");
    private static final Map<String, String> SYNONYM = Map.of("毫升", "ml", "克", "g", "千克", "kg", "公斤", "kg", "厘米", "cm",
            "毫米", "mm", "升", "l", "毫克", "mg");

    private final String text;
    /** The coupon labels, squashed. */
    private final String labels;
    private final Set<String> numbers = new HashSet<>();
    private final Set<String> money = new HashSet<>();
    private final Set<String> amounts = new HashSet<>();
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
        labels = o == null ? "" : squash(String.join("|", o.coupons().stream().map(Coupon::label).toList()));
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
        numbers.addAll(amounts);
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
        money.add(m.currencyCode() + " " + plain(m.amount().toPlainString()));
        amounts.add(plain(m.amount().toPlainString()));
    }

    /** Chinese numerals before a measure word as digits, unless the data says them as written. */
    private String digitize(String spoken) {
        Matcher d = SPOKEN_DECIMAL.matcher(spoken);
        StringBuilder decimals = new StringBuilder();
        while (d.find()) {
            long whole = d.group(1).matches("\\d{1,15}") ? Long.parseLong(d.group(1)) : chineseValue(d.group(1));
            String tail = d.group(3) != null ? d.group(3) : d.group(5) != null ? d.group(5) : d.group(7);
            int digit = tail.matches("\\d") ? tail.charAt(0) - '0' : "零一二三四五六七八九".indexOf(tail.replace('两', '二'));
            String amount = whole < 0 ? d.group()
                    : d.group(6) != null ? plain("0." + whole + digit) + "元" : plain(whole + "." + digit) + "元";
            d.appendReplacement(decimals, Matcher.quoteReplacement(amount));
        }
        d.appendTail(decimals);
        String line = decimals.toString();
        Matcher m = CHINESE_NUMERAL.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String numeral = m.group(1);
            long v = chineseValue(numeral);
            // 一件 / 一个 is plain speech, and so is 一块 unless 钱 follows (大家一块来抢; 一块五 was read above)
            boolean plainOne = v == 1 && (COUNT_WORDS.contains(m.group(2))
                    || m.group(2).equals("块") && !line.startsWith("块钱", m.end()));
            boolean verbatim = text.contains(numeral + m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(v < 0 || plainOne || verbatim ? numeral : Long.toString(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * 四十九 → 49, 两千 → 2000, 十 → 10, and the spoken shortening: 两百五 → 250, 三万五 → 35000 (a last digit right after
     * 百/千/万 counts one place down; 两百零五 is 205); -1 when not a number.
     */
    private static long chineseValue(String spoken) {
        String s = spoken.replace('两', '二').replace('〇', '零');
        String digits = "零一二三四五六七八九";
        long result = 0;
        long section = 0;
        long pending = 0;
        boolean any = false;
        long lastScale = 1;
        for (char ch : s.toCharArray()) {
            int d = digits.indexOf(ch);
            if (d >= 0) {
                pending = d;
                any = true;
            } else if (ch == '十' || ch == '百' || ch == '千') {
                lastScale = ch == '十' ? 10 : ch == '百' ? 100 : 1000;
                section += (any ? pending : 1) * lastScale;
                pending = 0;
                any = false;
            } else if (ch == '万') {
                long part = section + pending;
                result += (part == 0 ? 1 : part) * 10000;
                section = 0;
                pending = 0;
                any = false;
                lastScale = 10000;
            } else {
                return -1;
            }
        }
        if (any && lastScale >= 100 && s.length() >= 2 && "百千万".indexOf(s.charAt(s.length() - 2)) >= 0) {
            pending *= lastScale / 10;
        }
        return result + section + pending;
    }

    /** True when every number and quantity in the line is in the data. */
    boolean grounded(String line) {
        String l = digitize(Normalizer.normalize(line, Normalizer.Form.NFKC));
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
                String symbol = m.group(1) != null ? m.group(1) : unit;
                if (CURRENCY_OF.getOrDefault(symbol, Set.of("CNY")).stream().noneMatch(c -> money.contains(c + " " + n))) {
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
            boolean plainOne = c.group().length() == 2 && c.group().charAt(0) == '一' && COUNT_WORDS.contains(c.group(1));
            if (!text.contains(c.group()) && !plainOne) {
                return false;
            }
        }
        String lower = l.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, Pattern> offerWord : OFFER_WORDS.entrySet()) {
            if (offerWord.getKey().matcher(lower).find() && !offerWord.getValue().matcher(text).find()) {
                return false;
            }
        }
        if (GIFT_WORD.matcher(lower).find() && !GIFT_IN_DATA.matcher(text).find() && !GIFT_IN_LABEL.matcher(labels).find()) {
            return false;
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
