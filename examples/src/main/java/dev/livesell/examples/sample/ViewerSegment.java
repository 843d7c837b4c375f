package dev.livesell.examples.sample;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of simulated viewers who share tastes: how much they like each category (by category path
 * prefix, the most specific match wins) and each product tag, when in the day they shop, what they are
 * used to paying, and how their traits (肤质, 性别, 年龄段, ...) are distributed. The
 * {@link InteractionGenerator} draws every viewer from one segment and adds personal noise.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ViewerSegment s = ViewerSegment.defaults().get(0);   // 油皮学生党
 * double a = s.affinity(product);                      // e.g. 4.0 × 2.0 for an oily-skin sunscreen
 * }</pre>
 *
 * @param name             segment name, also written as the viewer trait {@code segment}
 * @param share            relative share of viewers
 * @param visitsPerWeek    mean shopping visits per week (before personal and calendar factors)
 * @param categoryAffinity category path prefix ({@code 护肤/防晒}) → taste multiplier; others get {@code otherAffinity}
 * @param otherAffinity    taste for categories not listed
 * @param tagAffinity      product tag → multiplier (the product of matching tags, clamped to [0.05, 4])
 * @param hourActivity     24 weights: how likely a visit starts in each local hour (Asia/Shanghai)
 * @param comfortPrice     price in CNY above which interest falls off
 * @param priceSensitivity how fast it falls off (0 = indifferent)
 * @param traits           trait name → value → weight, drawn independently per viewer
 */
