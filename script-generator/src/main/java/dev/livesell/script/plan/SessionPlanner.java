package dev.livesell.script.plan;

import dev.livesell.script.SegmentType;
import dev.livesell.script.StageCue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a requested length into timed segments: a warm-up (8%, at least 30 s when there is room),
 * equal product blocks, a closing (5%); inside each block, fixed shares per segment type. Durations
 * are whole seconds and add up exactly to the requested length. A request must leave each product block at
 * least {@link #MIN_PRODUCT_BLOCK} ({@link #minimumLength(int)}; {@code ScriptRequest} enforces it). Stateless and thread-safe.
 *
 * <p>Example: {@code SessionPlanner.plan(Duration.ofMinutes(30), 3)} gives 1 + 3 + 1 blocks summing to 30 minutes.
 */
public final class SessionPlanner {
    private static final Map<SegmentType, Integer> WEIGHT = new EnumMap<>(SegmentType.class);
    private static final Map<SegmentType, List<StageCue>> CUES = new EnumMap<>(SegmentType.class);

    static {
        WEIGHT.put(SegmentType.GREETING, 40);
        WEIGHT.put(SegmentType.LUCKY_BAG, 30);
        WEIGHT.put(SegmentType.LINEUP_PREVIEW, 30);
        WEIGHT.put(SegmentType.HOOK, 6);
        WEIGHT.put(SegmentType.PAIN_POINT, 8);
        WEIGHT.put(SegmentType.SELLING_POINT, 24);
        WEIGHT.put(SegmentType.DEMO, 14);
        WEIGHT.put(SegmentType.PRICE_OFFER, 14);
        WEIGHT.put(SegmentType.INTERACTION, 8);
        WEIGHT.put(SegmentType.PUSH_TO_BUY, 10);
        WEIGHT.put(SegmentType.QA, 12);
        WEIGHT.put(SegmentType.TRANSITION, 4);
        WEIGHT.put(SegmentType.RECAP, 60);
        WEIGHT.put(SegmentType.NEXT_STREAM, 40);
        CUES.put(SegmentType.GREETING, List.of());
        CUES.put(SegmentType.LUCKY_BAG, List.of(StageCue.LUCKY_BAG));
        CUES.put(SegmentType.LINEUP_PREVIEW, List.of());
        CUES.put(SegmentType.HOOK, List.of(StageCue.SHOW_CLOSEUP));
        CUES.put(SegmentType.PAIN_POINT, List.of());
        CUES.put(SegmentType.SELLING_POINT, List.of(StageCue.SHOW_CLOSEUP));
        CUES.put(SegmentType.DEMO, List.of(StageCue.SHOW_CLOSEUP, StageCue.DEMONSTRATE));
        CUES.put(SegmentType.PRICE_OFFER, List.of(StageCue.SHOW_PRICE_CARD));
        CUES.put(SegmentType.INTERACTION, List.of(StageCue.READ_COMMENTS));
        CUES.put(SegmentType.PUSH_TO_BUY, List.of(StageCue.COUNTDOWN, StageCue.PIN_LINK));
        CUES.put(SegmentType.QA, List.of(StageCue.READ_COMMENTS));
        CUES.put(SegmentType.TRANSITION, List.of(StageCue.SWITCH_PRODUCT));
        CUES.put(SegmentType.RECAP, List.of());
        CUES.put(SegmentType.NEXT_STREAM, List.of());
    }

    private SessionPlanner() {
    }

    /**
     * A planned slot.
     *
     * @param type     segment type
     * @param block    index of the block (0 = warm-up, 1..n = products, n+1 = closing)
     * @param duration planned time
     * @param cues     default stage cues
     */
    public record Slot(SegmentType type, int block, Duration duration, List<StageCue> cues) {
    }

    /** The least time a product block needs to be delivered (about a dozen short lines). */
    public static final Duration MIN_PRODUCT_BLOCK = Duration.ofSeconds(60);

    /** Seconds each product block gets in a session of this length. */
    static long productSeconds(long total, int products) {
        long warm = Math.min(Math.max(Math.round(total * 0.08), Math.min(30, total / 10)), total / 5);
        long closing = Math.round(total * 0.05);
        return (total - warm - closing) / products;
    }

    /**
     * The shortest length, in whole seconds, from which on every longer length too gives each of {@code products}
     * blocks at least {@link #MIN_PRODUCT_BLOCK}: 1:11 for one product (a 1:00 session leaves its block 51 s), 5:47
     * for five. Rounding the warm-up and closing makes the block length dip by a second here and there (one product
     * gets 60 s at 1:09 but 59 s at 1:10), so the minimum is the first length after the last one that falls short.
     */
    public static Duration minimumLength(int products) {
        if (products <= 0) {
            throw new dev.livesell.core.InvalidValueException("products", "must be positive", products);
        }
        long need = MIN_PRODUCT_BLOCK.toSeconds();
        // past this length warm-up (at most max(8% + 1 s, 30 s)) and closing (5% + 1 s) leave every block enough
        long bound = 2 * need * products + 60;
        long minimum = 1;
        for (long t = 1; t <= bound; t++) {
            if (productSeconds(t, products) < need) {
                minimum = t + 1;
            }
        }
        return Duration.ofSeconds(minimum);
    }

    /** A length as {@code m:ss} ({@code 1:11}, {@code 5:47}, {@code 62:05}), as the planner's minimum is reported. */
    public static String minutesAndSeconds(Duration length) {
        long s = length.toSeconds();
        return String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The slots for a session of {@code products} product blocks, in order. */
    public static List<Slot> plan(Duration length, int products) {
        if (products <= 0) {
            throw new dev.livesell.core.InvalidValueException("products", "must be positive", products);
        }
        long total = length.toSeconds();
        long warm = Math.min(Math.max(Math.round(total * 0.08), Math.min(30, total / 10)), total / 5);
        long closing = Math.round(total * 0.05);
        long perProduct = (total - warm - closing) / products;
        long spare = total - warm - closing - perProduct * products;
        List<Slot> out = new ArrayList<>();
        split(out, SegmentType.Block.WARM_UP, 0, warm);
        for (int i = 0; i < products; i++) {
            split(out, SegmentType.Block.PRODUCT, i + 1, perProduct + (i < spare ? 1 : 0));
        }
        split(out, SegmentType.Block.CLOSING, products + 1, closing);
        return out;
    }

    private static void split(List<Slot> out, SegmentType.Block block, int index, long seconds) {
        List<SegmentType> types = SegmentType.of(block);
        int weights = types.stream().mapToInt(WEIGHT::get).sum();
        long used = 0;
        for (int i = 0; i < types.size(); i++) {
            SegmentType t = types.get(i);
            long s = i == types.size() - 1 ? seconds - used : seconds * WEIGHT.get(t) / weights;
            used += s;
            out.add(new Slot(t, index, Duration.ofSeconds(s), CUES.get(t)));
        }
    }
}
