package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numeric-pattern rule, the co-occurrence rules and the category lexicons added for generalization. */
class BroadenedRulesTest {
    private static final FalseAdDetector RULES = FalseAdDetector.rulesOnly();

    private static Verdict check(String text) {
        return RULES.check(Claim.of(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "最后3单，拍完就没有了|pressure_scarcity|最后3单",
        "只剩最后十单了|pressure_scarcity|最后十单",
        "最后两件，真的最后两件|pressure_scarcity|最后两件",
        "保证一个月瘦15斤|efficacy_guarantee|瘦15斤",
        "坚持喝，长高五厘米|efficacy_guarantee|长高五厘米",
        "好评率99.8%，放心拍|unverifiable_data|好评率99.8%",
        "已经有八百万人在用了|unverifiable_data|八百万人在用",
        "全国五百万家庭的选择|unverifiable_data|五百万家庭",
        "市场价1299，今天只要99|false_price|市场价1299",
        "假一赔十，放心买|false_price|假一赔十",
        "七天见效，无效退款|efficacy_guarantee|七天见效",
        "This drink makes you look ten years younger|efficacy_guarantee|look ten years younger",
        "Only three left at this price|pressure_scarcity|Only three left",
    })
    void numericPatternsMatchDigitsAndChineseNumerals(String text, String category, String span) {
        assertCaughtWithSpan(text, category, span);
    }

    /** The text is a violation with a finding of the category whose span is exactly {@code span}. */
    private static void assertCaughtWithSpan(String text, String category, String span) {
        Verdict v = check(text);
        assertTrue(v.isViolation(), () -> text + " -> " + v);
        ViolationCategory c = ViolationCategory.parse(category);
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == c && f.span().text().equals(span)),
                () -> text + " -> " + v.findings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // medical claims on cosmetics/foods: disease names, drug-like functions, "disease gone" stories (广告法 第十七条)
        "这个面霜能修复激素脸，玫瑰痤疮也能好|medical_claim",
        "喝了这个茶，痛风再也没犯过|medical_claim",
        "宝宝积食、咳嗽，喝这个就好了|medical_claim",
        "喝了能软化血管，预防心脑血管疾病|medical_claim",
        "This tea prevents heart disease.|medical_claim",
        // efficacy / safety guarantees (第十六条, 第二十八条)
        "纯天然，没有任何副作用|efficacy_guarantee",
        "不见效全额退款，放心买|efficacy_guarantee",
        "坚持用三个月，斑一定会淡掉|efficacy_guarantee",
        "用完痘痘全没了|efficacy_guarantee",
        // endorsements (第九条(二), 第十六条(二))
        "国家卫健委认证的产品|false_endorsement",
        "中国营养学会推荐的品牌|false_endorsement",
        "北京某医院的内部配方|false_endorsement",
        "Recommended by dermatologists.|false_endorsement",
        // absolute terms (第九条(三))
        "全球首款零糖气泡水|absolute_term",
        "这个价格全网找不到第二家|absolute_term",
        // prices and pressure
        "比超市便宜一大半，厂家亏钱卖|false_price",
        "今天不买明天就后悔|pressure_scarcity",
        "这是最后一次上架，以后都不卖了|pressure_scarcity",
    })
    void flagsEnforcementStylePhrasingsBeyondTheExactLexicon(String text, String category) {
        Verdict v = check(text);
        ViolationCategory c = ViolationCategory.parse(category);
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == c), () -> text + " -> " + v.findings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "最后一个链接给大家看一下",
        "最后再说一下这个尺码怎么选",
        "还有最后几分钟，我们继续",
        "最后提醒一下，拍之前看清尺码",
        "食品不具有疾病预防、治疗功能",
        "有糖尿病的朋友不建议吃这个，糖分比较高",
        "这款零食热量不低，减肥的宝宝少吃点",
        "过敏体质先在耳后试用",
        "质量问题我们包退",
        "这个口味是我最喜欢的",
        // 最 + a worry is the viewer's pain point, not a superlative about the product
        "夏天最怕出油，这款控油做得不错",
        "最怕买到假货，我们家每批都有检测报告",
        "油皮姐妹最头疼的就是脱妆",
        // 病 in 病患家属 (a patient's family) is no disease that goes away
        "这款护理床能减轻病患家属的负担",
        "倒计时五分钟，活动价截止，之后恢复原价",
        "我们是品牌官方授权店，可以查授权书",
        "这个保温杯一百八十毫升，一共三种颜色",
        "两件九折，三件八五折",
        "Shipping takes three to five business days.",
        "这个茶第一泡建议倒掉",
        "这个价格最低要拍两件才有",
        "我不敢说全网最低，但是今天确实有券",
    })
    void keepsHardNegativesCompliant(String text) {
        Verdict v = check(text);
        assertEquals(Label.COMPLIANT, v.label(), () -> text + " -> " + v.findings());
    }

    @Test
    void anExceptionPhraseDoesNotHideTheClaimBesideIt() {
        for (String text : List.of("这是最不怕水的手表", "夏天最怕出油，这款是全网最控油的", "这是蚊子最害怕的驱蚊液", "蟑螂最怕这一款",
                "群里的病友吃了都好了", "病人家属说吃了以后病就好了")) {
            Verdict v = check(text);
            assertTrue(v.isViolation(), () -> text + " -> " + v.findings());
        }
    }

    @Test
    void numericSpansMapToTheOriginalUnderEveryDisguise() {
        String text = "最后3单，好评率99%";
        for (Disguiser.Kind kind : Disguiser.Kind.values()) {
            String disguised = Disguiser.apply(text, kind);
            Verdict v = check(disguised);
            List<ViolationCategory> cats = v.findings().stream().map(Finding::category).distinct()
                    .collect(Collectors.toList());
            assertTrue(cats.contains(ViolationCategory.PRESSURE_SCARCITY), () -> kind + ": " + disguised + " " + cats);
            assertTrue(cats.contains(ViolationCategory.UNVERIFIABLE_DATA), () -> kind + ": " + disguised + " " + cats);
            FalseAdDetectorTest.assertSpansCoverThePlainTerms(check(text), v, kind + ": " + disguised);
        }
    }

    @Test
    void separatorsBetweenADigitAndAChineseCharacterAreRemovedButDecimalsKept() {
        assertEquals("最后2单", NormalizedText.of("最*后·2 单").text());
        assertEquals("1.5kg", NormalizedText.of("1.5kg").text());
        assertEquals("最后30单", NormalizedText.of("最后3*0单").text());
        assertEquals("5-10天", NormalizedText.of("5-10天").text());
        assertEquals("好评率99.9%", NormalizedText.of("好评率 99.9%").text());
    }

    @Test
    void maskKeepsLengthAndOnlyReplacesNumerals() {
        String s = "最后十单，1.5万人，万能";
        String m = NumericPatternRule.mask(s);
        assertEquals(s.length(), m.length());
        assertEquals(NumericPatternRule.MASK, m.charAt(2));
        assertEquals('单', m.charAt(3));
        assertEquals('万', m.charAt(8), "万 stays literal so magnitudes remain explicit");
        assertFalse(m.contains("1"));
        assertEquals("abc", NumericPatternRule.mask("abc"));
    }

    @Test
    void aDisclaimerExcusesItsSentenceButNotAnEvasionThatContainsItsWords() {
        assertEquals(Label.COMPLIANT, check("有湿疹的宝宝建议去医院看看").label());
        assertTrue(check("宝宝湿疹用这个，不用去医院了").isViolation());
    }

    @Test
    void oneFindingPerSpanAndCategoryEvenWhenTwoRulesAgree() {
        Verdict v = check("最后一批了");
        long pressure = v.findings().stream().filter(f -> f.category() == ViolationCategory.PRESSURE_SCARCITY).count();
        assertEquals(1, pressure, v.findings().toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // paraphrased health claims on ordinary goods (fraud-detector/data/paraphrase-dev.tsv)
        "每天喝一杯，孩子一冬天都不感冒|medical_claim|一冬天都不感冒",
        "这款鞋垫穿一个月，O型腿就能矫正过来|medical_claim|O型腿就能矫正",
        "这款牙膏可以修复蛀牙|medical_claim|修复蛀牙",
        "Kids who drink this never catch a cold|medical_claim|never catch a cold",
        "老人吃这个钙片，骨头再也不疼|medical_claim|再也不疼",
        "吃了这个纳豆，血管里的斑块都溶掉了|medical_claim|血管里的斑块都溶掉",
        "喝了这款黑芝麻丸，头发一个月就长出来了|medical_claim|头发一个月就长出来了",
        "吃这个保健品，包你不得癌症|medical_claim|不得癌",
        "孕妇吃了这个，生出来的宝宝更聪明|medical_claim|宝宝更聪明",
        "这款奶粉跟母乳一模一样|efficacy_guarantee|跟母乳一模一样",
        "这款香皂能杀死百分之百的病毒|efficacy_guarantee|百分之百的病毒",
        "厂家直销，比批发价还低|false_price|比批发价还低",
        "这款空气净化器能预防新冠|medical_claim|预防新冠",
        "穿上这个塑身衣，一周腰围小五厘米|efficacy_guarantee|腰围小五厘米",
        "This serum erases wrinkles permanently|efficacy_guarantee|erases wrinkles",
        // a negation does not reach past 还/也/又: 不上头 is negated, 养胃 is claimed
        "我们的白酒喝了不上头还养胃|medical_claim|养胃",
        "我跟你们讲，这个精油抹上，乳腺结节都能散掉|medical_claim|结节都能散掉",
        "这款防晒霜晒一整天都不会黑|efficacy_guarantee|晒一整天都不会黑",
        // a quoted question is excused, the answer is still checked
        "回复：能治脚气吗？能，用三次就断根|efficacy_guarantee|断根",
        "喝了以后皮肤白到发光，一个星期见效|efficacy_guarantee|一个星期见效",
        "It detoxes your liver overnight|medical_claim|detoxes",
        "Hurry, only 2 minutes left before the price triples|pressure_scarcity|2 minutes left before",
        // pinyin mixes of any lexicon term and of co-occurrence words
        "全网zui低价|false_price|全网zui低价",
        "纯天然无副zuo用|efficacy_guarantee|无副zuo用",
        "喝了孩子一冬天都不gan冒|medical_claim|一冬天都不gan冒",
        "zui好用的粉底|absolute_term|zui好用",
        // English words are longer: a Latin co-occurrence gets twice the window
        "Our pillow will fix your back pain for good|medical_claim|fix your back pain",
        "蕞好用的洗面奶|absolute_term|蕞好用",
        "某宝同款卖三百，我们只要三十九|false_price|某宝同款卖",
        "医美级别的效果，在家就能做|medical_claim|医美级别",
        "Approved by the Ministry of Health|false_endorsement|Approved by the Ministry of Health",
        "Our collagen drink makes you look 10 years younger in a month|efficacy_guarantee|look 10 years younger",
        // a digit-grouping comma does not end the clause
        "Trusted by 10,000 dermatologists worldwide|false_endorsement|Trusted by 10,000 dermatologists",
        "The safest baby bottle on the market|absolute_term|safest",
        "这款面膜敷一次，相当于做了十次水光|medical_claim|相当于做了十次水光",
        // blind probe rounds forty and forty-one (written by a tester who had not read the rules)
        "我们后台统计过，十个用过这款面膜的姐妹有九个半都回购了|unverifiable_data|十个用过这款面膜的姐妹有九个",
        "整个行业你都找不出第二家比它更保暖的|absolute_term|找不出第二家",
        "家里老人血糖偏高的每天泡一杯，喝上一阵那个数值就慢慢下来了|medical_claim|血糖偏高的每天泡一杯，喝上一阵那个数值就慢慢下来了",
        "这个灵芝孢子粉可以防ái抗ái的|medical_claim|防ái",
        "报我们的考研课程，保证一次上岸，考不过全额退款。|efficacy_guarantee|保证一次上岸",
        "报我们的课，考不过全额退款|efficacy_guarantee|考不过全额退",
        "Ronaldo trains in these shoes, that's the pair he swears by.|false_endorsement|he swears by",
        "This charging cable never breaks, no matter how hard you bend it.|efficacy_guarantee|never breaks",
        "全网No.1的口红|absolute_term|No.1",
        "这款婴儿睡袋宝宝穿上保证一觉睡到天亮，睡不好全额退款。|efficacy_guarantee|睡不好全额退",
        "Pediatricians at top children's hospitals all use this baby bottle for their own kids.|false_endorsement|Pediatricians at top children's hospitals all use",
        // a repeated question or viewer's claim is excused, the host's own answer is still checked
        "有宝子问能治失眠吗，能治，睡一晚就好|medical_claim|能治",
        "Jess asked if it cures acne, and yes it cures acne!|medical_claim|cures",
        "弹幕说这是顶级大红袍，没错，就是顶级的|absolute_term|顶级",
        // blind rounds forty-six to forty-eight: English hype and Taiwan-style phrasing
        "greatest blender ever made|absolute_term|greatest blender ever made",
        "no cap nothing else even comes close|absolute_term|nothing else even comes close",
        "if you don't lose 5 lbs in your first month on this protein shake I'll refund every penny|efficacy_guarantee|if you don't lose 5 lbs in your first month on this protein shake I'll refund",
        "dermatologists are obsessed, every derm I know uses this|false_endorsement|dermatologists are obsessed",
        "9 out of 10 of our customers reorder, that's just facts chat|unverifiable_data|9 out of 10 of our customers",
        "nine out of ten of our customers reorder|unverifiable_data|nine out of ten of our customers",
        "final batch in existence, once these go you can never buy it again|pressure_scarcity|final batch",
        "這款雞精連衛福部的長官都推薦|false_endorsement|長官都推薦",
        "全台灣有八成的媽媽都在用我們這款洗衣精。|unverifiable_data|成的媽媽",
        "現在不搶，這輩子就再也沒有這個機會了！|pressure_scarcity|再也沒有這個機會",
        // blind rounds forty-nine and fifty: investment returns on goods, appraisals, elderly and children
        "这只翡翠手镯买回去就是保值增值，三年翻一倍|efficacy_guarantee|保值增值",
        "这饼普洱越放越值钱，现在入手，五年后至少涨三倍|efficacy_guarantee|至少涨三倍",
        "故宫的鉴定专家亲自看过这块原石|false_endorsement|专家亲自看过",
        "这只镯子评估价十八万，今天直播间一万八|false_price|评估价",
        "百分之九十九的老顾客都说我们的野生菌比超市的香|unverifiable_data|百分之九十九的老顾客",
        "Doctors at top hospitals recommend this calcium supplement to all their elderly patients.|false_endorsement|hospitals recommend",
        "一罐中老年奶粉都舍不得给他们买，不买就是不孝|pressure_scarcity|不买就是不孝",
        // blind rounds fifty-one and fifty-two: farm inputs, services, sports and toys
        "用我们这款复合肥，每亩至少多收三百斤|efficacy_guarantee|每亩至少多收三百斤",
        "用我们这款复合肥，少收一斤我赔一斤|efficacy_guarantee|少收一斤我赔",
        "Ninety-eight percent of our students pass the road test on their first try.|unverifiable_data|percent of our students",
        "Every orthopedic surgeon I know recommends this exact yoga mat to their patients.|false_endorsement|orthopedic surgeon I know recommends",
        "This puzzle toy is officially recommended by the Ministry of Education.|false_endorsement|recommended by the Ministry",
        "面膜敷完就像打了水光针|medical_claim|水光针",
        // blind round fifty-four: price and urgency tricks
        "仅限前100名，这100个拍完我再给大家加100个名额|pressure_scarcity|前100名，这100个拍完我再给大家加",
        "好，再给大家延长十分钟，倒计时重新开始|pressure_scarcity|倒计时重新开始",
        "我们每天都说今晚是限时价最后一天|pressure_scarcity|每天都说今晚是限时价最后一天",
        "Was $299, now just $49! Honestly we've never sold it at $299.|false_price|never sold it at",
        "0元购！拍下先付399，确认收货后返399，返的是店铺券|false_price|0元购",
        "满300减50，相当于直接打五折，家人们自己算算多划算|false_price|相当于直接打五折",
        // blind rounds fifty-five and fifty-six: meme-speak, disinfection and household goods
        "这瓶精华吊打所有大牌，碾压一切贵妇线|absolute_term|吊打所有",
        "这个卷发棒永不伤发，天天用也不会焦|efficacy_guarantee|永不伤发",
        "This purifier kills airborne viruses and will keep your kids from catching the flu.|medical_claim|kills airborne viruses",
        "这个防霉剂喷一次，墙面十年不会坏，发霉全额退款|efficacy_guarantee|发霉全额退",
        "我们实验室自己测的，光触媒除甲醛率99.8%|unverifiable_data|除甲醛率99.8%",
        "同价位续航最长的耳机|absolute_term|最",
        // blind rounds fifty-seven and fifty-eight: a fresh-food room, Chinese-English code-switching
        "我们的榴莲千层，百分之九十九的姐妹吃完都回来给了好评。|unverifiable_data|百分之九十九的姐妹",
        "这支lipstick Lisa自己都在用this one，她亲自推荐给大家的|false_endorsement|她亲自推荐",
        "我们的repeat customer rate有88%，比other brand高|unverifiable_data|repeat customer rate",
        // blind rounds fifty-nine and sixty: claims told as stories, homophone evasions; 差不多/离不开 negate nothing
        "回购的姐妹差不多十个里面有九个|unverifiable_data|十个里面有九个",
        "以前离不开那个小药瓶，现在抽屉里都落灰了|medical_claim|药瓶，现在抽屉里都落灰",
        "吊牌上那个价你们别当真，今天到手一百九十九|false_price|吊牌上那个价你们别当真",
        "仓库就剩这些了，犹豫的姐妹以后想买都找不到|pressure_scarcity|想买都找不到",
        "我们家这款扫地机器人销量弟一|absolute_term|销量弟一",
        "喝这个代餐七天受十斤|efficacy_guarantee|受十斤",
        "我姑姑这个茶喝了半年，复查的时候医生都惊了|medical_claim|复查的时候医生都惊了",
        "跟别家不一样，这款是全网最好用的|absolute_term|全网最",
        // blind round sixty-one: stories again
        "去年双十一那一晚，这一款光我们一个直播间就走了八十多万单|unverifiable_data|就走了八十多万",
        "吊牌上印的一千二九十九你们别当真，那是我们自己印的|false_price|吊牌上印的一千二九十九你们别当真",
        "好几个老顾客都是抹到第二个礼拜，法令纹自己就浅下去了|efficacy_guarantee|法令纹自己就浅",
        "她家宝宝贴了咱们这个精油贴，这一冬天一趟医院都没跑|medical_claim|一趟医院都没跑",
        // a co-occurrence with flag s reaches across the clauses of one sentence (a story told in several clauses)
        "一个老顾客体检查出来甲状腺上有个结节，喝了半年我们的蒲公英茶，复查B超的时候大夫都找不着了。|medical_claim|B超的时候大夫都找不着了",
        "我爸那个甜的指标，懂的都懂，喝了三个月这个苦荞茶，现在正常了|medical_claim|指标，懂的都懂，喝了三个月这个苦荞茶，现在正常了",
        "Finish the bottle, and if nobody asks what you've been doing differently, send it back and I'll refund every penny.|efficacy_guarantee|if nobody asks what you've been doing differently, send it back and I'll refund",
        "这个是进口的原料，效果是国产的十倍|unverifiable_data|效果是国产的十倍",
        "三分钟后涨价，现在不拍就亏了|pressure_scarcity|三分钟后涨价",
        "宝宝喝了这个益生菌，再也不拉肚子|medical_claim|再也不拉肚子",
        "这个口服液能提高孩子的注意力，成绩提高二十分|medical_claim|孩子的注意力",
        "Reply to Amy: yes, it will clear your acne in a week|medical_claim|clear your acne",
        "It's basically Botox in a bottle|medical_claim|Botox in a bottle",
        "买了不后悔，后悔我给你退双倍|efficacy_guarantee|后悔我给你退双倍",
        "孩子吃了这个钙片，个子一年长十厘米|efficacy_guarantee|一年长十厘米",
        "这款洗面奶控油一整天，油皮用了再也不出油|efficacy_guarantee|再也不出油",
        "这款净化器开着，家里人再也不会得流感|medical_claim|再也不会得流感",
        "喝这个茶，孩子不会得感冒|medical_claim|不会得感冒",
        "买回去皮肤不变白，直接全额退款还送你一瓶|efficacy_guarantee|不变白，直接全额退",
        "用了没效果，找我退钱|efficacy_guarantee|没效果，找我退钱",
        "主播自己用了两年，白头发都变黑了|medical_claim|白头发都变黑",
        "用了三个月，头发都不掉了|medical_claim|头发都不掉了",
        "孩子喝了长个子，一个暑假窜了五厘米|efficacy_guarantee|窜了五厘米",
        "吃了它就不用吃药了|medical_claim|不用吃药",
        "这款枕头是记忆棉的，睡了以后打呼噜都好了|medical_claim|打呼噜都好了",
        "官方旗舰店都卖三百九，我们只要五十九|false_price|旗舰店都卖三百九",
        "这是爱马仕的代工厂出来的，同一条生产线|false_endorsement|同一条生产线",
        "Dermatologists hate this one trick cream|false_endorsement|Dermatologists hate this",
        "足贴贴一晚上，体内湿毒全排出来|medical_claim|湿毒全排",
        "The bamboo charcoal foot pads pull toxins out overnight|medical_claim|pull toxins",
        "这款燕窝孕妇吃了宝宝皮肤白|medical_claim|孕妇吃了宝宝皮肤白",
        "穿上这个塑身衣，腰直接细十厘米|efficacy_guarantee|细十厘米",
        "现在不下单就亏大了|pressure_scarcity|不下单就亏",
        "好评率98%，全网最低价，数据来源：店铺后台|false_price|全网最低价",
        "这是今年卖爆的款，全国卖了两千万瓶|unverifiable_data|卖了两千万",
        "这批是海关罚没的正品，所以才这么便宜|false_price|海关罚没",
        "宝宝用这款洗发水，头发越洗越多越黑|medical_claim|头发越洗越多",
        "This toothpaste reverses cavities and rebuilds enamel|medical_claim|reverses cavities",
        "Olympic athletes use this protein, it's their secret|false_endorsement|athletes use this",
        "这个护眼灯用了，孩子视力从四点八恢复到五点零|medical_claim|视力从四点八恢复到",
        "@丽丽 这个减肥的，你吃一盒试试，不瘦我跟你姓|efficacy_guarantee|不瘦我跟你姓",
        "限時搶購，錯過不再|pressure_scarcity|錯過不再",
        "幫助入睡，一夜好眠到天亮|medical_claim|幫助入睡",
        "喝牛奶片增加骨質密度，長輩必備|medical_claim|增加骨質密度",
        "上班族顧眼睛，就靠這一瓶|medical_claim|顧眼睛",
        "零添加零防腐，吃一辈子都没事|efficacy_guarantee|一辈子都没事",
        "我们的纸巾比医院用的还干净|absolute_term|比医院用的还干净",
        "我们这个是婴儿都能用的，而且用了以后宝宝不长湿疹|medical_claim|宝宝不长湿疹",
        "五百单抢完我就下架了，下次上架至少要等半年|pressure_scarcity|要等半年",
        "狗狗吃了这个关节粉，瘫了的狗都能站起来|medical_claim|瘫了的狗都能站起来",
        "这个甩脂机每天站十分钟，躺着就能瘦|efficacy_guarantee|躺着就能瘦",
        "空气炸锅做出来的东西零油零热量，吃了不长胖|efficacy_guarantee|吃了不长胖",
        "Burn 1000 calories in 10 minutes a day with this vibration plate|efficacy_guarantee|Burn 1000 calories in",
        "这个和田玉手镯戴久了能养人，身体越戴越好|medical_claim|能养人",
        "这个苹果孕妇吃了宝宝眼睛大|medical_claim|孕妇吃了宝宝眼睛大",
        "男士洗面奶，用了痘痘一扫光|efficacy_guarantee|痘痘一扫光",
        "这个精华液涂上去，法令纹直接填平了|efficacy_guarantee|法令纹直接填平",
        "这个防脱洗发水，我老公秃了的地方都长出来了|medical_claim|秃了的地方都长出来",
        "这个美白丸吃了，一个月全身白一个色号|efficacy_guarantee|一个月全身白一个色号",
        "我们零激素，孕妇婴儿都能用|efficacy_guarantee|孕妇婴儿都能用",
        "这个爽肤水能把红血丝修复好，再也不泛红|medical_claim|再也不泛红",
        "这款睫毛液，涂一个月睫毛长一倍|efficacy_guarantee|睫毛长一倍",
        "这款香水男生闻了都会爱上你，百分百桃花运|efficacy_guarantee|桃花运",
        "这款纳豆激酶，血管里的垃圾都能清掉|medical_claim|血管里的垃圾都能清掉",
        "这个黑芝麻丸吃了头发乌黑，白头发都少了|medical_claim|白头发都少了",
        "这个除菌喷雾喷一下，孩子不会被传染|medical_claim|不会被传染",
        "这款洗衣凝珠洗得比全世界任何一款都干净|absolute_term|比全世界任何",
        "这款口罩能防雾霾还能防新冠|medical_claim|能防新冠",
        "这个紧致霜涂上去脸马上小一圈，双下巴没了|efficacy_guarantee|双下巴没了",
        "这支口红用的是食品级原料，吃下去都没关系|efficacy_guarantee|吃下去都没关系",
        "这个面霜用了，老公都说我年轻了十岁|efficacy_guarantee|年轻了十岁",
        "用了三个月，痘印全淡没了|efficacy_guarantee|痘印全淡没",
        "这款洁面慕斯用完草莓鼻彻底没了|efficacy_guarantee|草莓鼻彻底没了",
        "这个护手霜能让手上的老茧全部消失|efficacy_guarantee|老茧全部",
        "这个护发精油用了，头发再也不毛躁|medical_claim|再也不毛躁",
        "厂家直销，比批发市场还便宜一半|false_price|比批发市场还便宜",
        "它在专卖店卖八百多，我这里只要八十|false_price|专卖店卖八百",
        "Original price $299, today only $19.99|false_price|Original price $299",
        "北大医学部的教授亲自配的方子|false_endorsement|教授亲自配",
        "这款手表是某国总统同款|false_endorsement|总统同款",
    })
    void paraphrasedClaimsAreCaughtWithTheirSpan(String text, String category, String span) {
        assertCaughtWithSpan(text, category, span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我对这个颜色真的不感冒，换一个吧",
        "感冒的时候请及时就医，别硬扛",
        "钙片每片含钙300毫克，按包装建议食用",
        "这个膏是护手霜，冬天手干可以用",
        "孩子们都很喜欢这个口味",
        "这个塑身衣面料有弹性，穿着不勒",
        "它也不能治病，就是普通茶饮",
        "这个茶不能降血压，也不能代替药物",
        "回复：能治脚气吗？这是普通洗护产品，不能治疗，有问题请去医院",
        "回复宝宝：老人能吃吗？可以吃，高血压的话先问问医生",
        "Reply: can it cure acne? No, it is a gentle cleanser",
        "这是我们店卖得最好的颜色，黑色",
        "最佳赏味期为开封后七天",
        "This scarf prevents the cold wind from getting in",
        "Experts in our kitchen team recommend washing it by hand",
        "防辐射服是孕妇装款式，纯棉面料",
        "Our best-selling color this month is navy, based on store orders",
        "治愈系的香味，闻着很放松",
        "这条毛巾能吸收两倍的水",
        "袖长60厘米，衣长70厘米",
        "儿童座椅通过了国家3C认证，证书在详情页",
        "Reply to Amy: it's a gentle cleanser; for acne please see a dermatologist",
        "抗菌率检测报告在详情页，检测结果是百分之九十九点九",
        "不喜欢也没关系，支持七天无理由退货",
        "颜色不合适的话，可以申请退款",
        "流感季节出门记得戴口罩，勤洗手",
        "价格是最近三十天的最低到手价，平台有价格记录",
        "益生菌是固体饮料，不能代替药品，肠胃不舒服请就医",
        "白发染黑只要二十分钟，这是染发剂",
        "掉发季用这个梳子，头发不打结",
        "Add one scoop to 200 ml of water",
        "It comes in two sizes and ten colors",
        "Someone often asks if it is ten inches long",
        "旗舰店同款同价，直播间多送一个化妆包",
        "我们家的包是自有品牌，工厂在广州",
        "枕头是记忆棉的，慢回弹，枕套可以拆洗",
        "孕妇装很显瘦，孕妈们聪明的选择",
        "这个净水器能过滤重金属，有检测报告",
        "This cleanser removes dirt and impurities",
        "这款去年双十一卖了三万多单，数据在店铺首页可以看",
        "好评率98%，数据来源：店铺后台评价统计",
        "护眼灯是无频闪的，色温可以调，适合孩子写作业",
        "This toothpaste has fluoride, which helps prevent cavities",
        "牙膏含氟，能帮助预防蛀牙",
        "这款精华是我们店的№1号链接",
        "回复@大熊：这是普通茶叶，高血压请按医生的方案吃药哦",
        "@Lucy for eczema please see a dermatologist, this is just a plain lotion",
        "没效果的话来找客服",
        "这款湿巾是婴儿可用的，无酒精",
        "库存有五百件，卖完就下架了",
        "跑步机最高时速十六公里，可以折叠",
        "这台电脑最高配置是32G内存",
        "不长肉的秘诀是管住嘴",
        "我累瘫了，站起来都难",
        "开车不犯困的小技巧：多休息",
        "这个咖啡提神，早上来一杯",
        "鼻贴用完黑头都去掉了",
        "这款粉底能遮住法令纹，上妆服帖",
        "这个颜色上嘴变粉嫩，很显白",
        "这个刷子越用越好用",
        "这个雨衣能防水，还能防风",
        "口罩能防飞沫和花粉",
        "这件衣服马上就卖没了",
        "一涂就上色，很显气色",
        "这个粉底能遮住暗沉，上脸很自然",
        "眼霜是保湿的，细纹看起来平了一些",
        "这个胶水一次就能修复破洞",
        "我们是厂家自营店，价格比较实在",
        "We price it at $19.99 every day, no coupons needed",
        "这是总统套房同款床品",
        "The president of our company picked this color",
        "模特穿的M码，面料是棉95%加氨纶5%，偏瘦的宝宝可以拍小一码",
        "Made of 95% cotton and 5% spandex",
        "我个人觉得这款乌龙茶第一泡略苦，泡到第三泡最好喝",
        "这个lipstick的色号是ｎｏ.①②③ 砖红色，黄皮也ok",
        "充电最好的办法是用原装充电器，电池衰减会慢一些",
        "这个车载充电器最大支持65瓦快充",
        "有宝子问能治失眠吗，这个就是普通的枕头",
        "@jess asked if the honey can cure her son's cough — no, it's just food",
        "弹幕有人说我们这个猫粮是全网最便宜的，这个我不能认，我只能说今天直播间是89元",
        "弹幕说这是顶级大红袍，我不这么说，这款是国标分级的一级大红袍",
        "Someone in chat says this chew cures bad breath. It doesn't cure anything, it's a chew toy.",
        "这个是宠物喂药器，它本身不含药，也治不了病",
        "今天直播间唯一一款白酒就是这瓶，后面上的都是茶叶",
        "没有副作用这种话我不会说，过敏体质请先看成分",
        "best way to use it is two pumps on damp hair, focus on the ends",
        "this multivitamin is a dietary supplement, it's not meant to diagnose, treat, cure or prevent any disease",
        "這款滴雞精每包六十毫升，營養標示在盒子背面，每包蛋白質八公克。",
        "這款紅麴膠囊是衛福部核可的健康食品，核可功效是有助於降低血中總膽固醇，請勿過量食用。",
        "Our salmon cat treats come 15 sticks a pack, for cats over 3 months.",
        "水光针团购券包含一次基础补水项目，合作机构有医疗机构执业许可证，有效期90天",
        "热玛吉项目要先面诊，由医生判断适不适合做，效果因人而异",
        "对大肠杆菌和金黄色葡萄球菌的杀灭率是99.9%，检测报告编号WJ2023-0815，详情页可以查",
        "This spray's 99.9% kill rate against E. coli comes from test report No. WJ2023-0815.",
        "实验室测试防护时间最长4小时，出汗多要补喷",
        "续航最长可达30小时，快充十分钟听两小时",
        "消毒液使用前要按说明书稀释，千万不要和洁厕灵混用",
        "我同事把这个香薰放在玄关，说进门第一下闻到的是柚子味",
        "他今天走了三万步，这双鞋一点不磨脚",
        // ... but not into the next sentence
        "结节的朋友请先复查。这款茶就是普通饮品，喝完口感都回来了",
    })
    void everydayLinesNearThoseClaimsStayCompliant(String text) {
        Verdict v = check(text);
        assertFalse(v.isViolation(), () -> text + " -> " + v.findings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "不吹不黑全网最低价|4|9|false_price",
        "毫不夸张全网最低价|4|9|false_price",
        "说实话不夸张，全网最低价|7|12|false_price",
        "不骗你们三天见效|4|8|efficacy_guarantee",
        "没骗你三天见效|3|7|efficacy_guarantee",
        "不信你试试三天见效|5|9|efficacy_guarantee",
        "不用犹豫全网最低价|4|9|false_price",
    })
    void hedgesWithANegationWordDoNotExcuseTheClaimAfterThem(String text, int start, int end, String category) {
        Verdict v = check(text);
        assertEquals(Label.VIOLATION, v.label(), () -> text + " -> " + v.findings());
        assertTrue(v.findings().stream().anyMatch(f -> f.span().equals(new Span(start, end, text.substring(start, end)))
                && f.category().id().equals(category)), () -> text + " -> " + v.findings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "本品不代表能治病",
        "不会让你三天见效",
        "这款不能帮你根治鼻炎，只是日常护理",
    })
    void denialsThroughPronounsAndLinkingVerbsStayCompliant(String text) {
        Verdict v = check(text);
        assertFalse(v.isViolation(), () -> text + " -> " + v.findings());
    }

    @Test
    void aNegationInsideAnotherFindingExcusesNothingAfterIt() {
        Verdict v = check("It never breaks — 100% unbreakable");
        List<String> spans = v.findings().stream().map(f -> f.span().text()).collect(Collectors.toList());
        assertTrue(spans.contains("unbreakable"), () -> spans.toString());
    }

    /**
     * A negation word that belongs to a phrase another rule reports is part of that claim, not a denial of the
     * term next to it: "won't" in the co-occurrence finding "won't get sick" does not excuse the lexicon's
     * "the best", "No" in the lexicon finding "No side effects" does not excuse a co-occurrence claim, and 不 in
     * "再也不失眠" (never again insomnia) does not reach on over 失眠 to excuse 全网最低价.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Your kids won't get sick with the best vitamin|the best|absolute_term",
        "Kids never get sick with the best vitamin|the best|absolute_term",
        "No side effects and dermatologists all use it|dermatologists all use it|false_endorsement",
        "我妈喝了再也不失眠 全网最低价|全网最低价|false_price",
    })
    void aNegationInsideAnotherRulesFindingExcusesNothing(String text, String span, String category) {
        assertCaughtWithSpan(text, category, span);
    }

    /** 别 inside a word where it means "other" or "apart" (特别, 级别, 分别, 告别) is not "don't". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "这款特别能治失眠|能治|medical_claim",
        "特别是全网最低价|全网最低价|false_price",
        "这个级别能治颈椎病|能治|medical_claim",
        "分别是全网最低价和包邮|全网最低价|false_price",
    })
    void wordsHoldingBieAreNotNegations(String text, String span, String category) {
        assertCaughtWithSpan(text, category, span);
    }

    /**
     * 个 after a demonstrative or a number is a measure word, so the 别 after it is "don't", not the 别 of 个别
     * (a few): 那个别信是全网最低价 (that one, don't believe it is the lowest price) denies the claim.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "那个别信是全网最低价", "这个别说治病", "这个别说是全网最低价，我们不这么讲", "买一个别说能治病，它就是个枕头",
    })
    void bieAfterAMeasureWordGeStillNegates(String text) {
        Verdict v = check(text);
        assertEquals(Label.COMPLIANT, v.label(), () -> text + " -> " + v.findings());
    }

    /** A genuine denial next to a flagged phrase that holds a negation of its own still excuses its term. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "No side effects, and it does not cure acne|No side effects",
        "没有副作用，也不能根治鼻炎|没有副作用",
        "Your kids won't get sick, but this vitamin does not cure anything|won't get sick",
    })
    void aDenialBesideAFlaggedNegationStillExcusesItsTerm(String text, String onlySpan) {
        Verdict v = check(text);
        assertEquals(List.of(onlySpan), v.findings().stream().map(f -> f.span().text()).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "它不能治病，就是普通茶饮", "不含激素", "它并不能根治鼻炎", "我不敢说全网最低，但是今天确实有券",
        "虽然说不上是最便宜的，但品质很稳定", "这款益生菌是普通食品，不宣称任何治疗作用", "这个没有经过临床试验，我们不做功效宣传",
        "It never claims to cure anything", "This does not cure acne", "别说能治病，它就是普通茶饮",
    })
    void negationsThatGovernTheTermStillExcuseIt(String text) {
        Verdict v = check(text);
        assertEquals(Label.COMPLIANT, v.label(), () -> text + " -> " + v.findings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "质量不差\\n全网最低价|5|10|false_price",
        "今天没空\\n明天三天见效|7|11|efficacy_guarantee",
        "别着急\\n三天见效|4|8|efficacy_guarantee",
        "身体不适请就医\\n三天见效|8|12|efficacy_guarantee",
    })
    void aLineBreakEndsTheContextOfTheLineBefore(String escaped, int start, int end, String category) {
        String text = escaped.replace("\\n", "\n");
        Verdict v = check(text);
        assertEquals(Label.VIOLATION, v.label(), () -> text + " -> " + v.findings());
        Finding f = v.findings().get(0);
        assertEquals(new Span(start, end, text.substring(start, end)), f.span());
        assertEquals(category, f.category().id());
    }

    @Test
    void aTermSplitAcrossALineBreakIsStillFound() {
        Verdict v = check("三天见\n效");
        assertEquals(List.of(new Span(0, 5, "三天见\n效")), v.findings().stream().map(Finding::span).collect(Collectors.toList()));
        NormalizedText t = NormalizedText.of("质量不差\n全网最低价");
        assertEquals("质量不差全网最低价", t.text());
        assertTrue(t.lineBreakBefore(4));
        assertFalse(t.lineBreakBefore(3));
    }
}
