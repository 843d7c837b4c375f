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
