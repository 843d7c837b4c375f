package dev.livesell.recommend.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleQueryParserTest {
    private final RuleQueryParser parser = RuleQueryParser.forCatalog(TestCatalog.catalog());

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void parsesMaximumPriceCategoryAndSkinType() {
        QueryConstraints c = parser.parse("防晒霜 油皮 200元以内");
        assertEquals(Optional.of(bd("200")), c.price().max());
        assertEquals(Optional.empty(), c.price().min());
        assertEquals(Optional.of("CNY"), c.price().currency());
        assertTrue(c.categories().contains("防晒"), c.categories().toString());
        assertEquals(Optional.of("油性"), c.attribute(RuleQueryParser.SKIN_TYPE));
        assertFalse(c.text().contains("200"));
    }

    @Test
    void spokenYuanWithAFractionIsOneAmount() {
        assertEquals(0, bd("9.9").compareTo(parser.parse("9块9以内的面膜").price().max().orElseThrow()));
        assertEquals(0, bd("100.5").compareTo(parser.parse("100块5以下").price().max().orElseThrow()));
        assertEquals(0, bd("9.9").compareTo(parser.parse("九块九以内").price().max().orElseThrow()));
        assertEquals(0, bd("3.5").compareTo(parser.parse("3元5角以上").price().min().orElseThrow()));
        assertEquals(Optional.of("CNY"), parser.parse("9块9以内").price().currency());
        QueryConstraints range = parser.parse("面膜 9块9到19块9");
        assertEquals(0, bd("9.9").compareTo(range.price().min().orElseThrow()));
        assertEquals(0, bd("19.9").compareTo(range.price().max().orElseThrow()));
        assertFalse(range.text().contains("9"), range.text());
        assertEquals(0, bd("20").compareTo(parser.parse("20块以内").price().max().orElseThrow()), "whole yuan as before");
    }

    @Test
    void theTextKeepsTheRequestersWordsForSpokenYuan() {
        QueryConstraints two = parser.parse("9块9的面膜 还有19块9的口红");
        assertTrue(two.price().admits(Money.cny("9.9")) && !two.price().admits(Money.cny("19.9")), two.price().toString());
        assertTrue(two.text().contains("19块9的口红"), "the amount no price took is left as written: " + two.text());
        assertFalse(two.text().contains("19.9元"), two.text());
        QueryConstraints meat = parser.parse("买两块五花肉");
        assertTrue(meat.price().isUnbounded(), meat.price().toString());
        assertEquals("买两块五花肉", meat.text());
    }

    @Test
    void aPriceRightAfterAChineseWordIsRead() {
        QueryConstraints mask = parser.parse("面膜9块9以内");
        assertEquals(0, bd("9.9").compareTo(mask.price().max().orElseThrow()), mask.price().toString());
        assertEquals("面膜", mask.text());
        assertEquals(0, bd("200").compareTo(parser.parse("防晒霜200元以内").price().max().orElseThrow()));
        assertEquals(0, bd("50").compareTo(parser.parse("想要50元以内的面膜").price().max().orElseThrow()));
        assertEquals(0, bd("100").compareTo(parser.parse("卸妆油一百块以内").price().max().orElseThrow()));
        assertEquals(0, bd("2.5").compareTo(parser.parse("水果两块五以内").price().max().orElseThrow()));
        assertTrue(parser.parse("spf50以上的防晒").price().isUnbounded(), "a number glued to a Latin word is part of it");
        assertTrue(parser.parse("身高170以上的连衣裙").price().isUnbounded(), "after a Chinese word, only a currency makes a price");
        assertTrue(parser.parse("和妈妈一块用的面霜").price().isUnbounded(), "一块 inside a sentence is together, not one yuan");
    }

    @Test
    void aPieceIsNotAYuan() {
        for (String pieces : java.util.List.of("三块蛋糕", "两块香皂", "想要一块手表", "买两块五花肉", "一块五花肉", "3块肥皂", "一块儿用")) {
            QueryConstraints c = parser.parse(pieces);
            assertTrue(c.price().isUnbounded(), pieces + " → " + c.price());
        }
        assertEquals(0, bd("2").compareTo(parser.parse("两块钱的").price().min().orElseThrow().add(bd("0.5"))));
        assertFalse(parser.parse("5块的面膜").price().isUnbounded());
        assertFalse(parser.parse("20块一斤").price().isUnbounded());
        assertFalse(parser.parse("十块三个").price().isUnbounded());
        assertFalse(parser.parse("9块9秒杀").price().isUnbounded());
        QueryConstraints hundred = parser.parse("100块面膜");
        assertTrue(hundred.price().admits(Money.cny("100")) && !hundred.price().admits(Money.cny("5")), "about 100 yuan: " + hundred.price());
        QueryConstraints perJin = parser.parse("两块五一斤的水果");
        assertTrue(perJin.price().admits(Money.cny("3")) && !perJin.price().admits(Money.cny("1.5")), "about 2.5: " + perJin.price());
        assertFalse(perJin.text().contains("五"), perJin.text());
    }

    @Test
    void aboutAChineseAmountIsARangeAroundIt() {
        QueryConstraints c = parser.parse("送妈妈的生日礼物 三百左右");
        assertEquals(0, bd("225").compareTo(c.price().min().orElseThrow()));
        assertEquals(0, bd("375").compareTo(c.price().max().orElseThrow()));
        assertTrue(c.terms().contains("送妈妈") && c.terms().contains("生日礼物"), c.terms().toString());
    }

    @Test
    void dollarsMeanUsd() {
        QueryConstraints c = parser.parse("running shoes under $80");
        assertEquals(Optional.of(bd("80")), c.price().max());
        assertEquals(Optional.of("USD"), c.price().currency());
        assertFalse(c.price().admits(Money.cny("50")), "another currency is not admitted");
        assertTrue(c.price().admits(Money.of("79.99", "USD")));
        assertEquals("running shoes", c.text());
    }

    @Test
    void wordsAfterAnEnglishPriceAreNotMultipliersOrSuffixes() {
        QueryConstraints with = parser.parse("running shoes under $80 with laces");
        assertEquals(Optional.of(bd("80")), with.price().max());
        assertEquals("running shoes with laces", with.text());
        assertEquals(Optional.of(bd("50")), parser.parse("gift under $50 kids").price().max());
        assertEquals(Optional.of(bd("100")), parser.parse("earbuds under 100 wireless").price().max());
        QueryConstraints range = parser.parse("between $10 and $20 waterproof");
        assertEquals(0, bd("10").compareTo(range.price().min().orElseThrow()));
        assertEquals(0, bd("20").compareTo(range.price().max().orElseThrow()));
        assertTrue(range.text().contains("waterproof"), range.text());
        QueryConstraints over = parser.parse("over $30 white shirt");
        assertEquals(0, bd("30").compareTo(over.price().min().orElseThrow()));
        assertTrue(over.text().contains("white shirt"), over.text());
        assertTrue(parser.parse("cover 50 pages").price().isUnbounded(), "over inside a word is not a bound");
    }

    @Test
    void latinMultipliersFollowTheirDigits() {
        assertEquals(0, bd("3000").compareTo(parser.parse("laptop under 3k").price().max().orElseThrow()));
        assertEquals(0, bd("20000").compareTo(parser.parse("2w以内的电脑").price().max().orElseThrow()));
        assertTrue(parser.parse("大米 5kg").price().isUnbounded(), "5kg is a weight, not 5,000");
    }

    @Test
    void parsesRangesInBothLanguages() {
        QueryConstraints zh = parser.parse("跑步鞋 三百到四百块");
        assertEquals(0, bd("300").compareTo(zh.price().min().orElseThrow()));
        assertEquals(0, bd("400").compareTo(zh.price().max().orElseThrow()));
        QueryConstraints en = parser.parse("shoes between $50 and $100");
        assertEquals(0, bd("50").compareTo(en.price().min().orElseThrow()));
        assertEquals(Optional.of("USD"), en.price().currency());
        QueryConstraints min = parser.parse("羽绒服 500元以上");
        assertEquals(0, bd("500").compareTo(min.price().min().orElseThrow()));
        assertTrue(min.price().max().isEmpty());
    }

    @Test
    void quantitiesAreNotPrices() {
        assertTrue(parser.parse("防晒喷雾 150ml SPF50").price().isUnbounded());
        assertTrue(parser.parse("一级 龙井 250g").price().isUnbounded());
    }

    @Test
    void collectsExclusions() {
        QueryConstraints zh = parser.parse("追剧零食 不要坚果");
        assertEquals(java.util.List.of("坚果"), zh.exclusions());
        assertTrue(zh.categories().contains("零食"));
        QueryConstraints en = parser.parse("sunscreen without fragrance");
        assertEquals(java.util.List.of("fragrance"), en.exclusions());
        QueryConstraints alc = parser.parse("面霜 不含酒精的");
        assertEquals(java.util.List.of("酒精"), alc.exclusions());
    }

    @Test
    void fullWidthInputIsNormalized() {
        QueryConstraints c = parser.parse("防晒 ２００元以内");
        assertEquals(Optional.of(bd("200")), c.price().max());
    }

    @Test
    void rejectsBlankRequest() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> parser.parse("  "));
        assertEquals("request", e.field());
    }

    @Test
    void rejectsInvertedRangeInConstraints() {
        assertThrows(InvalidValueException.class, () -> PriceRange.between(bd("300"), bd("100"), "CNY"));
    }
}
