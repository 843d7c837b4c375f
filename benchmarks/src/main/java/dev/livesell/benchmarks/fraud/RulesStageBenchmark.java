package dev.livesell.benchmarks.fraud;

import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the fraud-detector's rules stage (normalization, lexicon + co-occurrence + numeric-pattern
 * rules, scoring and rewrite; no product facts, no model) on realistic ~30-character host lines, about half of
 * them violations, some disguised (full-width, separators, Traditional). One thread; ops/s = claims/s.
 *
 * <p>Run: {@code nice java -jar benchmarks/target/livesell-benchmarks.jar RulesStageBenchmark -f 1 -wi 2 -w 5s -i 3 -r 5s -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(1)
public class RulesStageBenchmark {
    /** 32 lines, 20–40 characters each. */
    static final List<String> LINES = List.of(
            "宝宝们晚上好，欢迎来到直播间，今天给大家带来几款秋冬新品",
            "这件外套是M码，身高一米六体重一百斤左右可以穿哦",
            "下单后四十八小时内发货，顺丰包邮，偏远地区需要补运费",
            "最近天气干燥，这款面霜质地比较滋润，干皮的宝宝可以试试",
            "今天第一款产品是这个保温杯，三百一十六不锈钢内胆",
            "这款面膜一盒十片，建议一周用两到三次，效果因人而异",
            "领券后到手价八十九元，满三百减四十，可以和店铺券叠加",
            "保健食品不是药物，不能代替药物治疗疾病，请按说明书食用",
            "这个苹果是烟台的，脆甜多汁，坏果包赔，拍照联系客服就行",
            "面料是百分之六十五涤纶，百分之三十五棉，可以机洗不起球",
            "第一次来直播间的宝宝点个关注，我们每天晚上八点开播",
            "敏感肌的宝宝建议先在耳后试用，如果过敏请立即停用",
            "This jacket comes in sizes S to XL and ships within two days.",
            "我自己用了两个月，感觉皮肤没那么干了，大家可以参考一下",
            "最后再看一下这个细节，走线很整齐，做工真的很扎实",
            "口味有原味、海苔味和芝士味三种，今天拍两件打九折",
            "这是全网最好用的面霜，没有之一，姐妹们赶紧冲",
            "这个面霜能消炎祛痘，修复激素脸，湿疹也能治好的",
            "喝这个茶能降血糖降血压，糖尿病人也可以放心喝",
            "百分之百有效，无效全额退款，用了永不反弹真的",
            "三天就能看到效果，七天白一个度，一抹就白立刻见效",
            "央视推荐的品牌，三甲医院皮肤科主任都在推荐的",
            "原价一千二，今天直播间只要一百九十九，全网最低价",
            "好评率百分之九十九，回购率高达百分之八十，放心拍",
            "最后三单了，抢完就没了，仅此一次以后再也没有这个价",
            "全網最*佳的精華液，ｎｏ．１，明星同款大家都在用",
            "这款酵素可以排毒养颜，清理肠道垃圾，三天瘦五斤",
            "Doctors recommend it, and it cures acne in 7 days guaranteed.",
            "祖传秘方，老中医推荐，专治颈椎病腰椎病关节炎",
            "国家级非遗工艺，行业第一品牌，假一赔十正品保证",
            "已经有八百万人在用了，每三个人就有一个在用它",
            "这款减肥茶能燃烧脂肪，躺着就能瘦，不节食不运动");

    private FalseAdDetector detector;
    private Claim[] claims;
    private int next;

    @Setup
    public void setUp() {
        detector = FalseAdDetector.builder().stages(EnumSet.of(Stage.RULES)).build();
        claims = new Claim[LINES.size()];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = Claim.of(LINES.get(i));
        }
        detector.check(claims[0]);
    }

    @Benchmark
    public Verdict checkOneClaim() {
        Claim c = claims[next];
        next = (next + 1) & (claims.length - 1);
        return detector.check(c);
    }
}
