package dev.livesell.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckerTest {
    private final GroundingChecker sunscreen = GroundingChecker.of(FactSheet.of(TestCatalog.product("t-100"), TestCatalog.offer("t-100")));

    @Test
    void acceptsNumbersAndUnitsStatedInTheFactsOrOffer() {
        assertTrue(sunscreen.isGrounded("净含量50ml，日常价129元，直播间99元，用券后到手89元。"));
        assertTrue(sunscreen.isGrounded("净含量50毫升"), "same unit in another script");
        assertTrue(sunscreen.isGrounded("SPF50+，保质期3年，本场备货3000件"));
        assertTrue(sunscreen.isGrounded("可以用立减10的券"));
    }

    @Test
    void flagsInventedNumbersUnitsAndQuantities() {
        assertEquals(List.of("59元"), sunscreen.ungrounded("到手只要59元"));
        assertEquals(List.of("7天"), sunscreen.ungrounded("坚持7天见效"));
        assertEquals(List.of("50g"), sunscreen.ungrounded("一支50g"));
        assertEquals(List.of("三瓶"), sunscreen.ungrounded("买三瓶更划算"));
        assertEquals(List.of("99%"), sunscreen.ungrounded("99%的人都说好"));
    }

    @Test
    void moneyNumbersNeedToBeMoneyInTheOffer() {
        // 3000 is the stock limit, not a price
        assertEquals(List.of("3000元"), sunscreen.ungrounded("价值3000元"));
    }

    @Test
    void numbersGluedToUnitsAndNeighbouringFactsAreReadWhole() {
        dev.livesell.core.Product bank = dev.livesell.core.Product.builder("pb").title("充电宝 20000mAh")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.GENERAL, "数码"))
                .attribute("电芯容量", "20000mAh（3.7V，74Wh）").sellingPoint("4种接口").sellingPoint("2种颜色")
                .listPrice(dev.livesell.core.Money.cny("99")).build();
        GroundingChecker g = GroundingChecker.of(FactSheet.of(bank, null));
        assertTrue(g.isGrounded("电芯容量20000mAh，74Wh可带上飞机，4种接口"));
        assertEquals(List.of("75Wh"), g.ungrounded("75Wh"));
        assertEquals(List.of("14"), g.ungrounded("14种"), "selling point indices do not leak into the facts");
        assertTrue(g.isGrounded("99元"));
    }

    @Test
    void fullWidthDigitsAreCheckedToo() {
        assertEquals(List.of("59元"), sunscreen.ungrounded("只要５９元"), "reported in NFKC form");
    }

    @Test
    void currencyWordsAreReadWholeSoYenIsNotTakenForDays() {
        dev.livesell.core.Product pillow = dev.livesell.core.Product.builder("jp").title("Memory Foam Pillow")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.GENERAL, "Home"))
                .listPrice(dev.livesell.core.Money.of("4980", "JPY")).build();
        GroundingChecker g = GroundingChecker.of(FactSheet.of(pillow, null));
        assertTrue(g.isGrounded("直播间价格4980日元。"), g.ungrounded("直播间价格4980日元。").toString());
        assertEquals(List.of("4980日"), g.ungrounded("4980日内发货"));
    }

    @Test
    void aNumberWithAUnitMustNotBeTheTailOfALargerStatedNumber() {
        dev.livesell.core.Product cream = dev.livesell.core.Product.builder("c").title("面霜 15ml")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.COSMETIC, "护肤"))
                .sellingPoint("5种植物提取物").listPrice(dev.livesell.core.Money.cny("59")).build();
        GroundingChecker g = GroundingChecker.of(FactSheet.of(cream, null));
        assertTrue(g.isGrounded("净含量15ml，5种植物提取物"));
        assertEquals(List.of("5ml"), g.ungrounded("一支5ml"));
    }
}
