package dev.livesell.script.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a live comment's intent with ordered keyword patterns (Chinese and English): abusive and
 * medical first (they change how to answer), then offer questions, then product questions; a remaining question is a
 * general product question, anything else is off-topic. Latin tokens match whole words only ({@code sb} is not
 * in {@code USB}); Chinese terms have context exceptions as the fraud lexicon does (滚筒, 贵妃, 毛病); medical
 * means disease or body terms ({@code 效果} alone, as in 降噪效果, is a product question). Immutable and thread-safe.
 *
 * <p>Example: {@code new CommentIntentClassifier().classify("这个适合敏感肌吗")} → {@code USAGE}
 */
public final class CommentIntentClassifier {
    private record Rule(CommentIntent intent, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(CommentIntent.ABUSIVE, "骗子|垃圾|傻[逼比bB]|(?<![a-z])sb(?![a-z])|滚(开|蛋|吧|远点|出去)|给我滚|^滚[!！。.]*$|智商税|割韭菜|去死|恶心|坑人|骗人|\\bscam\\b|\\bidiot|\\bstupid|\\bshut up|\\bfraud\\b|\\bgarbage\\b"),
            rule(CommentIntent.MEDICAL, "治(?!安)|疗效|疗程|(?<!毛)病|癌|药|医生|医院|孕妇|孕期|怀孕|哺乳|备孕|湿疹|皮炎|血压|血糖|血脂|痛风|失眠|消炎|抗炎|祛痘|美白|祛斑|淡斑|抗衰|去皱|除皱|生发|防脱|"
                    + "减肥|瘦身|排毒|副作用|见效|增强免疫|免疫力|降[压糖脂]|疼|痛(?!点)|发烧|(身体|孩子|宝宝|人)发热|感冒|咳嗽|"
                    + "(效果|功效).{0,6}(皮肤|脸|痘|斑|皱|头发|脱发|身体|睡眠|体重|血)|(皮肤|脸|痘|斑|皱|头发|脱发|身体|睡眠|体重|血).{0,6}(效果|功效)|"
                    + "\\bcure|\\btreat|\\bpain\\b|\\bheadache|\\bfever|\\bdisease|\\bdoctor|\\bpregnan|\\bmedic|\\bside effect|\\bheal|\\bacne\\b|\\bweight loss|\\bdoes it work"),
            rule(CommentIntent.PRICE, "多少钱|价格|几块|什么价|到手价|便宜|优惠|券|折扣|打折|(?<![宝富名珍])贵(?![妃州阳宾族人])|划算|满减|叠加|满\\d+减|元吗|块吗|"
                    + "\\bprice|\\bhow much(?!\\s+(does|can|will)\\s+it\\s+(hold|weigh|fit|carry))|\\bcost|\\bcoupon|\\bdiscount|\\bcheap|\\bexpensive|\\bdeal\\b"),
            rule(CommentIntent.STOCK, "库存|有货|没货|还有吗|还有没有|补货|断货|卖完|抢不到|拍不到|几单|多少件|\\bin stock|\\bsold out|\\brestock|\\bavailable\\b|\\bany left"),
            rule(CommentIntent.SHIPPING, "发货|快递|物流|包邮|几天到|多久到|运费|配送|顺丰|偏远|\\bship|\\bdeliver|\\bpostage|\\bfreight"),
            rule(CommentIntent.AFTER_SALES, "退货|退款|换货|退换|售后|保修|质保|坏了|破损|运费险|七天|无理由|赔|坏果|烂果|\\breturn|\\brefund|\\bwarranty|\\bexchange|\\bbroken"),
            rule(CommentIntent.COMPARISON, "和.{0,12}(比|区别|哪个)|跟.{0,12}(比|区别|哪个)|哪个好|哪款好|区别|对比|相比|不如|比.{0,8}好|"
                    + "\\bvs\\.?\\b|\\bversus|\\bcompare|\\bdifference|\\bbetter than"),
            rule(CommentIntent.USAGE, "几岁|多大的?(孩子|宝宝|小孩|儿童)|年龄|月龄|\\bhow old|\\bwhat age"),
            rule(CommentIntent.SIZE, "尺码|尺寸|多大|大小|码数|几码|身高|体重|多长|多宽|多高|多重|容量|净含量|几克|多少克|多少毫升|规格|斤|"
                    + "\\bsize|\\bfit\\b|\\bhow big|\\bdimension|\\bweight\\b|\\bheavy|\\bweigh\\b|\\bcapacity|\\bvolume|\\bhow much does it hold"),
            rule(CommentIntent.MATERIAL, "材质|面料|成分|配料|原料|什么做的|材料|纯棉|真金|纯金|足金|真皮|真丝|含不含|有没有添加|添加剂|"
                    + "\\bmaterial|\\bfabric|\\bingredient|\\bmade of|\\bcotton|\\breal (gold|silver|leather|silk)"),
            rule(CommentIntent.USAGE, "怎么用|用法|使用|怎么吃|怎么穿|怎么洗|适合|适用|能用吗|可以用吗|能不能用|能吃吗|可以吃吗|能喷|能涂|能敷|能洗|机洗|多久用一次|几天.{0,3}一次|怎么处理|敏感肌|油皮|干皮|混油|"
                    + "老人|小孩|儿童|宝宝|男生|女生|学生|保质期|储存|保存|\\bhow to use|\\bhow do i|\\bsuitable|\\bsensitive skin|\\bkids?\\b|\\bcan i use"));

    private static Rule rule(CommentIntent intent, String regex) {
        return new Rule(intent, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** The intent of a comment; blank or unmatched text is {@link CommentIntent#OFF_TOPIC}. */
    public CommentIntent classify(String comment) {
        if (comment == null || comment.isBlank()) {
            return CommentIntent.OFF_TOPIC;
        }
        String text = Normalizer.normalize(comment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.pattern().matcher(text).find()) {
                return r.intent();
            }
        }
        return QUESTION.matcher(text).find() ? CommentIntent.PRODUCT_INFO : CommentIntent.OFF_TOPIC;
    }

    private static final Pattern QUESTION = Pattern.compile(
            "[?？]|吗|呢|(\\p{IsHan})不\\1|谁|怎么|什么|多少|多久|多长|如何|咋|几[个天时点号岁]|哪[里个儿些款]|能不能|有没有|是不是|会不会|可不可以|\\b(is|are|does|do|can|will|how|what|which|where|when|who)\\b");
}
