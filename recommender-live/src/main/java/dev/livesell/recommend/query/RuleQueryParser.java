package dev.livesell.recommend.query;

import dev.livesell.core.Catalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import dev.livesell.core.text.ChineseNumber;
import dev.livesell.core.text.SpokenYuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline request parser: price expressions in Chinese and English (三百左右, 200元以内, 100到200块,
 * yuan with jiao as {@link SpokenYuan} reads them: 9块9以内 is at most 9.9, under $80, between $50 and $100; 块 counting
 * pieces, as in 三块蛋糕, is no price), skin type (油皮, 敏感肌, oily skin), exclusions (不要/不含/without),
 * and the catalog's own vocabulary for categories and tags (learned from the catalog it is built for,
 * so a new catalog brings its own words). Immutable and thread-safe.
 *
 * <p>Example: {@code RuleQueryParser.forCatalog(catalog).parse("送妈妈的生日礼物 三百左右")} → price 225–375 CNY,
 * terms [送妈妈, 生日礼物].
 */
public final class RuleQueryParser implements QueryParser {
    /** The attribute name skin-type requirements use. */
    public static final String SKIN_TYPE = "适用肤质";
    /** "About X" admits X ± this fraction. */
    static final BigDecimal AROUND = new BigDecimal("0.25");

    /*
     * Latin words match only as whole words: "under $80 with laces" must not read the w of "with" as 万, nor
     * "cover 50" as "over 50". A Latin multiplier (k, w) follows its digits directly ("3k", "2w").
     */
    private static final String NUM = "(\\d+(?:\\.\\d+)?(?:(?:k|w)(?![a-z])|\\s*(?:万|千|百))?|[" + ChineseNumber.NUMERAL_CHARS + "]+)";
    private static final String CNY = "(?:元|块钱|块|(?:rmb|cny)(?![a-z])|人民币)";
    private static final String USD = "(?:美元|美金|(?:dollars?|bucks|usd)(?![a-z]))";
    private static final String PREFIX_CUR = "(\\$|us\\$|¥|￥)?";
    private static final String MAX_PRE = "(?:\\b(?:under|below|less than|cheaper than|up to|at most|within|no more than|max)\\b|不超过|不到|低于|少于|最多|预算|控制在)";
    private static final String MIN_PRE = "(?:\\b(?:over|above|more than|at least)\\b|超过|高于|不低于|至少)";
    private static final String AROUND_PRE = "(?:\\b(?:around|about|approximately|roughly)\\b|~|大概|差不多|大约|预算大概)";
    private static final String MAX_SUF = "(?:以内|以下|之内|内|封顶|(?:or less|or under|max)(?![a-z]))";
    private static final String MIN_SUF = "(?:以上|起|(?:or more|plus)(?![a-z])|\\+)";
    private static final String AROUND_SUF = "(?:左右|上下|价位|上下的|ish(?![a-z]))";

    private static final Pattern RANGE = Pattern.compile(
            "(?:between\\s+)?" + PREFIX_CUR + "\\s*" + NUM + "\\s*(" + CNY + "|" + USD + ")?\\s*(?:到|至|-|~|～|—|\\bto\\b|\\band\\b)\\s*"
                    + PREFIX_CUR + "\\s*" + NUM + "\\s*(" + CNY + "|" + USD + ")?(\\s*(?:之间|左右|的价位))?");
    private static final Pattern SINGLE = Pattern.compile(
            "(" + MAX_PRE + "|" + MIN_PRE + "|" + AROUND_PRE + ")?\\s*" + PREFIX_CUR + "\\s*" + NUM + "\\s*("
                    + CNY + "|" + USD + ")?\\s*(" + MAX_SUF + "|" + MIN_SUF + "|" + AROUND_SUF + ")?");
    /** What may follow a price said with a bare 块 (rather than a word the 块 counts pieces of). */
    private static final Pattern PRICE_GOES_ON = Pattern.compile(
            "的|钱|[一二两三四五六七八九十]+(?:斤|个|件|包|袋|盒|瓶|罐|箱|支|只|双|套|份|片|粒|颗|条|张|杯|碗|根|本)|包邮|到手|秒杀|多|还|就|都|也|吗|呢|啊|呀|吧|哦|啦|了|左右|上下|以|之|内|起|封顶|价位");
    private static final Pattern EXCLUDE_ZH = Pattern.compile(
            "(?:不要|不含|不想要|不需要|不带|别要|除了|排除)([\\p{IsHan}a-z0-9]{1,8}?)(?=的|,|，|。|、|;|；|\\s|$)");
    private static final Pattern EXCLUDE_EN = Pattern.compile(
            "\\b(?:without|no|exclude|excluding|except|not)\\s+([a-z][a-z\\-]*(?:\\s+[a-z][a-z\\-]*)?)");
    private static final Set<String> EN_STOP = Set.of("and", "but", "under", "below", "over", "for", "with", "in", "the", "a");

