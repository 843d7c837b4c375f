package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.text.ChineseNumber;
import dev.livesell.core.text.SpokenYuan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discounts whose arithmetic does not hold (价格法 第十四条; 明码标价和禁止价格欺诈规定): a sentence states an
 * offer and then says what it "amounts to", and the stated equivalent is a deeper discount than the offer can
 * give:
 * <ul>
 *   <li>满A减B "相当于打N折": the offer is at best (A−B)/A of the price ("满300减50，相当于直接打五折");</li>
 *   <li>买一送一 / buy one get one "相当于N折" / "N% off": at best half price;</li>
 *   <li>原价A … B "相当于N折": the real ratio is B/A ("原价299今天199，相当于三折").</li>
 * </ul>
 * Only an equivalence the seller states ("相当于", "等于", "算下来", "basically", "means") is checked, so a
 * second, separate offer in the sentence ("满300减50，第二件五折") is not read as a claim about the first.
 * Amounts in digits or Chinese numerals (三百, 五十, 八五折), yuan said with jiao read whole ({@code 5块9} is 5.9,
 * via {@link SpokenYuan}). Findings are {@code false_price}, severity high.
 * Immutable and thread-safe.
 */
final class DiscountArithmeticRule implements Rule {
    /** How much deeper than possible a stated equivalent may be before it is reported (rounding: 8.3折 → 8折). */
    static final double TOLERANCE = 0.05;
    private static final String NUM = "([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)";
    private static final Pattern MANJIAN = Pattern.compile("满" + NUM + "(?:元|块)?减" + NUM);
    private static final Pattern ORIGINAL = Pattern.compile("(?:原价|划线价|日常价|专柜价|吊牌价)(?:是|要)?\\$?" + NUM);
    private static final Pattern NOW = Pattern.compile("(?:只要|只需|到手价?|现价|秒杀价|今天|直播间)(?:只要|是)?\\$?" + NUM);
    private static final Pattern BOGO = Pattern.compile("买一送一|买1送1|buy one,? get one|bogo");
    private static final Pattern ZHE_CLAIM = Pattern.compile(
            "(?:相当于|等于|约等于|算下来|算下来就是|就是)(?:直接)?(?:打了?)?([0-9](?:\\.[0-9])?|[一二三四五六七八九两][一二三四五六七八九]?)折");
    private static final Pattern PCT_CLAIM = Pattern.compile(
            "(?:basically|means|that's like|that's|equals|works out to|practically|like)(?: you're)?(?: basically)?(?: getting)? ([0-9]{1,3})% off");

    @Override
    public String id() {
        return "discount-arithmetic";
    }

    @Override
    public List<Finding> apply(NormalizedText text, Claim claim) {
        String s = text.text();
        if (s.indexOf('折') < 0 && !s.contains("% off")) {
            return List.of(); // no stated equivalent to check (the common case: no regular expression runs)
        }
        List<Finding> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || ClaimContext.endsSentence(text, i)) {
                if (i > start) {
                    check(text, s.substring(start, i), start, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static void check(NormalizedText text, String sentence, int offset, List<Finding> out) {
        double best = 1; // the lowest price ratio the stated offer can reach
        boolean offer = false;
        List<SpokenYuan.Match> spoken = SpokenYuan.find(sentence);
        Matcher m = MANJIAN.matcher(sentence);
        if (m.find()) {
            double a = amount(m, 1, spoken);
            double b = amount(m, 2, spoken);
            if (a > 0 && b >= 0 && b < a) {
                best = Math.min(best, (a - b) / a);
                offer = true;
            }
        }
        if (BOGO.matcher(sentence).find()) {
            best = Math.min(best, 0.5);
            offer = true;
        }
        Matcher o = ORIGINAL.matcher(sentence);
        if (o.find()) {
            Matcher n = NOW.matcher(sentence);
            if (n.find(o.end())) {
                double a = amount(o, 1, spoken);
                double b = amount(n, 1, spoken);
                if (a > 0 && b > 0 && b < a) {
                    best = Math.min(best, b / a);
                    offer = true;
                }
            }
        }
        if (!offer) {
            return;
        }
        Matcher z = ZHE_CLAIM.matcher(sentence);
        while (z.find()) {
            double claimed = zhe(z.group(1));
            if (claimed > 0 && claimed < best - TOLERANCE) {
                out.add(finding(text, offset + z.start(), offset + z.end(), best));
            }
        }
        Matcher p = PCT_CLAIM.matcher(sentence);
        while (p.find()) {
            double off = Double.parseDouble(p.group(1)) / 100;
            if (off < 1 && 1 - off < best - TOLERANCE) {
                out.add(finding(text, offset + p.start(1), offset + p.end(), best));
            }
        }
    }

    private static Finding finding(NormalizedText text, int b, int e, double best) {
        ViolationCategory c = ViolationCategory.FALSE_PRICE;
        String suggestion = String.format(java.util.Locale.ROOT, "按实际优惠说明（最多约%.1f折）", best * 10);
        return new Finding(c, text.span(b, e), "discount.arithmetic", Severity.HIGH, LawBasis.of(c),
                "所称折扣与实际优惠不符", suggestion, Stage.RULES);
    }

    /** 八五折 → 0.85, 五折 → 0.5, 7.5折 → 0.75; 0 when unreadable. */
    static double zhe(String z) {
        if (Character.isDigit(z.charAt(0))) {
            double v = Double.parseDouble(z);
            return v >= 10 ? 0 : v / 10;
        }
        double first = ChineseNumber.digitOf(z.charAt(0));
        if (z.length() == 1) {
            return first / 10;
        }
        return (first * 10 + ChineseNumber.digitOf(z.charAt(1))) / 100;
    }

    /** The amount a group starts: a spoken yuan-with-jiao there ({@code 5块9} → 5.9), else the group's number. */
    private static double amount(Matcher m, int group, List<SpokenYuan.Match> spoken) {
        for (SpokenYuan.Match y : spoken) {
            if (y.start() == m.start(group)) {
                return y.yuan().doubleValue();
            }
        }
        return number(m.group(group));
    }

    /** Digits or a Chinese numeral (三百, 五十, 一千二, 两万) via the shared {@link ChineseNumber}; 0 when unreadable. */
    static double number(String t) {
        try {
            return ChineseNumber.parse(t).doubleValue();
        } catch (InvalidValueException e) {
            return 0;
        }
    }
}
