package dev.livesell.benchmarks.script;

import dev.livesell.core.Catalog;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.Product;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptRequest;
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
 * A 30-minute offline script for 10 products, compliance gate included (target ≤ 50 ms). Each iteration
 * also prints the benchmark thread's CPU time per script ({@link CpuTimes}).
 * Run: {@code java -jar benchmarks/target/livesell-benchmarks.jar OfflineScriptBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OfflineScriptBenchmark {
    private ScriptGenerator generator;
    private ScriptRequest request;
    private long seed;
    private final CpuTimes cpu = new CpuTimes();

    @Setup
    public void setUp() {
        Catalog catalog = BenchmarkCatalog.load();
        generator = ScriptGenerator.offline();
        ScriptRequest.Builder b = ScriptRequest.builder().minutes(30).style(PersonaStyle.ENERGETIC);
        for (Product p : catalog.products().subList(0, 10)) {
            b.add(p, catalog.offer(p.id()).orElse(null));
        }
        request = b.build();
    }

    @Setup(Level.Iteration)
    public void resetCpu() {
        cpu.reset();
    }

    /** Prints the benchmark thread's CPU time per script for the iteration (the wall clock includes waiting for a core). */
    @TearDown(Level.Iteration)
    public void printCpu() {
        System.out.println("tenProductScript " + cpu.summary());
    }

    @Benchmark
    public LiveScript tenProductScript() {
        long t = cpu.start();
        ScriptRequest r = new ScriptRequest(request.items(), request.host(), request.style(), request.language(), request.length(),
                seed++, request.title());
        LiveScript s = generator.generate(r);
        cpu.stop(t);
        return s;
    }
}
