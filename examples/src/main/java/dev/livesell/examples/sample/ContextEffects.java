package dev.livesell.examples.sample;

import dev.livesell.core.Product;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context effects the {@link InteractionGenerator} plants in the sample log, written down so that
 * evaluations know the ground truth: an hour-of-day × top-category multiplier (生鲜 in the morning, 美妆
 * and 护肤 late in the evening, 数码 around midnight), a date × product multiplier from season tags and
 * category leaves (防晒 in summer, 羽绒服 in winter, 脐橙 from November to February) and gift festivals
 * (中秋, 春节, 母亲节, 七夕), and a calendar activity factor (weekends, 618, 双11, the Spring Festival lull).
 * Hours are local (the generator uses Asia/Shanghai). Immutable and thread-safe.
 *
 * <pre>{@code
 * ContextEffects fx = ContextEffects.standard();
 * fx.hourFactor(orangeProduct, 8);                          // 2.0: fresh produce sells in the morning
 * fx.dateFactor(sunscreen, LocalDate.of(2026, 7, 15));      // about 2.5: summer
 * }</pre>
 */
public final class ContextEffects {
    private static final ContextEffects STANDARD = new ContextEffects();

    private final Map<String, double[]> hourByTop = new LinkedHashMap<>();
    /** Seasonal rules keyed by tag or category leaf: 12 monthly multipliers (January first). */
    private final Map<String, double[]> monthlyByKey = new LinkedHashMap<>();