    /** Skin-type words → the value a product's 适用肤质 states. */
    private static final Map<String, String> SKIN_WORDS = skinWords();

    private final Set<String> categoryWords;
    private final Set<String> tagWords;

    private RuleQueryParser(Set<String> categoryWords, Set<String> tagWords) {
        this.categoryWords = categoryWords;
        this.tagWords = tagWords;
    }

    /** A parser without catalog vocabulary: prices, skin types and exclusions only. */
    public static RuleQueryParser generic() {
        return new RuleQueryParser(Set.of(), Set.of());
    }

    /** A parser that also recognises the catalog's category names and tags. */
    public static RuleQueryParser forCatalog(Catalog catalog) {
        Set<String> cats = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Product p : catalog.products()) {
            for (String level : p.category().path()) {
                String l = normalize(level);
                if (l.codePointCount(0, l.length()) >= 2) {
                    cats.add(l);
                }
            }
            for (String t : p.tags()) {
                String l = normalize(t);
                if (l.codePointCount(0, l.length()) >= 2) {
                    tags.add(l);
                }
            }
        }
        return new RuleQueryParser(longestFirst(cats), longestFirst(tags));
    }

    private static Set<String> longestFirst(Set<String> words) {
        List<String> list = new ArrayList<>(words);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new LinkedHashSet<>(list);
    }

    /** NFKC (full width → half width) and lower case, as the parser and matchers see text. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Override
    public QueryConstraints parse(String request) {
        if (request == null || request.isBlank()) {
            throw new InvalidValueException("request", "must not be blank", request);
        }
        String q = normalize(request).strip();
        boolean chinese = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        StringBuilder rest = new StringBuilder(q);

        PriceRange price = parsePrice(rest, chinese);

        List<String> exclusions = new ArrayList<>();
        cut(rest, EXCLUDE_ZH, m -> exclusions.add(m.group(1)));
        cut(rest, EXCLUDE_EN, m -> {
            String w = m.group(1);
            String[] parts = w.split("\\s+");
            if (parts.length == 2 && EN_STOP.contains(parts[1])) {
                w = parts[0];
            }
            exclusions.add(w);
        });

        String text = rest.toString().replaceAll("[,，。;；!！?？]+", " ").replaceAll("\\s+", " ").strip();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, String> e : SKIN_WORDS.entrySet()) {
            if (containsWord(text, e.getKey())) {
                attributes.putIfAbsent(SKIN_TYPE, e.getValue());
                terms.add(e.getKey());
                break;
            }
        }
        List<String> categories = new ArrayList<>();
        String scan = text;
        for (String c : categoryWords) {
            if (containsWord(scan, c) && !exclusions.contains(c)) {
                categories.add(c);
                scan = scan.replace(c, " ");
            }
        }
        scan = text;
        for (String t : tagWords) {
            if (containsWord(scan, t) && !exclusions.contains(t) && !terms.contains(t)) {
                terms.add(t);
                scan = scan.replace(t, " ");
            }
        }
        return new QueryConstraints(text.isEmpty() ? q : text, price, categories, attributes, terms, exclusions, "rules");
    }

    /**
     * The request with yuan and jiao written as a decimal amount of 元 ("9块9以内" → "9.9元以内"), so the price patterns
     * read it whole, and where each position of it was in the request, so that only what a price takes is cut from the
     * request's own words.
     */
    private record YuanInDigits(String text, int[] startIn, int[] endIn) {
        static YuanInDigits of(CharSequence q) {
            StringBuilder sb = new StringBuilder();
            // for each position p of the text: where a span starting at p starts in q, where a span ending at p ends in q
            List<Integer> startIn = new ArrayList<>();
            List<Integer> endIn = new ArrayList<>(List.of(0));
            int from = 0;
            for (SpokenYuan.Match y : SpokenYuan.find(q)) {
                for (int i = from; i < y.start(); i++) {
                    sb.append(q.charAt(i));
                    startIn.add(i);
                    endIn.add(i + 1);
                }
                for (char c : (y.yuan().stripTrailingZeros().toPlainString() + "元").toCharArray()) {
                    sb.append(c);
                    startIn.add(y.start());
                    endIn.add(y.end());
                }
                from = y.end();
            }
            for (int i = from; i < q.length(); i++) {
                sb.append(q.charAt(i));
                startIn.add(i);
                endIn.add(i + 1);
            }
            startIn.add(q.length());
            return new YuanInDigits(sb.toString(), startIn.stream().mapToInt(Integer::intValue).toArray(),
                    endIn.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Replaces what the span {@code [start, end)} of {@link #text} was in the request with a space. */
        void cut(StringBuilder request, int start, int end) {
            request.replace(startIn[start], Math.max(startIn[start], endIn[end]), " ");
        }
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        if (i < 0) {
            return false;
        }
        if (word.chars().allMatch(ch -> ch < 128)) {
            // Latin words must stand alone: "men" is not in "women"
            Matcher m = Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])").matcher(text);
            return m.find();
        }
        return true;
    }

    private PriceRange parsePrice(StringBuilder rest, boolean chinese) {
        YuanInDigits yuan = YuanInDigits.of(rest);
        String t = yuan.text();
        Matcher r = RANGE.matcher(t);
        while (r.find()) {
            String cur = currencyOf(r.group(1), r.group(3), r.group(4), r.group(6));
            boolean marked = cur != null || r.group(7) != null || r.group(0).startsWith("between");
            if (!marked) {
                continue;
            }
            BigDecimal a = ChineseNumber.parse(r.group(2));
            BigDecimal b = ChineseNumber.parse(r.group(5));
            if (a.compareTo(b) > 0) {
                BigDecimal swap = a;
                a = b;
                b = swap;
            }
            yuan.cut(rest, r.start(), r.end());
            return PriceRange.between(a, b, cur != null ? cur : chinese ? "CNY" : null);
        }
        Matcher m = SINGLE.matcher(t);
        while (m.find()) {
            String pre = m.group(1);
            String cur = currencyOf(m.group(2), m.group(4), null, null);
            String suf = m.group(5);
            if (pre == null && cur == null && suf == null) {
                continue;
            }
            // "50ml", "spf50", "3层" are not prices: a bare number needs a currency or a price word
            if (cur == null && pre == null && suf != null && (suf.equals("内") || suf.equals("+") || suf.equals("plus") || suf.equals("起"))) {
                continue;
            }
            if (pre == null && m.group(2) == null && partOfAWord(t, m.start(3), m.group(4), suf)) {
                continue;
            }
            if (pre == null && m.group(2) == null && suf == null && countsPieces(t, m)) {
                continue;
            }
            BigDecimal v;
            try {
                v = ChineseNumber.parse(m.group(3));
            } catch (InvalidValueException e) {
                continue;
            }
            String c = cur != null ? cur : chinese ? "CNY" : null;
            String kind = kind(pre, suf);
            yuan.cut(rest, m.start(), m.end());
            return switch (kind) {
                case "max" -> PriceRange.atMost(v, c);
                case "min" -> PriceRange.atLeast(v, c);
                default -> PriceRange.between(v.multiply(BigDecimal.ONE.subtract(AROUND)).setScale(2, RoundingMode.HALF_UP),
                        v.multiply(BigDecimal.ONE.add(AROUND)).setScale(2, RoundingMode.HALF_UP), c);
            };
        }
        return PriceRange.any();
    }

    /**
     * A number right after a letter is part of a word ("spf50", "v8", "身高170以上") unless, after a Chinese word, a
     * currency says it is a price ("面膜50元以内", "面膜9块9以内"); a Chinese numeral there needs more than a bare 块
     * (元, 块钱 or a price word: 一块 in "和妈妈一块用" is "together", not one yuan).
     */
    private static boolean partOfAWord(String t, int numberStart, String currencyWord, String suffix) {
        if (numberStart == 0 || !Character.isLetter(t.charAt(numberStart - 1))) {
            return false;
        }
        if (Character.UnicodeScript.of(t.charAt(numberStart - 1)) != Character.UnicodeScript.HAN || currencyWord == null) {
            return true;
        }
        boolean digits = t.charAt(numberStart) < 128 && Character.isDigit(t.charAt(numberStart));
        return !digits && suffix == null && currencyWord.strip().equals("块");
    }

    /**
     * A bare 块 right before a word counts pieces (三块蛋糕, 两块香皂, 买3块肥皂); a price goes on with 钱, 的, a count
     * (20块一斤), 包邮, 到手, 秒杀 or a particle, or ends the text, and a number of 10 or more in digits is a price
     * (100块面膜).
     */
    private static boolean countsPieces(String t, Matcher single) {
        if (single.group(4) == null || !single.group(4).strip().equals("块") || single.end(4) != single.end() || single.end() >= t.length()) {
            return false;
        }
        String n = single.group(3).strip();
        if (n.matches("\\d+(?:\\.\\d+)?") && new BigDecimal(n).compareTo(BigDecimal.TEN) >= 0) {
            return false; // 100块面膜, 50块耳机: nobody asks for fifty pieces; a number that large is a price
        }
        return Character.UnicodeScript.of(t.charAt(single.end())) == Character.UnicodeScript.HAN
                && !PRICE_GOES_ON.matcher(t).region(single.end(), t.length()).lookingAt();
    }

    private static String kind(String pre, String suf) {
        if (suf != null) {
            if (suf.matches(MAX_SUF)) {
                return "max";
            }
            if (suf.matches(MIN_SUF)) {
                return "min";
            }
            return "around";
        }
        if (pre != null) {
            if (pre.matches(MAX_PRE)) {
                return "max";
            }
            if (pre.matches(MIN_PRE)) {
                return "min";
            }
        }
        return "around";
    }

    private static String currencyOf(String... marks) {
        for (String m : marks) {
            if (m == null || m.isBlank()) {
                continue;
            }
            String s = m.strip();
            if (s.equals("$") || s.equals("us$") || s.matches(USD)) {
                return "USD";
            }
            if (s.equals("¥") || s.equals("￥") || s.matches(CNY)) {
                return "CNY";
            }
        }
        return null;
    }

    private static void cut(StringBuilder sb, Pattern p, java.util.function.Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(sb.toString());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            onMatch.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = spans.size() - 1; i >= 0; i--) {
            sb.replace(spans.get(i)[0], spans.get(i)[1], " ");
        }
    }

    private static Map<String, String> skinWords() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("混合性皮肤", "混合");
        m.put("混油皮", "混合");
        m.put("混干皮", "混合");
        m.put("混合皮", "混合");
        m.put("combination skin", "混合");
        m.put("油性皮肤", "油性");
        m.put("油性肌", "油性");
        m.put("大油皮", "油性");
        m.put("油皮", "油性");
        m.put("oily skin", "油性");
        m.put("干性皮肤", "干性");
        m.put("干性肌", "干性");
        m.put("干皮", "干性");
        m.put("dry skin", "干性");
        m.put("敏感肌", "敏感");
        m.put("敏感皮", "敏感");
        m.put("sensitive skin", "敏感");
        m.put("中性皮肤", "中性");
        m.put("normal skin", "中性");
        return m;
    }

    /** True when a product's stated skin types admit the requested one (or it states none / all). */
    static boolean skinTypeAdmits(Product p, String wanted) {
        Optional<String> stated = p.attribute(SKIN_TYPE);
        if (stated.isEmpty()) {
            return true;
        }
        String s = stated.get();
        return s.contains(wanted) || s.contains("各类") || s.contains("所有") || s.contains("任何") || s.toLowerCase(Locale.ROOT).contains("all");
    }
}
