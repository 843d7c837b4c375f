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

    @Test
    void amountsInChineseNumeralsAreReadAsNumbers() {
        // t-100: 99元 live, 129元 everyday, 立减10 → 89元
        assertEquals(List.of("四十九元", "两件", "二十元"), sunscreen.ungrounded("今天直播间只要四十九元，拍两件再减二十元。"));
        assertTrue(sunscreen.isGrounded("直播间九十九元，用券再减十元，到手八十九元。"), "the real prices in words are grounded");
        assertTrue(sunscreen.isGrounded("拍一件试试，一个小技巧送给大家看"), "一件 / 一个 is ordinary speech");
    }

    @Test
    void aPriceInAnotherCurrencyIsNotGrounded() {
        assertEquals(List.of("$99", "€129"), sunscreen.ungrounded("Only $99 today, usually €129!"));
        assertEquals(List.of("99美元"), sunscreen.ungrounded("今天只要99美元。"));
        assertTrue(sunscreen.isGrounded("Only 99 yuan today, usually ¥129."));
    }

    @Test
    void offerWordsWithoutANumberNeedAnOfferThatSaysSo() {
        assertTrue(sunscreen.ungrounded("今天买一送一！").contains("买一送"), sunscreen.ungrounded("今天买一送一！").toString());
        assertEquals(List.of("再送"), sunscreen.ungrounded("拍了再送一支小样"));
        assertEquals(List.of("半价"), sunscreen.ungrounded("第二件半价"));
        assertEquals(List.of("包邮"), sunscreen.ungrounded("全国包邮"));
        assertEquals(List.of("free shipping"), sunscreen.ungrounded("And free shipping today!"));
        dev.livesell.core.Product shipped = TestCatalog.product("t-100").toBuilder().attribute("发货", "48小时内发货，全国包邮").build();
        assertTrue(GroundingChecker.of(FactSheet.of(shipped, TestCatalog.offer("t-100"))).isGrounded("全国包邮"),
                "an offer word the facts state is grounded");
        assertTrue(sunscreen.isGrounded("快递配送到家，送给妈妈也合适"), "配送 and 送给 are not free gifts");
    }
}