    private ContextEffects() {
        hourByTop.put("生鲜", hours(1.0, 6, 10, 2.0, 10, 12, 1.3, 17, 19, 1.2, 22, 24, 0.4, 0, 6, 0.4));
        hourByTop.put("护肤", hours(1.0, 21, 24, 1.7, 0, 1, 1.5, 6, 12, 0.6));
        hourByTop.put("美妆", hours(1.0, 21, 24, 1.7, 0, 1, 1.5, 6, 12, 0.6));
        hourByTop.put("食品", hours(1.0, 14, 17, 1.3, 22, 24, 1.4, 6, 9, 0.8));
        hourByTop.put("数码", hours(1.0, 22, 24, 1.6, 0, 2, 1.6, 6, 10, 0.6));
        hourByTop.put("保健食品", hours(1.0, 6, 10, 1.6, 22, 24, 0.6, 0, 3, 0.6));
        hourByTop.put("健康", hours(1.0, 6, 10, 1.5, 22, 24, 0.6));
        hourByTop.put("母婴", hours(1.0, 9, 12, 1.3, 1, 4, 1.5));
        hourByTop.put("家居", hours(1.0, 19, 22, 1.25));
        hourByTop.put("运动户外", hours(1.0, 6, 9, 1.4, 18, 22, 1.3));

        double[] summer = {0.35, 0.35, 0.5, 0.8, 1.4, 2.4, 2.6, 2.4, 1.4, 0.6, 0.35, 0.35};
        double[] winter = {2.5, 2.3, 1.4, 0.6, 0.3, 0.25, 0.25, 0.25, 0.4, 0.9, 1.7, 2.5};
        double[] autumnWinter = {1.8, 1.5, 1.0, 0.6, 0.4, 0.35, 0.35, 0.4, 1.0, 1.6, 1.9, 1.9};
        double[] autumn = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.9, 2.0, 2.2, 1.6, 0.6};
        double[] spring = {0.8, 1.0, 1.6, 1.8, 1.5, 0.8, 0.6, 0.6, 0.7, 0.8, 0.8, 0.8};
        monthlyByKey.put("夏季", summer);
        monthlyByKey.put("summer", summer);
        monthlyByKey.put("冬季", winter);
        monthlyByKey.put("秋冬", autumnWinter);
        monthlyByKey.put("秋季", autumn);
        monthlyByKey.put("春季", spring);
        monthlyByKey.put("防晒", summer);
        monthlyByKey.put("电风扇", summer);
        monthlyByKey.put("羽绒服", winter);
        monthlyByKey.put("电热毯", winter);
        monthlyByKey.put("橙子", new double[] {2.6, 2.0, 0.8, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 1.8, 2.6});
        monthlyByKey.put("草莓", new double[] {2.5, 2.5, 2.0, 1.0, 0.3, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.8});
        monthlyByKey.put("芒果", new double[] {0.2, 0.3, 0.6, 1.6, 2.4, 2.6, 2.0, 0.8, 0.3, 0.2, 0.2, 0.2});
        monthlyByKey.put("西瓜", new double[] {0.1, 0.1, 0.2, 0.5, 1.4, 2.6, 2.8, 2.4, 0.9, 0.2, 0.1, 0.1});
        monthlyByKey.put("葡萄", new double[] {0.3, 0.3, 0.3, 0.3, 0.4, 0.8, 1.8, 2.4, 2.4, 1.6, 0.6, 0.3});
        monthlyByKey.put("螃蟹", new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2.8, 3.0, 2.2, 0.4});
    }

    /** The effects planted in the bundled sample. */
    public static ContextEffects standard() {
        return STANDARD;
    }

    /** Multiplier for a product's top category at a local hour (0-23); 1 where no effect is planted. */
    public double hourFactor(Product product, int hour) {
        double[] h = hourByTop.get(product.category().top());
        return h == null ? 1.0 : h[Math.floorMod(hour, 24)];
    }

    /**
     * Multiplier for a product on a local date: the strongest matching seasonal rule (by tag or category
     * leaf, interpolated between mid-month values) times a gift-festival boost for matching tags.
     */
    public double dateFactor(Product product, LocalDate date) {
        List<String> keys = new ArrayList<>(product.tags());
        keys.add(product.category().leaf());
        double season = 0;
        boolean seasonal = false;
        for (String k : keys) {
            double[] m = monthlyByKey.get(k);
            if (m != null) {
                season = Math.max(season, monthly(m, date));
                seasonal = true;
            }
        }
        return (seasonal ? season : 1.0) * festivalFactor(product, date);
    }

    /** Shopping activity of a local date: weekends, 618, 双11 and 双12 up; the Spring Festival week down. */
    public double activityFactor(LocalDate date) {
        double f = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.2 : 1.0;
        MonthDay md = MonthDay.from(date);
        if (within(md, 6, 1, 6, 15)) {
            f *= 1.5;
        } else if (within(md, 6, 16, 6, 18)) {
            f *= 2.0;
        } else if (within(md, 10, 20, 11, 8)) {
            f *= 1.5;
        } else if (within(md, 11, 9, 11, 11)) {
            f *= 2.2;
        } else if (within(md, 12, 10, 12, 12)) {
            f *= 1.3;
        }
        LocalDate springFestival = festival(date.getYear(), 0);
        if (springFestival != null) {
            long d = date.toEpochDay() - springFestival.toEpochDay();
            if (d >= -1 && d <= 5) {
                f *= 0.6;
            } else if (d >= -25 && d < -1) {
                f *= 1.2;
            }
        }
        return f;
    }

    private double festivalFactor(Product product, LocalDate date) {
        double f = 1.0;
        // index: 0 春节, 1 母亲节, 2 七夕, 3 中秋; tags that the festival lifts, and the generic gift tag
        String[][] festivalTags = {{"春节", "送长辈", "送爸妈"}, {"母亲节", "送妈妈"}, {"七夕", "女友"}, {"中秋", "送长辈"}};
        for (int i = 0; i < festivalTags.length; i++) {
            LocalDate day = festival(date.getYear(), i);
            if (day == null) {
                continue;
            }
            long before = day.toEpochDay() - date.toEpochDay();
            if (before < 0 || before > 14) {
                continue;
            }
            for (String tag : product.tags()) {
                if (Arrays.asList(festivalTags[i]).contains(tag)) {
                    f = Math.max(f, 2.5);
                } else if (tag.equals("送礼")) {
                    f = Math.max(f, 1.5);
                }
            }
        }
        return f;
    }

    /** 0 春节, 1 母亲节, 2 七夕, 3 中秋 for 2025-2027; null for other years (no festival effect). */
    private static LocalDate festival(int year, int which) {
        int[][] table;
        switch (year) {
            case 2025: table = new int[][] {{1, 29}, {5, 11}, {8, 29}, {10, 6}}; break;
            case 2026: table = new int[][] {{2, 17}, {5, 10}, {8, 19}, {9, 25}}; break;
            case 2027: table = new int[][] {{2, 6}, {5, 9}, {8, 8}, {9, 15}}; break;
            default: return null;
        }
        return LocalDate.of(year, table[which][0], table[which][1]);
    }

    private static double monthly(double[] m, LocalDate date) {
        // linear interpolation between mid-month values
        double pos = date.getMonthValue() - 1 + (date.getDayOfMonth() - 0.5) / date.lengthOfMonth() - 0.5;
        int lo = (int) Math.floor(pos);
        double t = pos - lo;
        return m[Math.floorMod(lo, 12)] * (1 - t) + m[Math.floorMod(lo + 1, 12)] * t;
    }

    private static boolean within(MonthDay md, int m1, int d1, int m2, int d2) {
        return !md.isBefore(MonthDay.of(m1, d1)) && !md.isAfter(MonthDay.of(m2, d2));
    }

    private static double[] hours(double base, double... ranges) {
        double[] h = new double[24];
        Arrays.fill(h, base);
        for (int i = 0; i < ranges.length; i += 3) {
            for (int hour = (int) ranges[i]; hour < (int) ranges[i + 1]; hour++) {
                h[hour] = ranges[i + 2];
            }
        }
        return h;
    }
}
