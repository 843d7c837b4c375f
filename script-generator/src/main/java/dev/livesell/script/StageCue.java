package dev.livesell.script;

import java.util.Locale;

/** A production cue for the host, camera or operator attached to a segment. JSON: lower-case names. */
public enum StageCue {
    /** Camera close-up on the product. */
    SHOW_CLOSEUP("镜头特写", "Close-up"),
    /** Host demonstrates or tries the product. */
    DEMONSTRATE("上手演示", "Demonstrate"),
    /** Operator pins the product link (上链接). */
    PIN_LINK("上链接", "Pin link"),
    /** On-screen countdown before the link opens. */
    COUNTDOWN("倒计时", "Countdown"),
    /** Lucky bag (福袋) goes live. */
    LUCKY_BAG("发福袋", "Lucky bag"),
    /** Show the coupon or price card. */
    SHOW_PRICE_CARD("展示价格牌", "Price card"),
    /** Read and answer comments. */
    READ_COMMENTS("读评论", "Read comments"),
    /** Switch to the next product on the table. */
    SWITCH_PRODUCT("换品", "Switch product");

    private final String zh;
    private final String en;

    StageCue(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Label for the cue in the given language. */
    public String displayName(String language) {
        return language.startsWith("zh") ? zh : en;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