public record ViewerSegment(String name, double share, double visitsPerWeek, Map<String, Double> categoryAffinity,
                            double otherAffinity, Map<String, Double> tagAffinity, List<Double> hourActivity,
                            double comfortPrice, double priceSensitivity, Map<String, Map<String, Double>> traits) {

    public ViewerSegment {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be empty", name);
        }
        if (!(share > 0)) {
            throw new InvalidValueException("share", "must be positive", share);
        }
        if (!(visitsPerWeek > 0)) {
            throw new InvalidValueException("visitsPerWeek", "must be positive", visitsPerWeek);
        }
        if (hourActivity == null || hourActivity.size() != 24) {
            throw new InvalidValueException("hourActivity", "must have 24 weights", hourActivity);
        }
        if (!(comfortPrice > 0)) {
            throw new InvalidValueException("comfortPrice", "must be positive", comfortPrice);
        }
        categoryAffinity = Collections.unmodifiableMap(new LinkedHashMap<>(categoryAffinity));
        tagAffinity = Collections.unmodifiableMap(new LinkedHashMap<>(tagAffinity));
        hourActivity = List.copyOf(hourActivity);
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        traits.forEach((k, v) -> t.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        traits = Collections.unmodifiableMap(t);
    }

    /** Taste for the product's category (most specific listed prefix) times its tag multipliers. */
    public double affinity(Product product) {
        return categoryAffinity(product) * tagMultiplier(product);
    }

    /** Taste for the product's category alone. */
    public double categoryAffinity(Product product) {
        List<String> path = product.category().path();
        for (int n = path.size(); n >= 1; n--) {
            Double a = categoryAffinity.get(String.join("/", path.subList(0, n)));
            if (a != null) {
                return a;
            }
        }
        return otherAffinity;
    }

    /** The product of the multipliers of the product's tags, clamped to [0.05, 4]. */
    public double tagMultiplier(Product product) {
        double m = 1;
        for (String tag : product.tags()) {
            m *= tagAffinity.getOrDefault(tag, 1.0);
        }
        return Math.max(0.05, Math.min(4, m));
    }

    /**
     * The seven segments of the bundled sample: 油皮学生党, 宝妈, 白领男, 健身, 数码爱好者, 银发, 精致白领.
     * Their definitions are documented in {@code sample/README.md}.
     */
    public static List<ViewerSegment> defaults() {
        List<ViewerSegment> s = new ArrayList<>();
        s.add(new ViewerSegment("油皮学生党", 0.18, 0.30,
                map("护肤", 3.0, "护肤/防晒", 4.0, "护肤/洁面", 3.5, "护肤/面膜", 3.0, "美妆", 2.8, "食品/零食", 1.5,
                        "食品/方便速食", 2.2, "服饰", 1.4, "数码", 1.0, "日用/洗发沐浴", 1.5, "日用/纸品", 0.8),
                0.2,
                map("油皮", 2.0, "学生党", 1.8, "干皮", 0.3, "银发", 0.2, "中老年", 0.2, "宝妈", 0.4, "男士", 0.3, "油头", 1.5),
                hours(0.1, 12, 14, 0.8, 17, 19, 0.5, 21, 24, 1.6, 0, 1, 0.9, 1, 2, 0.3),
                120, 1.2,
                traits("性别", map("女", 0.85, "男", 0.15), "年龄段", map("18-24", 1.0),
                        "肤质", map("油性", 0.7, "混合性", 0.3), "语言", map("中文", 0.92, "中文/English", 0.08))));
        s.add(new ViewerSegment("宝妈", 0.18, 0.36,
                map("母婴", 4.0, "生鲜", 2.2, "食品/乳品", 3.0, "食品", 1.5, "日用", 2.5, "家居", 1.6, "护肤", 0.8,
                        "保健食品", 0.6),
                0.25,
                map("宝妈", 2.0, "家庭", 1.5, "家庭囤货", 1.6, "男士", 0.2, "学生党", 0.6, "游戏", 0.2),
                hours(0.15, 9, 12, 1.0, 13, 15, 1.0, 20, 23, 1.2, 1, 3, 0.35, 6, 8, 0.4),
                150, 0.9,
                traits("性别", map("女", 1.0), "年龄段", map("25-34", 0.8, "35-44", 0.2),
                        "肤质", map("干性", 0.4, "中性", 0.35, "混合性", 0.25), "宝宝月龄", map("6-12月", 0.5, "1-3岁", 0.5),
                        "语言", map("中文", 0.95, "中文/English", 0.05))));
        s.add(new ViewerSegment("白领男", 0.14, 0.25,
                map("数码", 3.0, "服饰/男装", 3.0, "护肤/男士护肤", 3.5, "食品/饮品", 2.5, "运动户外", 1.2,
                        "保健食品", 0.8, "家居", 0.6, "美妆", 0.3, "服饰/女装", 0.15, "母婴", 0.1),
                0.3,
                map("男士", 2.5, "白领男", 2.5, "白领", 1.4, "女友", 1.3, "宝妈", 0.3, "中老年", 0.2, "瑜伽", 0.3),
                hours(0.1, 7, 9, 0.7, 12, 14, 1.0, 18, 19, 0.4, 21, 24, 1.2),
                300, 0.6,
                traits("性别", map("男", 1.0), "年龄段", map("25-34", 0.7, "35-44", 0.3),
                        "肤质", map("油性", 0.6, "混合性", 0.4), "语言", map("中文", 0.85, "中文/English", 0.15))));
        s.add(new ViewerSegment("健身", 0.14, 0.30,
                map("运动户外", 4.0, "食品/运动营养", 4.5, "食品/冲调", 2.5, "生鲜/肉禽", 3.0, "生鲜/蛋品", 2.5,
                        "生鲜/水产", 2.0, "数码/智能穿戴", 3.0, "数码/影音", 1.5, "家居/杯壶", 1.5),
                0.2,
                map("健身", 2.2, "跑步", 1.8, "running", 1.8, "gym", 1.8, "零食", 0.5, "宵夜", 0.3),
                hours(0.1, 6, 8, 1.0, 12, 13, 0.6, 18, 22, 1.2),
                250, 0.7,
                traits("性别", map("男", 0.55, "女", 0.45), "年龄段", map("18-24", 0.3, "25-34", 0.6, "35-44", 0.1),
                        "语言", map("中文", 0.8, "中文/English", 0.2))));
        s.add(new ViewerSegment("数码爱好者", 0.12, 0.32,
                map("数码", 5.0, "家居/生活电器", 1.2, "运动户外", 0.6, "食品/方便速食", 1.0, "食品/饮品", 1.2),
                0.15,
                map("数码", 1.8, "数码爱好者", 2.5, "tech", 2.0, "游戏", 1.8, "送妈妈", 0.5),
                hours(0.08, 12, 14, 0.6, 20, 24, 1.3, 0, 2, 1.0),
                400, 0.4,
                traits("性别", map("男", 0.8, "女", 0.2), "年龄段", map("18-24", 0.5, "25-34", 0.5),
                        "语言", map("中文", 0.75, "中文/English", 0.25))));
        s.add(new ViewerSegment("银发", 0.12, 0.28,
                map("保健食品", 4.0, "健康", 3.5, "食品/粮油", 3.0, "食品/茶叶", 2.5, "生鲜", 2.5, "家居", 1.5,
                        "日用", 1.2, "服饰/女装", 1.2, "美妆", 0.1, "数码", 0.2),
                0.2,
                map("银发", 2.2, "中老年", 2.0, "送长辈", 1.3, "学生党", 0.2, "游戏", 0.1, "女友", 0.2),
                hours(0.03, 6, 9, 1.5, 9, 11, 0.8, 15, 17, 0.9, 19, 21, 0.8, 21, 22, 0.3),
                200, 1.0,
                traits("性别", map("女", 0.6, "男", 0.4), "年龄段", map("55-64", 0.6, "65+", 0.4),
                        "语言", map("中文", 1.0))));
        s.add(new ViewerSegment("精致白领", 0.12, 0.30,
                map("护肤", 3.5, "护肤/精华", 4.0, "美妆", 3.0, "服饰", 1.8, "家居/家居饰品", 2.5, "食品/饮品", 2.0,
                        "保健食品/营养素补充剂", 2.0, "保健食品/改善睡眠", 2.0),
                0.25,
                map("白领", 2.0, "送礼", 1.3, "送妈妈", 1.5, "生日礼物", 1.4, "通勤", 1.4, "学生党", 0.6, "男士", 0.2, "宝妈", 0.5),
                hours(0.1, 8, 9, 0.5, 12, 14, 1.0, 21, 24, 1.4),
                350, 0.5,
                traits("性别", map("女", 0.9, "男", 0.1), "年龄段", map("25-34", 0.8, "35-44", 0.2),
                        "肤质", map("干性", 0.4, "中性", 0.3, "混合性", 0.3), "语言", map("中文", 0.8, "中文/English", 0.2))));
        return List.copyOf(s);
    }

    private static Map<String, Double> map(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Double>> traits(Object... kv) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Map<String, Double>) kv[i + 1]);
        }
        return m;
    }

    /** A 24-hour profile: a base weight plus (fromHour, toHourExclusive, weight) triples. */
    private static List<Double> hours(double base, double... ranges) {
        Double[] h = new Double[24];
        java.util.Arrays.fill(h, base);
        for (int i = 0; i < ranges.length; i += 3) {
            for (int hour = (int) ranges[i]; hour < (int) ranges[i + 1]; hour++) {
                h[hour] = Math.max(h[hour], ranges[i + 2]);
            }
        }
        return List.of(h);
    }
}
