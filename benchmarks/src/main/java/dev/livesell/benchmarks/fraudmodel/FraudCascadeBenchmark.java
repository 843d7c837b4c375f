package dev.livesell.benchmarks.fraudmodel;

import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.model.EmbeddingFalseAdModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full fraud cascade (normalize → rules → facts → bge-small-zh embedding → trained head) on live-stream
 * style claims of ~15–30 characters. {@code cascadeBatched}: claims/s with {@code checkAll} on a batch
 * of {@value #BATCH} (the embedding model spreads a batch over the cores). {@code singleClaim}: latency
 * distribution of one {@code check} (read p0.99 from the SampleTime output).
 *
 * <p>Run: {@code java -jar benchmarks/target/livesell-benchmarks.jar FraudCascadeBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class FraudCascadeBenchmark {
    static final int BATCH = 64;
    static final List<String> CLAIMS = List.of(
            "用了以后痘痘全没了，家人们赶紧拍", "吃完血糖就稳了，糖友放心吃", "家人们晚上好，欢迎来到直播间",
            "领券后到手价89元，满300减40", "全网最低价，错过再等一年", "三号链接已经上架了，尺码表在详情页",
            "这款面霜三天见效，无效退款", "央视推荐的品牌，医生都在用", "库存两千单，卖完下链接",
            "最近天气干燥，大家注意补水", "这款是纯棉面料，标签给大家看一下", "最后一批，以后再也买不到了",
            "This cream cures eczema in three days.", "The size chart is on the product page.",
            "喝了一个月三高都下来了", "99%的用户都说好，回购率第一");

    FalseAdDetector detector;
    List<Claim> batch;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        detector = FalseAdDetector.builder().model(EmbeddingFalseAdModel.shipped()).build(); // manifest's thresholds
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            // vary the text so no cache can help: append the index
            batch.add(Claim.of(CLAIMS.get(i % CLAIMS.size()) + (i >= CLAIMS.size() ? "，" + i + "号" : "")));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Verdict> cascadeBatched() {
        return detector.checkAll(batch);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Verdict singleClaim() {
        Claim c = batch.get(next);
        next = (next + 1) % BATCH;
        return detector.check(c);
    }
}
