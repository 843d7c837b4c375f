package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Category;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FalseAdDetectorTest {
    static final FalseAdDetector DETECTOR = FalseAdDetector.rulesOnly();

    private static Verdict check(String text) {
        return DETECTOR.check(Claim.of(text));
    }

    private static boolean hasCategory(Verdict v, ViolationCategory c) {
        return v.findings().stream().anyMatch(f -> f.category() == c);
    }

    /**
     * Each finding on the disguised text covers exactly the disguised spelling of the term found in the plain
     * text: its normalized span text is that term, and it neither starts nor ends on a character the
     * disguise added.
     */
    static void assertSpansCoverThePlainTerms(Verdict plain, Verdict disguised, String what) {
        List<String> want = plain.findings().stream().map(f -> f.ruleId() + "=" + NormalizedText.of(f.span().text()).text())
                .sorted().collect(Collectors.toList());
        List<String> got = disguised.findings().stream().map(f -> f.ruleId() + "=" + NormalizedText.of(f.span().text()).text())
                .sorted().collect(Collectors.toList());
        assertEquals(want, got, what);
        for (Finding f : disguised.findings()) {
            String t = f.span().text();
            assertFalse(t.isEmpty(), what);
            assertFalse(TextNormalizer.isSeparator(t.charAt(0)) || TextNormalizer.isSeparator(t.charAt(t.length() - 1))
                    || Character.getType(t.charAt(0)) == Character.FORMAT || Character.getType(t.charAt(t.length() - 1)) == Character.FORMAT,
                    () -> what + ": span " + f.span() + " starts or ends on an added character");
            assertFalse(Character.isLowSurrogate(t.charAt(0)), what);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "全网最好用，没有之一|ABSOLUTE_TERM",
        "销量第一的国货|ABSOLUTE_TERM",
        "顶级工艺|ABSOLUTE_TERM",
        "This is the best serum ever|ABSOLUTE_TERM",
        "能治湿疹|MEDICAL_CLAIM",
        "喝了降血糖|MEDICAL_CLAIM",
        "这个枕头可以治颈椎病|MEDICAL_CLAIM",
        "每天按一按，颈椎问题慢慢缓解|MEDICAL_CLAIM",
        "用了一个月，腰椎的毛病好转了|MEDICAL_CLAIM",
        "每天一杯，喝出易瘦体质|EFFICACY_GUARANTEE",
        "It cures arthritis|MEDICAL_CLAIM",
        "三天见效|EFFICACY_GUARANTEE",
        "无副作用|EFFICACY_GUARANTEE",
        "不瘦全额退款|EFFICACY_GUARANTEE",
        "No side effects at all|EFFICACY_GUARANTEE",
        "央视推荐|FALSE_ENDORSEMENT",
        "三甲医院医生都在用|FALSE_ENDORSEMENT",
        "祖传秘方|FALSE_ENDORSEMENT",
        "Clinically proven formula|FALSE_ENDORSEMENT",
        "全网最低价|FALSE_PRICE",
        "史上最低价|FALSE_PRICE",
        "Lowest price ever|FALSE_PRICE",
        "99%用户说好|UNVERIFIABLE_DATA",
        "年销量突破2亿|UNVERIFIABLE_DATA",
        "最后一批，以后再也买不到了|PRESSURE_SCARCITY",
        "你拍的是你的下半辈子|PRESSURE_SCARCITY",
        "Last chance to buy|PRESSURE_SCARCITY",
    })
    void flagsEveryCategory(String text, ViolationCategory category) {
        Verdict v = check(text);
        assertTrue(v.isViolation(), () -> text + " -> " + v);
        assertTrue(hasCategory(v, category), () -> text + " -> " + v.findings());
        for (Finding f : v.findings()) {
            assertFalse(f.lawReference().isBlank(), "law reference");
            assertFalse(f.message().isBlank(), "message");
            assertTrue(f.span().length() > 0 && f.span().end() <= text.length(), () -> text + " -> " + f.span());
        }
    }

    @Test
    void reportsExactSpansInTheOriginalText() {
        Verdict v = check("全网最低价，三天见效");
        assertEquals(List.of(new Span(0, 5, "全网最低价"), new Span(6, 10, "三天见效")),
                v.findings().stream().map(Finding::span).collect(Collectors.toList()));
        Verdict disguised = check("全網最*低價，三天 見效");
        assertEquals(List.of(new Span(0, 6, "全網最*低價"), new Span(7, 12, "三天 見效")),
                disguised.findings().stream().map(Finding::span).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "最近天气干燥", "第一次来直播间", "今天第一款产品", "最后再看一下", "它不能治病，就是普通茶饮",
        "身体不适请就医", "效果因人而异", "这是我个人的感受", "已在药监局备案，备案号在详情页",
        "领券后到手价89元", "满300减40", "店铺评分4.8，可在详情页查看", "库存两千单，卖完下链接",
        "不是医疗器械，不能替代治疗", "This is not a medicine and does not cure any disease",
        "有高血压的朋友请遵医嘱用药", "最多每人限购两件", "包邮到家", "Best wishes to everyone",
        "它不能缓解颈椎问题，就是普通按摩仪", "颈椎不舒服请及时就医", "这条裤子显瘦",
    })
    void acceptsCompliantLookAlikes(String text) {
        Verdict v = check(text);
        assertEquals(Label.COMPLIANT, v.label(), () -> text + " -> " + v.findings());
        assertEquals(text, v.rewrite());
    }

    @Test
    void everyBuiltInExceptionPhraseExcusesTheTermsInsideIt() {
        LexiconRule lexicon = new LexiconRule("builtin", Lexicon.builtIn());
        for (String phrase : Lexicon.builtIn().exceptions()) {
            NormalizedText t = NormalizedText.of(phrase);
            List<Finding> inside = lexicon.apply(t, Claim.of(phrase)).stream()
                    .filter(f -> f.span().start() >= 0 && f.span().end() <= phrase.length()
                            && !(f.span().start() == 0 && f.span().end() == phrase.length() && !phrase.contains("最")))
                    .collect(Collectors.toList());
            List<Finding> contained = inside.stream().filter(f -> phrase.contains(f.span().text())
                    && f.span().text().length() < phrase.length()).collect(Collectors.toList());
            assertTrue(contained.isEmpty(), () -> phrase + " -> " + contained);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"全网最低价，三天见效", "能治疗湿疹", "医生推荐的面霜", "销量第一", "无副作用"})
    void spansMapBackToTheOriginalUnderEveryDisguise(String text) {
        Verdict plain = check(text);
        for (Disguiser.Kind kind : Disguiser.Kind.values()) {
            String disguised = Disguiser.apply(text, kind);
            Verdict v = check(disguised);
            assertTrue(v.isViolation(), () -> kind + ": " + disguised);
            assertEquals(plain.findings().stream().map(Finding::category).collect(Collectors.toSet()),
                    v.findings().stream().map(Finding::category).collect(Collectors.toSet()), kind + ": " + disguised);
            assertSpansCoverThePlainTerms(plain, v, kind + ": " + disguised);
        }
    }

    @Test
    void handlesMixedChineseEnglishAndEmoji() {
        Verdict v = check("🔥这个serum是全网最*好用的🔥, no side effects 💯");
        assertTrue(hasCategory(v, ViolationCategory.ABSOLUTE_TERM));
        assertTrue(hasCategory(v, ViolationCategory.EFFICACY_GUARANTEE));
        assertEquals(Label.COMPLIANT, check("今天的 coupon 可以减20😀").label());
    }

    @Test
    void parsesDisguiseKindsAndRejectsUnknownOnesWithATypedError() {
        assertEquals(Disguiser.Kind.FULL_WIDTH, Disguiser.kind(" full-width "));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Disguiser.kind("bogus"));
        assertEquals("disguise", e.field());
        assertThrows(InvalidValueException.class, () -> Disguiser.kind(null));
    }

    @Test
    void theVerdictJavadocExampleHolds() {
        Verdict v = check("全网最低价，三天见效");
        assertEquals(Label.VIOLATION, v.label());
        assertEquals(List.of(ViolationCategory.FALSE_PRICE, ViolationCategory.EFFICACY_GUARANTEE),
                v.findings().stream().map(Finding::category).collect(Collectors.toList()));
        assertEquals("优惠价", v.rewrite());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "三\u0332天\u0332见\u0332效\u0332|0|8|efficacy_guarantee",
        "zui\u0300低价|0|6|false_price",
        "防a\u0301i|0|4|medical_claim",
        "全网最低\u20DD价|0|6|false_price",
    })
    void catchesTermsWrittenWithCombiningMarks(String text, int start, int end, String category) {
        Verdict v = check(text);
        assertEquals(Label.VIOLATION, v.label(), () -> text + " -> " + v.findings());
        Finding f = v.findings().get(0);
        assertEquals(new Span(start, end, text.substring(start, end)), f.span());
        assertEquals(category, f.category().id());
    }

    @Test
    void userLexiconTermsMatchSimplifiedText() {
        LexiconEntry e = new LexiconEntry("去污", ViolationCategory.ABSOLUTE_TERM, Severity.HIGH, "", "", "", false, false, null);
        LexiconRule rule = new LexiconRule("user", new Lexicon(Map.of("去污", e), java.util.Set.of()));
        List<Finding> found = rule.apply(NormalizedText.of("一喷去污"), Claim.of("一喷去污"));
        assertEquals(List.of(new Span(2, 4, "去污")), found.stream().map(Finding::span).collect(Collectors.toList()));
    }

    @Test
    void userLexiconTermsAreNormalizedLikeTheText() {
        // 显著 normalizes to 显着 (著 folds to 着, see NormalizedText.text()), full width and case fold too
        LexiconEntry e = new LexiconEntry("效果显著", ViolationCategory.EFFICACY_GUARANTEE, Severity.HIGH, "", "", "", false, false, null);
        LexiconEntry f = new LexiconEntry("ＮＯ.1", ViolationCategory.ABSOLUTE_TERM, Severity.HIGH, "", "", "", false, false, null);
        LexiconRule rule = new LexiconRule("user", new Lexicon(Map.of("效果显著", e, "ＮＯ.1", f), java.util.Set.of()));
        String text = "这款效果显著，品类no.1";
        List<Finding> found = rule.apply(NormalizedText.of(text), Claim.of(text));
        assertEquals(List.of(new Span(2, 6, "效果显著"), new Span(9, 13, "no.1")),
                found.stream().map(Finding::span).collect(Collectors.toList()));
        org.junit.jupiter.api.Assertions.assertThrows(dev.livesell.core.InvalidValueException.class,
                () -> new Lexicon(Map.of("最好", e, "最 好", e), java.util.Set.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "用了保证不长痘，长一颗赔一百|''",
        "我跟大家说，用了保证不长痘，长一颗赔一百|我跟大家说",
        "用了保证不长痘，长一颗赔一百，大家可以看一下|大家可以看一下",
        "用完这瓶，老人斑、雀斑、晒斑全部去除|用完这瓶",
        "全球销量第一的扫地机器人|全球热销的扫地机器人",
        "我们的燕窝品质世界第一|我们的燕窝品质出众",
        "這是業界第一的品牌|這是口碑好的品牌",
        "连续五年全国销量冠军|多年销量热门",
        "这个猫狗驱虫滴剂一次搞定，绝对没有任何副作用，刚满月的小猫也随便用|这个猫狗驱虫滴剂一次搞定，刚满月的小猫也随便用",
    })
    void rewritesLeaveNoFlaggedTextBehind(String text, String expected) {
        Verdict v = check(text);
        assertEquals(Label.VIOLATION, v.label());
        assertEquals(expected, v.rewrite());
        if (!expected.isEmpty()) {
            assertEquals(List.of(), check(expected).findings());
        }
    }

    @Test
    void everyRewriteOfTheLabelledSetsIsCompliant() throws java.io.IOException {
        List<String> stillFlagged = new java.util.ArrayList<>();
        for (String file : List.of("data/train.tsv", "data/dev.tsv")) {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                String text = line.split("\t", -1)[0];
                if (text.isBlank() || text.equals("text")) {
                    continue;
                }
                Verdict v = check(text);
                if (v.isViolation() && !v.rewrite().isBlank() && !check(v.rewrite()).findings().isEmpty()) {
                    stillFlagged.add(text + " -> " + v.rewrite());
                }
            }
        }
        assertEquals(List.of(), stillFlagged);
    }

    @Test
    void modelPredictionsMustHoldProbabilities() {
        for (Double bad : new Double[]{null, 5.0, Double.NaN, -0.1}) {
            Map<ViolationCategory, Double> cats = new java.util.EnumMap<>(ViolationCategory.class);
            cats.put(ViolationCategory.MEDICAL_CLAIM, bad);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ModelPrediction(0.5, cats));
            assertEquals("categories.medical_claim", e.field());
        }
    }

    @Test
    void rejectsEmptyAndBlankText() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Claim.of(""));
        assertEquals("text", e.field());
        assertThrows(InvalidValueException.class, () -> Claim.of("  \n"));
        assertThrows(InvalidValueException.class, () -> Claim.of(null));
    }

    @Test
    void survivesLoneSurrogates() {
        Verdict v = check("\uD800全网最低价\uDC00");
        assertTrue(hasCategory(v, ViolationCategory.FALSE_PRICE));
        assertEquals("全网最低价", v.findings().get(0).span().text());
    }

    @Test
    void acceptsNullProductAndOffer() {
        Verdict v = DETECTOR.check(Claim.about("能治疗湿疹", null, null));
        assertTrue(v.isViolation());
    }

    @Test
    void checksOneMegabyteOfTextAndFindsEveryRepeat() {
        String unit = "今天给大家介绍这款面霜，质地清爽。全网最低价！";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        int repeats = sb.length() / unit.length();
        Verdict v = check(sb.toString());
        long priceFindings = v.findings().stream().filter(f -> f.category() == ViolationCategory.FALSE_PRICE).count();
        assertEquals(repeats, priceFindings);
        // also a pathological input for backtracking matchers: one long run of a repeated trigger character
        Verdict w = check("最".repeat(200_000) + "a".repeat(200_000));
        assertTrue(w.isViolation());
    }

    @Test
    void aClauseWithAMedicalClaimIsRemovedWholeNotTurnedIntoNonsense() {
        assertEquals("纯天然配方，质地清爽", check("纯天然配方，能治湿疹，质地清爽").rewrite());
        // every clause is a medical claim: nothing compliant is left, the line should go
        assertEquals("", check("这个面霜能消炎祛痘，湿疹也能治好").rewrite());
        // other categories are softened in place
        assertEquals("这是全网很好用的防晒", check("这是全网最好用的防晒，没有之一").rewrite());
    }

    @Test
    void rewriteRemovesOrSoftensTheOffendingWords() {
        for (String text : List.of("全网最低价，三天见效", "央视推荐的祖传秘方", "这款精华是全网最好用的", "无副作用，百分百安全")) {
            Verdict v = check(text);
            assertTrue(v.isViolation());
            assertFalse(v.rewrite().equals(text));
            Verdict again = check(v.rewrite().isBlank() ? "。" : v.rewrite());
            assertEquals(Label.COMPLIANT, again.label(), () -> text + " -> " + v.rewrite() + " -> " + again.findings());
        }
    }

    @Test
    void scoreAndLabelFollowTheThresholds() {
        Verdict v = check("全网最低价");
        assertTrue(v.score() >= 0.7 && v.score() <= 1);
        assertTrue(v.categoryScores().containsKey(ViolationCategory.FALSE_PRICE));
        Verdict c = check("今天天气不错");
        assertTrue(c.score() < 0.45);
        assertEquals(Map.of(), c.categoryScores());
    }

    @Test
    void medicalWordingIsAllowedForARegisteredDrugButNotForCosmetics() {
        Product drug = product(RegulatedClass.DRUG).approvalNumber("国药准字H12345678").build();
        Product cosmetic = product(RegulatedClass.COSMETIC).build();
        String text = "用于湿疹的治疗";
        assertEquals(Label.COMPLIANT, DETECTOR.check(Claim.about(text, drug, null)).label());
        assertTrue(DETECTOR.check(Claim.about(text, cosmetic, null)).isViolation());
    }

    @Test
    void healthFoodMayClaimOnlyItsApprovedFunction() {
        Product hf = product(RegulatedClass.HEALTH_FOOD).approvalNumber("国食健注G2020").approvedClaim("增强免疫力").build();
        assertEquals(Label.COMPLIANT, DETECTOR.check(Claim.about("可以增强免疫力", hf, null)).label());
        assertTrue(DETECTOR.check(Claim.about("可以降血糖", hf, null)).isViolation());
    }

    @Test
    void stagesCanBeAblated() {
        FalseAdDetector factsOnly = FalseAdDetector.builder().stages(EnumSet.of(Stage.FACTS)).build();
        assertEquals(Label.COMPLIANT, factsOnly.check(Claim.of("全网最低价")).label());
        assertThrows(InvalidValueException.class, () -> FalseAdDetector.builder().stages(EnumSet.of(Stage.MODEL)).build());
    }

    @Test
    void modelStageCascadesWithRules() {
        FalseAdModel model = new FalseAdModel() {
            @Override
            public ModelPrediction predict(String text) {
                return new ModelPrediction(text.contains("神奇") ? 0.9 : 0.1, Map.of(ViolationCategory.EFFICACY_GUARANTEE, 0.9));
            }

            @Override
            public String version() {
                return "fake-1";
            }
        };
        FalseAdDetector d = FalseAdDetector.builder().model(model).build();
        assertEquals(EnumSet.allOf(Stage.class), d.stages());
        assertEquals(Label.VIOLATION, d.check(Claim.of("效果很神奇哦")).label());
        assertEquals(Label.COMPLIANT, d.check(Claim.of("今天天气不错")).label());
        assertEquals(Label.VIOLATION, d.check(Claim.of("全网最低价")).label());
        List<Verdict> all = d.checkAll(List.of(Claim.of("效果很神奇哦"), Claim.of("今天天气不错")));
        assertEquals(List.of(Label.VIOLATION, Label.COMPLIANT), all.stream().map(Verdict::label).collect(Collectors.toList()));
    }

    @Test
    void checkAllMatchesCheck() {
        List<Claim> claims = List.of(Claim.of("全网最低价"), Claim.of("最近很忙"), Claim.of("能治失眠"));
        List<Verdict> all = DETECTOR.checkAll(claims);
        for (int i = 0; i < claims.size(); i++) {
            assertEquals(DETECTOR.check(claims.get(i)), all.get(i));
        }
    }

    @Test
    void userRulesAddFindings() {
        Rule shopRule = new Rule() {
            @Override
            public String id() {
                return "shop.miracle";
            }

            @Override
            public List<Finding> apply(NormalizedText text, Claim claim) {
                int i = text.text().indexOf("神效");
                return i < 0 ? List.of() : List.of(new Finding(ViolationCategory.EFFICACY_GUARANTEE, text.span(i, i + 2),
                        id(), Severity.HIGH, "广告法 第二十八条", "夸大功效", "", Stage.RULES));
            }
        };
        FalseAdDetector d = FalseAdDetector.builder().addRule(shopRule).build();
        Verdict v = d.check(Claim.of("这个有神*效"));
        assertTrue(v.isViolation());
        assertEquals("神*效", v.findings().get(0).span().text());
    }

    static Product.Builder product(RegulatedClass rc) {
        return Product.builder("p-1").title("测试商品").category(Category.of(rc, "测试")).listPrice(Money.cny("199"));
    }
}
