package dev.livesell.benchmarks.live;

import dev.livesell.core.Category;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import dev.livesell.recommend.query.QueryAnswer;
import dev.livesell.recommend.query.QueryRecommender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ask} on a synthetic 10,000-product catalog with cached catalog embeddings (bge-small-zh-v1.5,
 * in-process): every request is distinct, so its embedding is computed each call (query embedding
 * included). Report p99 of the sample-time mode (target ≤ 30 ms). The first run embeds the catalog
 * (minutes) into {@code target/ask-bench-cache}; later runs read the cache.
 * Run: {@code java -jar benchmarks/target/livesell-benchmarks.jar AskBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AskBenchmark {
    private static final List<String> REQUESTS = List.of("防晒霜 油皮 200元以内", "送妈妈的生日礼物 三百左右", "running shoes under $80",
            "追剧零食 不要坚果", "宝宝纸尿裤", "办公室提神的咖啡", "冬天保暖 五百以内", "降噪耳机", "洗发水 油头", "老人补钙");

    @Param("10000")
    int products;

    private QueryRecommender recommender;
    private int next;

    /** A deterministic synthetic catalog: category × brand × attribute combinations with prices. */
    static InMemoryCatalog syntheticCatalog(int n) {
        String[][] cats = {{"护肤", "防晒"}, {"护肤", "面霜"}, {"美妆", "口红"}, {"食品", "零食"}, {"食品", "咖啡"}, {"生鲜", "水果"},
                {"保健食品", "钙片"}, {"服饰", "羽绒服"}, {"运动户外", "跑步鞋"}, {"数码", "耳机"}, {"家居", "保温杯"}, {"日用", "纸品"},
                {"日用", "洗发水"}, {"母婴", "纸尿裤"}};
        String[] adjectives = {"清爽", "滋润", "轻薄", "加厚", "大容量", "便携", "经典", "升级款", "礼盒装", "家庭装", "男士", "女士"};
        String[] tags = {"学生党", "送妈妈", "油皮", "干皮", "夏季", "冬季", "办公室", "宝妈", "健身", "送礼"};
        Random r = new Random(42);
        List<Product> ps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] c = cats[r.nextInt(cats.length)];
            String title = "品牌" + (i % 300) + " " + adjectives[r.nextInt(adjectives.length)] + c[1] + " " + (1 + r.nextInt(500)) + "g";
            ps.add(Product.builder("b-" + i).title(title).category(Category.of(RegulatedClass.GENERAL, c))
                    .tag(tags[r.nextInt(tags.length)]).tag(tags[r.nextInt(tags.length)])
                    .listPrice(Money.cny(String.valueOf(9 + r.nextInt(990)))).build());
        }
        return InMemoryCatalog.of(ps);
    }

    @Setup
    public void setUp() {
        recommender = QueryRecommender.builder(syntheticCatalog(products)).cacheDir(Path.of("target", "ask-bench-cache")).build();
        recommender.warmUp();
    }

    /** A distinct request each call (its embedding is computed), parsed, retrieved, filtered and ranked. */
    @Benchmark
    public QueryAnswer askDistinctRequest() {
        int i = next++;
        return recommender.ask(REQUESTS.get(i % REQUESTS.size()) + " " + (i / REQUESTS.size()), null, 10);
    }
}
