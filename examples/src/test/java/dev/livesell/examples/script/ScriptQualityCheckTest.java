package dev.livesell.examples.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Category;
import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import org.junit.jupiter.api.Test;

/** The eval's own grounding check (independent of the generator's) must be able to fail. */
class ScriptQualityCheckTest {
    private final Product cream = Product.builder("c-1").title("面霜 15ml").brand("某牌")
            .category(Category.of(RegulatedClass.COSMETIC, "护肤", "面霜"))
            .attribute("净含量", "15ml").attribute("保质期", "3年").sellingPoint("添加5种植物提取物")
            .listPrice(Money.cny("129")).build();
    private final Offer offer = Offer.builder("c-1").price(Money.cny("99")).referencePrice(Money.cny("129"))
            .coupon(new Coupon(Money.cny("0"), Money.cny("10"), "立减10")).stockLimit(300).build();
    private final ScriptQualityCheck check = new ScriptQualityCheck(cream, offer);

    @Test
    void acceptsWhatTheDataAndOfferSay() {
        assertTrue(check.grounded("净含量15ml，保质期3年，添加5种植物提取物。"));
        assertTrue(check.grounded("日常价129元，直播间99元，用立减10的券到手89元，本场备货300件。"));
    }

    @Test
    void rejectsInventedPricesUnitsAndQuantities() {
        assertFalse(check.grounded("到手只要59元"), "price not in the offer");
        assertFalse(check.grounded("一支5ml"), "5ml is not stated; 15ml is");
        assertFalse(check.grounded("7天见效"));
        assertFalse(check.grounded("300元"), "the stock limit is not a price");
        assertFalse(check.grounded("买三瓶更划算"));
    }

    @Test
    void readsOtherCurrenciesWhole() {
        Product pillow = Product.builder("j-1").title("Pillow").category(Category.of(RegulatedClass.GENERAL, "Home"))
                .listPrice(Money.of("4980", "JPY")).build();
        ScriptQualityCheck yen = new ScriptQualityCheck(pillow, null);
        assertTrue(yen.grounded("直播间价格4980日元。"));
        assertFalse(yen.grounded("直播间价格3980日元。"));
    }

    @Test
    void readsChineseNumeralAmountsOtherCurrenciesAndOfferWords() {
        assertFalse(check.grounded("今天直播间只要四十九元"), "49 is not a price of the offer");
        assertFalse(check.grounded("拍两件再减二十元"), "no 20 off in the offer");
        assertTrue(check.grounded("直播间九十九元，日常价一百二十九元"), "the real prices in words");
        assertTrue(check.grounded("拍一件试试"), "一件 is plain speech");
        assertFalse(check.grounded("Only $99 today"), "the offer is in CNY");
        assertFalse(check.grounded("今天只要99美元"));
        assertTrue(check.grounded("Only 99 yuan today"));
        assertFalse(check.grounded("今天买一送一"));
        assertFalse(check.grounded("拍了再送一支小样"));
        assertFalse(check.grounded("第二件半价"));
        assertFalse(check.grounded("全国包邮"));
        assertTrue(check.grounded("快递配送到家"));
    }

    private static final dev.livesell.core.InMemoryCatalog SAMPLE =
            dev.livesell.core.io.CatalogFile.readResource(ScriptQualityCheckTest.class, "/sample/catalog.jsonl");

    private static ScriptQualityCheck sample(String id) {
        dev.livesell.core.ProductId p = dev.livesell.core.ProductId.of(id);
        return new ScriptQualityCheck(SAMPLE.require(p), SAMPLE.offer(p).orElse(null));
    }

    @Test
    void anotherCurrencySymbolIsNeverTheBareNumber() {
        ScriptQualityCheck cleanser = sample("p-1004"); // 59 CNY
        assertFalse(cleanser.grounded("Only $59 today"));
        assertFalse(cleanser.grounded("Only €59 today"));
        assertFalse(cleanser.grounded("只要$59"));
        assertTrue(cleanser.grounded("只要59元"));
        assertTrue(cleanser.grounded("今天¥59"));
    }

