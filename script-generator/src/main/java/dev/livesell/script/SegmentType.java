package dev.livesell.script;

import java.util.List;
import java.util.Locale;

/**
 * The parts of a live script. Warm-up and closing parts belong to the session; the others make up
 * each product block, in this order. JSON: lower-case names.
 */
public enum SegmentType {
    GREETING(Block.WARM_UP, "开场问候", "Greeting"),
    LUCKY_BAG(Block.WARM_UP, "福袋", "Lucky bag"),
    LINEUP_PREVIEW(Block.WARM_UP, "今日清单", "Lineup preview"),
    HOOK(Block.PRODUCT, "开场钩子", "Hook"),
    PAIN_POINT(Block.PRODUCT, "痛点", "Pain point"),
    SELLING_POINT(Block.PRODUCT, "核心卖点", "Selling points"),
    DEMO(Block.PRODUCT, "展示", "Demonstration"),
    PRICE_OFFER(Block.PRODUCT, "价格与优惠", "Price and offer"),
    INTERACTION(Block.PRODUCT, "互动", "Interaction"),
    PUSH_TO_BUY(Block.PRODUCT, "促单", "Push to buy"),
    QA(Block.PRODUCT, "常见问答", "Likely questions"),
    TRANSITION(Block.PRODUCT, "过款", "Transition"),
    RECAP(Block.CLOSING, "回顾", "Recap"),
    NEXT_STREAM(Block.CLOSING, "下场预告", "Next stream");

    /** Which block of the session a segment type belongs to. */
    public enum Block { WARM_UP, PRODUCT, CLOSING }

    private final Block block;
    private final String zhName;
    private final String enName;

    SegmentType(Block block, String zhName, String enName) {
        this.block = block;
        this.zhName = zhName;
        this.enName = enName;
    }

    public Block block() {
        return block;
    }

    /** The practitioner's name for this part in the given language ({@code zh} or {@code en}). */
    public String displayName(String language) {
        return language.startsWith("zh") ? zhName : enName;
    }

    /** The segment types of one block, in script order. */
    public static List<SegmentType> of(Block block) {
        return java.util.Arrays.stream(values()).filter(t -> t.block == block).toList();
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
