package dev.livesell.benchmarks.script;

import dev.livesell.core.Catalog;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.script.answer.CommentAnswer;
import dev.livesell.script.answer.CommentResponder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answering one live comment with cached fact embeddings (bge-small-zh-v1.5 in-process): distinct comments
 * (each embedded) and repeated ones. Report p99 of the sample-time mode (target ≤ 20 ms). Each iteration also
 * prints the benchmark thread's CPU time per answer ({@link CpuTimes}; ONNX Runtime's own threads are not counted).
 * Run: {@code java -jar benchmarks/target/livesell-benchmarks.jar CommentResponderBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CommentResponderBenchmark {
    private static final List<String> COMMENTS = List.of("这个适合敏感肌吗", "是哪里生产的？", "多少钱", "上脸会油吗",
            "孕妇能用吗", "有没有小样", "和别家比哪个好", "什么时候发货", "还有货吗", "能用多久");

    private CommentResponder responder;
    private List<Product> products;
    private Catalog catalog;
    private int next;
    private final CpuTimes distinctCpu = new CpuTimes();
    private final CpuTimes repeatedCpu = new CpuTimes();

    @Setup(Level.Iteration)
    public void resetCpu() {
        distinctCpu.reset();
        repeatedCpu.reset();
    }

    /** Prints the benchmark thread's CPU time per answer for the iteration (only the benchmark that ran has samples). */
    @TearDown(Level.Iteration)
    public void printCpu() {
        System.out.println("answerDistinctComment " + distinctCpu.summary() + " | answerRepeatedComment " + repeatedCpu.summary());
    }

    @Setup
    public void setUp() {
        catalog = BenchmarkCatalog.load();
        products = catalog.products().subList(0, 10);
        responder = CommentResponder.builder().build();
        for (Product p : products) {
            responder.prepare(p, catalog.offer(p.id()).orElse(null));
        }
    }

    /** Every comment is new (its embedding is computed): the worst case. */
    @Benchmark
    public CommentAnswer answerDistinctComment() {
        int i = next++;
        Product p = products.get(i % products.size());
        Offer o = catalog.offer(p.id()).orElse(null);
        long t = distinctCpu.start();
        CommentAnswer a = responder.answer(COMMENTS.get((i / products.size()) % COMMENTS.size()) + " #" + i, p, o);
        distinctCpu.stop(t);
        return a;
    }

    /** Comments repeat, as they do in a live room (comment embeddings come from the responder's cache). */
    @Benchmark
    public CommentAnswer answerRepeatedComment() {
        int i = next++;
        Product p = products.get(i % products.size());
        Offer o = catalog.offer(p.id()).orElse(null);
        long t = repeatedCpu.start();
        CommentAnswer a = responder.answer(COMMENTS.get((i / products.size()) % COMMENTS.size()), p, o);
        repeatedCpu.stop(t);
        return a;
    }
}
