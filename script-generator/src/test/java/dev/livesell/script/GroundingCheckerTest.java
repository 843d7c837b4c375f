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

    @Test
    void anAmountWithAnotherCurrencySymbolIsNotGroundedByTheBareNumber() {
        GroundingChecker cleanser = SampleCatalog.checker("p-1004"); // live price 59 CNY, everyday 69 CNY
        assertEquals(List.of("$59"), cleanser.ungrounded("Only $59 today"));
        assertEquals(List.of("€59"), cleanser.ungrounded("Only €59 today"));
        assertEquals(List.of("$59"), cleanser.ungrounded("只要$59"));
        assertEquals(List.of("59美元"), cleanser.ungrounded("只要59美元"));
        assertTrue(cleanser.isGrounded("直播间只要59元，日常价69元"), cleanser.ungrounded("直播间只要59元，日常价69元").toString());
        assertTrue(cleanser.isGrounded("今天¥59"), cleanser.ungrounded("今天¥59").toString());
    }

    @Test
    void valuesOfDifferentFactsDoNotRunTogether() {
        dev.livesell.core.Product kettle = dev.livesell.core.Product.builder("k").title("恒温电水壶")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.GENERAL, "厨房电器"))
                .attribute("型号", "K10").sellingPoint("天猫旗舰店同款").listPrice(dev.livesell.core.Money.cny("129")).build();
        GroundingChecker g = GroundingChecker.of(FactSheet.of(kettle, null));
        assertTrue(g.isGrounded("型号K10"));
        assertEquals(List.of("10天"), g.ungrounded("10天内发货"), "K10 and 天猫 are two facts, not 10天");
    }

    @Test
    void giftGivingAndDeliveryWordsAreNotGiftOffers() {
        GroundingChecker giftBox = SampleCatalog.checker("p-1007"); // 礼盒装附手提袋，适合送人; tags 送礼, 送妈妈
        assertEquals(List.of("加送"), giftBox.ungrounded("今天下单加送一个化妆包！"));
        assertEquals(List.of("赠品"), giftBox.ungrounded("赠品是同款小样，拍就送。"));
        assertTrue(giftBox.isGrounded("礼盒装附手提袋，适合送人"), "repeating the fact is fine");
        GroundingChecker shrimp = SampleCatalog.checker("p-1036"); // 冷链配送
        assertEquals(List.of("再送"), shrimp.ungrounded("拍了再送一包虾仁"));
        assertTrue(shrimp.ungrounded("今天买一送一").contains("买一送"), shrimp.ungrounded("今天买一送一").toString());
        dev.livesell.core.Product bottle = dev.livesell.core.Product.builder("b").title("Tritan Water Bottle 600ml")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.GENERAL, "Kitchen"))
                .attribute("Material", "Tritan, BPA free").sellingPoint("Sugar-free drinks only, no hot liquids")
                .listPrice(dev.livesell.core.Money.cny("89")).language("en").build();
        GroundingChecker b = GroundingChecker.of(FactSheet.of(bottle, null));
        assertEquals(List.of("Free gift"), b.ungrounded("Free gift with every order!"));
        assertEquals(List.of("for free"), b.ungrounded("Get a second lid for free"));
    }

    @Test
    void aFactThatStatesAGiftGroundsTheGiftWords() {
        dev.livesell.core.Product cream = TestCatalog.product("t-100").toBuilder().sellingPoint("下单赠送同款旅行装10ml").build();
        GroundingChecker g = GroundingChecker.of(FactSheet.of(cream, TestCatalog.offer("t-100")));
        assertTrue(g.isGrounded("下单还有赠品，同款旅行装10ml"), g.ungrounded("下单还有赠品，同款旅行装10ml").toString());
    }

    @Test
    void spokenPricesWithADecimalAreReadWhole() {
        GroundingChecker cleanser = SampleCatalog.checker("p-1004"); // 59 CNY
        assertEquals(List.of("五十九块九"), cleanser.ungrounded("今天直播间只要五十九块九！"), "59.9 is not 59");
        assertTrue(cleanser.isGrounded("今天直播间只要五十九块！"));
        assertTrue(cleanser.isGrounded("大家一块来抢，直播间59元。"), cleanser.ungrounded("大家一块来抢，直播间59元。").toString());
        assertEquals(List.of("一块钱"), cleanser.ungrounded("只要一块钱"));
        GroundingChecker masks = SampleCatalog.checker("p-1045"); // 19.9 CNY, everyday 29.9
        assertTrue(masks.isGrounded("直播间只要十九块九。"), masks.ungrounded("直播间只要十九块九。").toString());
        assertTrue(masks.isGrounded("平时二十九元九角，今天十九块九"), masks.ungrounded("平时二十九元九角，今天十九块九").toString());
        assertEquals(List.of("十九块"), masks.ungrounded("只要十九块"));
    }

    /** A product priced {@code price} CNY whose facts also state a 9 and a 3 (so a stray tail digit is "grounded" as a bare number). */
    private static GroundingChecker pricedAt(String price) {
        dev.livesell.core.Product p = dev.livesell.core.Product.builder("sp").title("抽纸 3层 9包")
                .category(dev.livesell.core.Category.of(dev.livesell.core.RegulatedClass.GENERAL, "日用", "纸品"))
                .attribute("规格", "3层，9包，每包3个小包").listPrice(dev.livesell.core.Money.cny(price)).build();
        return GroundingChecker.of(FactSheet.of(p, null));
    }

    @Test
    void spokenPricesInDigitsAreReadWhole() {
        GroundingChecker at599 = pricedAt("59.90");
        for (String line : List.of("今天只要59块9！", "只要59块9毛", "59块9到手", "只要59块9，9包都带走", "５９块９")) {
            assertTrue(at599.isGrounded(line), line + " " + at599.ungrounded(line));
        }
        assertEquals(List.of("59块"), at599.ungrounded("只要59块"));
        GroundingChecker at59 = pricedAt("59.00");
        assertEquals(List.of("59块9"), at59.ungrounded("今天只要59块9！"), "59.9 is not 59, though the facts say 9");
        assertEquals(List.of("59块9毛"), at59.ungrounded("只要59块9毛"));
        assertTrue(at59.isGrounded("只要59块"));
    }

    @Test
    void everySpokenYuanFormIsMoneyInBothScripts() {
        GroundingChecker at35 = pricedAt("3.5");
        for (String line : List.of("3块5", "3元5角", "3块5毛", "三块五", "三元五角", "3块五")) {
            assertTrue(at35.isGrounded("只要" + line), line + " " + at35.ungrounded("只要" + line));
        }
        assertEquals(List.of("3元"), at35.ungrounded("只要3元"));
        GroundingChecker at15 = pricedAt("1.5");
        assertTrue(at15.isGrounded("1元5角一包"), at15.ungrounded("1元5角一包").toString());
        GroundingChecker at085 = pricedAt("0.85");
        assertTrue(at085.isGrounded("一包才8毛5"), at085.ungrounded("一包才8毛5").toString());
        assertTrue(at085.isGrounded("一包才八毛五"), at085.ungrounded("一包才八毛五").toString());
        assertEquals(List.of("8毛"), at085.ungrounded("一包才8毛"));
        GroundingChecker at99 = pricedAt("9.9");
        assertTrue(at99.isGrounded("全场9块9"), at99.ungrounded("全场9块9").toString());
        assertEquals(List.of("包邮"), at99.ungrounded("9块9包邮"), "包邮 is an offer word, not 9 packs");
        assertTrue(at99.isGrounded("9块9一包"), at99.ungrounded("9块9一包").toString());
        assertTrue(pricedAt("9.99").isGrounded("只要9块99"), pricedAt("9.99").ungrounded("只要9块99").toString());
    }

    @Test
    void aTailDigitBeforeAUnitIsNotADecimal() {
        GroundingChecker at2 = pricedAt("2");
        assertTrue(at2.isGrounded("2块3层"), "2 yuan for 3 layers: " + at2.ungrounded("2块3层"));
        assertEquals(List.of("2块"), pricedAt("2.3").ungrounded("2块3层"), "not 2.3 yuan");
        assertEquals(List.of("9折"), pricedAt("59").ungrounded("59块9折"), "59 yuan and an unstated 90% price");
        List<String> at599 = pricedAt("59.9").ungrounded("59块9折");
        assertTrue(at599.contains("59块") && at599.contains("9折"), "59块9折 is not 59.9 yuan: " + at599);
        assertTrue(pricedAt("9.9").ungrounded("9块9ml").contains("9块"), "9 yuan and 9 ml, not 9.9 yuan");
        assertTrue(pricedAt("9.99").ungrounded("9块999").contains("9块"), "three digits are no fraction");
        assertTrue(pricedAt("59.9").ungrounded("59块9.9").contains("59块"));
    }

    @Test
    void colloquialNumeralsAreReadAsSpoken() {
        assertEquals(0, new java.math.BigDecimal("250").compareTo(GroundingChecker.chineseNumber("两百五")));
        assertEquals(0, new java.math.BigDecimal("35000").compareTo(GroundingChecker.chineseNumber("三万五")));
        assertEquals(0, new java.math.BigDecimal("19.9").compareTo(GroundingChecker.chineseNumber("十九点九")));
        assertEquals(0, new java.math.BigDecimal("205").compareTo(GroundingChecker.chineseNumber("两百零五")));
    }

    /**
     * A long line costs linear time: a run of Chinese numerals or of spaces is read from its start only, not again from
     * every character inside it (100,000 characters took minutes: the regular expressions backtracked quadratically).
     */
    @Test
    void longRunsOfNumeralsOrSpacesAreChecked() {
        sunscreen.ungrounded("三瓶 99元"); // warm up
        String numerals = "一".repeat(100_000) + "，三瓶";
        String spaces = " ".repeat(100_000) + "好，59元";
        assertEquals(List.of("三瓶"), sunscreen.ungrounded(numerals));
        assertEquals(List.of("59元"), sunscreen.ungrounded(spaces));
        assertEquals(List.of("三瓶"), sunscreen.ungrounded("第三十瓶，买三瓶"), "an ordinal is no quantity");
    }
}