    @Test
    void giftGivingAndDeliveryAreNotGiftOffers() {
        ScriptQualityCheck giftBox = sample("p-1007"); // 礼盒装附手提袋，适合送人
        assertFalse(giftBox.grounded("今天下单加送一个化妆包！"));
        assertFalse(giftBox.grounded("赠品是同款小样，拍就送。"));
        assertTrue(giftBox.grounded("礼盒装附手提袋，适合送人"));
        ScriptQualityCheck shrimp = sample("p-1036"); // 冷链配送
        assertFalse(shrimp.grounded("拍了再送一包虾仁"));
        Product bottle = Product.builder("b-1").title("Water Bottle").category(Category.of(RegulatedClass.GENERAL, "Kitchen"))
                .attribute("Material", "Tritan, BPA free").listPrice(Money.cny("89")).build();
        assertFalse(new ScriptQualityCheck(bottle, null).grounded("Free gift with every order"));
        assertFalse(new ScriptQualityCheck(bottle, null).grounded("Get a lid for free"));
        Offer withGift = Offer.builder("c-1").price(Money.cny("99")).coupon(new Coupon(Money.cny("0"), Money.cny("10"), "立减10赠小样")).build();
        assertTrue(new ScriptQualityCheck(cream, withGift).grounded("下单还有赠品小样"), "a coupon label that gives a gift");
    }

    @Test
    void spokenDecimalPricesAndColloquialNumerals() {
        ScriptQualityCheck cleanser = sample("p-1004"); // 59 CNY
        assertFalse(cleanser.grounded("今天直播间只要五十九块九！"), "59.9 is not 59");
        assertTrue(cleanser.grounded("今天直播间只要五十九块！"));
        assertTrue(cleanser.grounded("大家一块来抢，直播间59元。"), "一块 is speech");
        assertFalse(cleanser.grounded("只要一块钱"));
        ScriptQualityCheck masks = sample("p-1045"); // 19.9 CNY, everyday 29.9
        assertTrue(masks.grounded("直播间只要十九块九。"));
        assertTrue(masks.grounded("平时二十九元九角，今天十九块九"));
        assertFalse(masks.grounded("只要十九块"));
        Product tv = Product.builder("tv").title("电视").category(Category.of(RegulatedClass.GENERAL, "家电"))
                .listPrice(Money.cny("35000")).attribute("重量", "250斤").build();
        ScriptQualityCheck big = new ScriptQualityCheck(tv, null);
        assertTrue(big.grounded("只要三万五千元"));
        assertTrue(big.grounded("只要三万五元"), "三万五 = 35000");
        assertTrue(big.grounded("整机两百五十斤"));
        assertTrue(big.grounded("整机两百五斤"), "两百五 = 250");
        assertFalse(big.grounded("整机两百零五斤"));
    }

    @Test
    void spokenDecimalPricesInDigits() {
        ScriptQualityCheck masks = sample("p-1045"); // 19.9 CNY, everyday 29.9; 50只, 三层
        assertTrue(masks.grounded("直播间只要19块9。"), "19块9 is 19.9");
        assertTrue(masks.grounded("平时29元9角，今天19块9毛"));
        assertTrue(masks.grounded("19块9，50只"));
        assertFalse(masks.grounded("只要19块"));
        Product paper = Product.builder("pp").title("抽纸 9包").category(Category.of(RegulatedClass.GENERAL, "日用"))
                .listPrice(Money.cny("59")).attribute("规格", "3层，9包").build();
        ScriptQualityCheck at59 = new ScriptQualityCheck(paper, null);
        assertFalse(at59.grounded("只要59块9"), "59.9 is not 59, though the data says 9");
        assertTrue(at59.grounded("只要59块，3层9包"));
        assertTrue(at59.grounded("59块3层"), "a digit before a unit is no jiao");
        assertFalse(new ScriptQualityCheck(paper.toBuilder().listPrice(Money.cny("59.3")).build(), null).grounded("59块3层"));
    }

    /**
     * A long line costs linear time: a run of Chinese numerals or of spaces is read from its start only (100,000
     * characters took minutes: CHINESE_NUMERAL, CHINESE_QUANTITY, SPOKEN_DECIMAL and QUANTITY backtracked quadratically).
     */
    @Test
    void longRunsOfNumeralsOrSpacesAreChecked() {
        check.grounded("三瓶 99元"); // warm up
        String numerals = "一".repeat(100_000) + "，三瓶";
        String spaces = " ".repeat(100_000) + "好，59元";
        assertFalse(check.grounded(numerals), "三瓶 is not stated");
        assertFalse(check.grounded(spaces), "59元 is not a price");
        assertTrue(check.grounded(" ".repeat(100_000) + "直播间99元"));
    }
}
