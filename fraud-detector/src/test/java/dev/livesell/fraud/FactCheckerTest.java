package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactCheckerTest {
    private static final Product SHIRT = FalseAdDetectorTest.product(RegulatedClass.GENERAL)
            .attribute("材质", "涤纶65% 棉35%").attribute("产地", "浙江杭州").attribute("净含量", "450ml").build();
    private static final Product COTTON = FalseAdDetectorTest.product(RegulatedClass.GENERAL)
            .attribute("材质", "棉100%").attribute("产地", "新疆").build();
    private static final Offer OFFER = Offer.builder("p-1").price(Money.cny("99")).referencePrice(Money.cny("199"))
            .stockLimit(500).build();

    private static boolean contradicts(String text, Product p) {
        return FalseAdDetector.rulesOnly().check(Claim.about(text, p, OFFER)).findings().stream()
                .anyMatch(f -> f.category() == ViolationCategory.FACT_CONTRADICTION && f.stage() == Stage.FACTS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100%纯棉|true", "纯棉面料|true", "65%涤纶35%棉|false", "日本进口|true", "浙江产的|false",
        "一瓶500ml|true", "两瓶900ml|false", "450ml大容量|false", "限量2000件|true", "限量500件|false",
        "有机认证|true", "原价999|true", "原价199，到手价89|true", "原价199，到手价99|false",
        "900ml大瓶装|true", "两瓶共900ml|false", "2瓶900ml|false",
        // a denied share is no claim about the material
        "这款不是纯棉的，是涤棉混纺|false", "It's not 100% cotton, it's a blend|false", "并非纯棉|false",
    })
    void comparesClaimsWithTheShirtFacts(String text, boolean expected) {
        assertEquals(expected, contradicts(text, SHIRT), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100%纯棉|false", "纯棉|false", "新疆长绒棉|false", "进口棉|true"})
    void comparesClaimsWithTheCottonFacts(String text, boolean expected) {
        assertEquals(expected, contradicts(text, COTTON), text);
    }

    private static final Product PILLOW = FalseAdDetectorTest.product(RegulatedClass.GENERAL)
            .attribute("材质", "乳胶（含量85%）").attribute("外套", "棉100%").build();

    /** A part the product describes itself (外套 = 棉100%) is that part's fact, not the pillow's material. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "外套全棉，可以拆洗|false", "乳胶含量85%，外套全棉可拆洗|false", "外套是100%纯棉的|false",
        "85%乳胶|false", "乳胶含量85%|false",
        "这个枕头100%纯乳胶|true", "纯乳胶枕|true", "外套100%桑蚕丝|true", "外套65%棉|true",
    })
    void comparesClaimsWithTheNamedPartOrTheMaterial(String text, boolean expected) {
        assertEquals(expected, contradicts(text, PILLOW), text);
    }

    /**
     * A part named in an earlier clause does not own the next clause's claim: in 外套好看，乳胶85% the 85% is the
     * pillow's latex (true), not the cover's; in 外套全棉，乳胶100% the 100% contradicts the material, not the cover.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "外套好看，乳胶85%|false|", "外套可拆洗，乳胶含量85%|false|", "外套全棉。85%乳胶|false|",
        "外套全棉，乳胶100%|true|材质", "外套纯棉，乳胶含量100%|true|材质",
    })
    void aPartNamedInAnEarlierClauseDoesNotOwnTheClaim(String text, boolean expected, String fact) {
        List<Finding> f = materialFindings(text, PILLOW);
        assertEquals(expected, !f.isEmpty(), () -> text + " -> " + f);
        if (expected) {
            assertTrue(f.get(0).message().contains("商品" + fact + "为"), () -> text + " -> " + f.get(0).message());
        }
    }

    /**
     * A share said after the fiber (棉100%, 乳胶（含量100%）) is part of the claim's span, so the rewrite replaces it
     * rather than leaving the false figure behind the true one (棉35%100%).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "棉100%，超舒服|SHIRT|棉100%|涤纶65% 棉35%，超舒服",
        "乳胶（含量100%）|PILLOW|乳胶（含量100%）|乳胶（含量85%）",
        "乳胶含量：100%的枕芯|PILLOW|乳胶含量：100%|乳胶（含量85%）的枕芯",
        "外套 棉 100%|PILLOW|外套 棉 100%|外套 棉 100%",
    })
    void aShareAfterTheFiberIsInTheSpan(String text, String product, String span, String rewrite) {
        Product p = product.equals("SHIRT") ? SHIRT : PILLOW;
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.about(text, p, OFFER));
        List<Finding> f = materialFindings(text, p);
        if (text.equals(rewrite)) {
            assertEquals(List.of(), f, "the cover is cotton");
            return;
        }
        assertEquals(List.of(span), f.stream().map(x -> x.span().text()).collect(Collectors.toList()), text);
        assertEquals(rewrite, v.rewrite(), text);
    }

    /**
     * Whether a share is written before its fiber (100%乳胶) or after it (棉100%) is read per clause: a clause that
     * says 全棉 first does not turn 100%乳胶 in the next clause into a claim with no share.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "外套是全棉的，芯是100%纯乳胶|true", "外套全棉，100%乳胶|true", "外套全棉，85%乳胶|false",
        "乳胶85%，外套100%棉|false", "乳胶85%，外套100%桑蚕丝|true",
    })
    void readsTheShareBeforeOrAfterTheFiberPerClause(String text, boolean expected) {
        assertEquals(expected, !materialFindings(text, PILLOW).isEmpty(), text);
    }

    private static final Product SILK = FalseAdDetectorTest.product(RegulatedClass.GENERAL).attribute("材质", "桑蚕丝100%").build();
    private static final Product NYLON = FalseAdDetectorTest.product(RegulatedClass.GENERAL).attribute("面料", "锦纶100%").build();

    /**
     * One fiber under another name is the same fiber: English names (cotton, latex, silk), and Chinese ones (涤纶 is
     * 聚酯纤维, 尼龙 is 锦纶, 桑蚕丝 is silk). "latex 85%" on the 85% latex pillow is true, not a contradiction.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "latex 85%|PILLOW|false", "85% latex, cotton cover|PILLOW|false", "100% latex|PILLOW|true",
        "65% polyester 35% cotton|SHIRT|false", "65%聚酯纤维35%棉|SHIRT|false", "100% cotton|SHIRT|true",
        "100% cotton|COTTON|false", "pure cotton|COTTON|false",
        "100%真丝|SILK|false", "100% silk|SILK|false", "100%蚕丝|SILK|false", "100%棉|SILK|true",
        "100%尼龙|NYLON|false", "100% nylon|NYLON|false", "100%涤纶|NYLON|true",
    })
    void aFiberUnderAnotherNameIsTheSameFiber(String text, String product, boolean expected) {
        Product p = switch (product) {
            case "PILLOW" -> PILLOW;
            case "SHIRT" -> SHIRT;
            case "COTTON" -> COTTON;
            case "SILK" -> SILK;
            default -> NYLON;
        };
        assertEquals(expected, !materialFindings(text, p).isEmpty(), text);
    }

    private static final Product GLOVES = FalseAdDetectorTest.product(RegulatedClass.GENERAL)
            .attribute("材质", "丁腈 nitrile").build();

    /** "latex-free" says the gloves hold no latex: it is not a claim of 100% latex. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100% latex-free gloves|false", "100% latex free, safe for allergies|false", "Latex-free nitrile|false",
        "100% latex gloves|true", "纯乳胶手套|true",
    })
    void latexFreeIsNotAShareOfLatex(String text, boolean expected) {
        assertEquals(expected, !materialFindings(text, GLOVES).isEmpty(), text);
    }

    private static final Offer JIAO_OFFER = Offer.builder("p-1").price(Money.cny("29.9")).referencePrice(Money.cny("39.9")).build();

    /**
     * Prices said with their jiao are read whole, as the discount rule reads them: 29块9 is 29.9, so the true price said
     * the spoken way is no contradiction, and a false one is replaced whole (29.9, not 29.9块9).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "原价39块9，今天只要29块9||原价39块9，今天只要29块9",
        "原价三十九块九，今天只要二十九块九||原价三十九块九，今天只要二十九块九",
        "日常价39块9，直播间29块9||日常价39块9，直播间29块9",
        "原价39块9，今天只要19块9|facts.current_price|原价39块9，今天只要29.9",
        "原价49块9，今天只要29块9|facts.reference_price|原价39.9，今天只要29块9",
    })
    void readsPricesSaidWithJiaoWhole(String text, String rule, String rewrite) {
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.about(text, COTTON, JIAO_OFFER));
        List<String> rules = v.findings().stream().map(Finding::ruleId).collect(Collectors.toList());
        assertEquals(rule == null ? List.of() : List.of(rule), rules, text);
        assertEquals(rewrite, v.rewrite(), text);
    }

    /**
     * Material claims on long text cost linear time: a part key the text never says is looked for only just before
     * each claim, not back to the start of the text (100,000 characters took seconds, growing with the square).
     */
    @Test
    void longTextWithManyMaterialClaimsIsChecked() {
        Product p = FalseAdDetectorTest.product(RegulatedClass.GENERAL).attribute("材质", "涤纶100%")
                .attribute("外套", "锦纶100%").attribute("里料", "涤纶100%").build();
        String text = "纯棉".repeat(50_000);
        FalseAdDetector detector = FalseAdDetector.rulesOnly();
        detector.findings(Claim.about("纯棉", p, OFFER)); // the built-in rules are built on first use
        List<Finding> f = detector.findings(Claim.about(text, p, OFFER));
        assertEquals(50_000, f.stream().filter(x -> x.ruleId().equals("facts.material")).count());
        // which way a clause writes its shares is worked out once per text, not once per fiber named
        String fibers = "棉".repeat(100_000) + "100%";
        List<Finding> g = detector.findings(Claim.about(fibers, SHIRT, OFFER));
        assertEquals(1, g.stream().filter(x -> x.ruleId().equals("facts.material")).count());
    }

    private static List<Finding> materialFindings(String text, Product p) {
        return FalseAdDetector.rulesOnly().check(Claim.about(text, p, OFFER)).findings().stream()
                .filter(f -> f.ruleId().equals("facts.material")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"原价899，今天只要99", "专柜价1280，直播间只要199", "划线价八百，直播间八十",
        "MSRP $299, yours today for $19"})
    void flagsAnImplausibleUnverifiableReferencePriceWithoutAProduct(String text) {
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.of(text));
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == ViolationCategory.FALSE_PRICE), text);
    }

    private static final Product SUNSCREEN = FalseAdDetectorTest.product(RegulatedClass.COSMETIC)
            .attribute("防晒指数", "SPF50+ PA++++").build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SPF100超强防护|true", "SPF 70|true", "SPF50+|false", "SPF30也够日常用|false",
        "防晒指数SPF50+，PA++++|false"})
    void comparesTheClaimedSpfWithTheLabel(String text, boolean expected) {
        assertEquals(expected, contradicts(text, SUNSCREEN), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"这款防晒SPF100", "SPF 80, all-day protection"})
    void anSpfAboveFiftyIsNotATrueLabelEvenWithoutAProduct(String text) {
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.of(text));
        assertTrue(v.findings().stream().anyMatch(f -> f.ruleId().equals("facts.spf_over_label")), () -> text + " " + v.findings());
    }
}
