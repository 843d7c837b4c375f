package dev.livesell.core.text;

import dev.livesell.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of yuan said with their jiao (and fen), as hosts say and viewers type them, in Arabic digits or
 * Chinese numerals: {@code 59块9} and {@code 五十九块九} are 59.9, {@code 59块9毛} too, {@code 3元5角} and {@code 三元五角}
 * are 3.5, {@code 8毛5} and {@code 八毛五} are 0.85, {@code 5毛钱} is 0.5, {@code 九块九毛九} and {@code 9块99} are 9.99.
 * Whole amounts ({@code 59元}, {@code 五十九块}) are not found here: {@link ChineseNumber} reads their number.
 *
 * <p>A digit after 块 is a fraction only where it ends the amount. Before a unit or count word it is a quantity
 * of its own ({@code 2块3个} is 2 yuan and 3 items, {@code 59块9折} is 59 yuan and 9折, {@code 9块9ml} is not read),
 * as it is before another digit ({@code 9块999}, {@code 九块九十}); {@code 9块9包邮} and {@code 9块9秒杀} are 9.9 yuan, and so
 * are {@code 9块9一包} and {@code 九块九一包} (the price of one pack). A Chinese numeral that begins a word is no jiao
 * ({@code 两块五花肉}, {@code 一块三文鱼} are pieces of pork belly and salmon). After 元 the jiao
 * needs its unit ({@code 3元5角}; {@code 3元5} is not read). Text is expected in NFKC form (half-width digits).
 * Stateless and thread-safe.
 *
 * <p>Example: {@code SpokenYuan.find("今天只要59块9")} → one match, characters 4–8, amount 59.9.
 */
public final class SpokenYuan {
    private static final String HAN_NUMERAL = "零〇一二两三四五六七八九十百千万";
    private static final String DIGIT = "[0-9一二两三四五六七八九]";
    /** Words after which a digit counts something else: units, count words, 折 (包邮 is not 包, 秒杀 is not 秒). */
    private static final String UNIT_AFTER = "(?:\\s*(?:折|成|倍|度|个|件|包(?!邮)|袋|盒|瓶|罐|箱|支|只|双|套|份|片|粒|颗|条|张|台|名|人|位|次"
            + "|天|日|周|月|年|岁|小时|分|秒(?!杀)|层|斤|克|升|米|寸|号|码|元|块)|[A-Za-z%℃°])";
    /** Count words after which a Chinese numeral is how many the price buys ({@code 两块五一斤}, {@code 三块五两个}). */
    private static final String COUNT = "(?:斤|个|件|包|袋|盒|瓶|罐|箱|支|只|双|套|份|片|粒|颗|条|张|杯|碗|根|本)";
    /**
     * A tail digit that ends the amount: no unit word follows, nor another digit of its script ({@code 9块99} has
     * read its second digit already; {@code 9块9一包} is 9.9 yuan a pack, {@code 九块九十} and {@code 九块九五折} are not
     * read), except a Chinese numeral that counts what the price buys ({@code 九块九一包}, {@code 两块五一斤}).
     */
    private static final String ENDS = "(?!(?<=[0-9])(?:[0-9]|\\.[0-9])|(?<=[一二两三四五六七八九])(?![一二两三四五六七八九十]" + COUNT + ")["
            + HAN_NUMERAL + "]|" + UNIT_AFTER + ")";
    /**
     * A Chinese tail numeral that begins a word is no jiao: {@code 两块五花肉} is two pieces of pork belly, {@code 一块三文鱼}
     * a piece of salmon (a digit begins no word: {@code 两块5} is 2.5).
     */
    private static final String WORD_START = "(?!(?<=五)(?:花|香|谷|仁|彩|粮)|(?<=三)(?:文鱼|明治|鲜)|(?<=七)彩|(?<=八)宝|(?<=四)季)";
    private static final String WHOLE = "(?<![0-9.第" + HAN_NUMERAL + "])([0-9]+|[" + HAN_NUMERAL + "]+)";
    private static final Pattern AMOUNT = Pattern.compile(
            // 3元5角, 3块5毛, 九块九毛九, 3元5角2分
            WHOLE + "(?:块|元)(" + DIGIT + ")(?:角|毛)(?:(" + DIGIT + ")(?:分|" + ENDS + "))?钱?"
                    // 59块9, 三块五, 9块99
                    + "|" + WHOLE + "块(" + DIGIT + ")((?<=[0-9])[0-9])?" + ENDS + WORD_START
                    // 8毛5, 八毛五, 5毛钱
                    + "|(?<![0-9.第" + HAN_NUMERAL + "])(" + DIGIT + ")毛(?:(" + DIGIT + ")(?:分|" + ENDS + ")|钱|(?![巾衣绒线毯孔发笔重利]))");

    /** One amount in a text: the characters {@code [start, end)} and their value in yuan. Immutable. */
    public record Match(int start, int end, BigDecimal yuan) {
        public Match {
            if (start < 0) {
                throw new InvalidValueException("start", "must not be negative", start);
            }
            if (end <= start) {
                throw new InvalidValueException("end", "must be after start " + start, end);
            }
            InvalidValueException.requireNonNull("yuan", yuan);
        }
    }

    private SpokenYuan() {
    }

    /** The amounts of yuan with jiao in {@code text}, left to right; empty when there are none. */
    public static List<Match> find(CharSequence text) {
        InvalidValueException.requireNonNull("text", text);
        List<Match> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            BigDecimal yuan;
            if (m.group(1) != null) {
                yuan = whole(m.group(1));
                yuan = yuan == null ? null : yuan.add(fraction(m.group(2), m.group(3)));
            } else if (m.group(4) != null) {
                yuan = whole(m.group(4));
                yuan = yuan == null ? null : yuan.add(fraction(m.group(5), m.group(6)));
            } else {
                yuan = fraction(m.group(7), m.group(8));
            }
            if (yuan != null) {
                out.add(new Match(m.start(), m.end(), yuan));
            }
        }
        return List.copyOf(out);
    }

    /** The whole yuan in digits or a Chinese numeral; null when the numeral does not read ("零零"). */
    private static BigDecimal whole(String numeral) {
        try {
            return ChineseNumber.parse(numeral);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** Jiao and fen digits as yuan: 9 → 0.9, 9 and 9 → 0.99. */
    private static BigDecimal fraction(String jiao, String fen) {
        BigDecimal f = BigDecimal.valueOf(digit(jiao), 1);
        return fen == null ? f : f.add(BigDecimal.valueOf(digit(fen), 2));
    }

    private static int digit(String d) {
        char c = d.charAt(0);
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumber.digitOf(c);
    }
}
