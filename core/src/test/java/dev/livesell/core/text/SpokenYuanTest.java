package dev.livesell.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenYuanTest {
    /** The one amount found in {@code text}, as "said=value" (value without trailing zeros). */
    private static String one(String text) {
        List<SpokenYuan.Match> found = SpokenYuan.find(text);
        assertEquals(1, found.size(), text + " → " + found);
        SpokenYuan.Match m = found.get(0);
        return text.substring(m.start(), m.end()) + "=" + m.yuan().stripTrailingZeros().toPlainString();
    }

    private static void none(String text) {
        assertEquals(List.of(), SpokenYuan.find(text), text);
    }

    @Test
    void readsYuanAndJiaoInDigits() {
        assertEquals("59块9=59.9", one("今天只要59块9！"));
        assertEquals("59块9毛=59.9", one("只要59块9毛"));
        assertEquals("9块9=9.9", one("9块9"));
        assertEquals("3块5=3.5", one("3块5一个"));
        assertEquals("1元5角=1.5", one("1元5角"));
        assertEquals("3元5角2分=3.52", one("3元5角2分"));
        assertEquals("8毛5=0.85", one("一包8毛5"));
        assertEquals("5毛钱=0.5", one("才5毛钱"));
        assertEquals("9块99=9.99", one("9块99"));
        assertEquals("100块5=100.5", one("100块5以下"));
    }

    @Test
    void readsTheSameFormsInChineseNumerals() {
        assertEquals("五十九块九=59.9", one("五十九块九"));
        assertEquals("三元五角=3.5", one("三元五角"));
        assertEquals("八毛五=0.85", one("八毛五"));
        assertEquals("九块九毛九=9.99", one("九块九毛九"));
        assertEquals("两块五=2.5", one("两块五"));
        assertEquals("3块五=3.5", one("3块五"), "ASR output mixes the scripts");
    }

    @Test
    void aTailDigitBeforeAUnitOrAnotherDigitIsNotAFraction() {
        none("2块3个");
        none("59块9折");
        none("59块 9折");
        none("9块9ml");
        none("2块3层");
        none("9块999");
        none("九块九十");
        none("59块9.9");
        none("59.5块9");
        none("3块5分钟");
        assertEquals("9块9=9.9", one("9块9包邮"), "包邮 is free shipping, not 9 packs");
        assertEquals("9块9=9.9", one("9块9一包"));
        assertEquals("59块9=59.9", one("只要59块9."), "a full stop is no decimal point");
        assertEquals("3元5角=3.5", one("3元5角2个"));
        assertEquals("8毛=0.8", one("8毛5个"));
    }

    @Test
    void aFlashSaleIsNotSeconds() {
        assertEquals("9块9=9.9", one("9块9秒杀"), "秒杀 is a flash sale, not 9 seconds");
        assertEquals("九块九=9.9", one("九块九秒杀"));
        none("9块9秒");
    }

    @Test
    void aChineseTailBeforeACountIsThePriceOfThatCount() {
        assertEquals("两块五=2.5", one("两块五一斤"));
        assertEquals("三块五=3.5", one("三块五一个"));
        assertEquals("九块九=9.9", one("九块九一包"), "as 9块9一包");
        assertEquals("两块五=2.5", one("两块五两个"));
        none("九块九五折");
        none("九块九十");
    }

    @Test
    void aChineseTailThatStartsAWordIsNotJiao() {
        none("买两块五花肉");
        none("一块五花肉");
        none("一块三文鱼");
        none("两块三明治");
        none("两块五仁月饼");
        none("一块五香豆干");
        assertEquals("一块五=1.5", one("一块五"));
        assertEquals("五块五=5.5", one("五块五的"));
    }

    @Test
    void wholeYuanAndOtherWordsAreLeftAlone() {
        none("59元");
        none("五十九块");
        none("59块钱");
        none("3元5");
        none("大家一块来抢");
        none("羊毛围巾");
        none("5毛巾");
        none("15毛");
        none("第3块5");
        assertEquals(List.of(new BigDecimal("19.9"), new BigDecimal("29.9")),
                SpokenYuan.find("19块9到29块9").stream().map(SpokenYuan.Match::yuan).toList());
    }

    @Test
    void rejectsNull() {
        assertEquals("text", assertThrows(InvalidValueException.class, () -> SpokenYuan.find(null)).field());
        assertTrue(SpokenYuan.find("").isEmpty());
    }
}
