package dev.livesell.benchmarks.recommend;

import dev.livesell.recommend.RecommendOptions;
import dev.livesell.recommend.Recommendation;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Top-10 for one viewer over a 100,000-item catalogue: a sparse item-kNN model (100 neighbours per item),
 * an iALS factor model (32 factors) and the graph low-pass filter with the 20 eigenvectors the ratio default
 * uses at this size, trained on a synthetic Zipf-skewed log (300,000 viewers × 8
 * events). Reports sample-time percentiles (look at p0.99).
 *
 * <p>Run: {@code java -jar benchmarks/target/livesell-benchmarks.jar TopKRecommendBenchmark -p model=itemknn}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TopKRecommendBenchmark {
    @Param({"itemknn", "ials", "lowpass"})
    public String model;

    private Recommender recommender;
    private History[] viewers;
    private int next;
    private final RecommendOptions options = RecommendOptions.defaults().withExplain(false);

    @Setup(Level.Trial)
    public void setUp() {
        int items = 100_000;
        Random r = new Random(1);
        double[] cdf = zipfCdf(items, 0.8);
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int i = 0; i < items; i++) {
            b.addItem("p" + i);
        }
        long t = 0;
        for (int u = 0; u < 300_000; u++) {
            int anchor = sample(cdf, r);
            for (int s = 0; s < 8; s++) {
                // neighbours of the anchor in id space, so co-occurrence has structure
                int it = r.nextDouble() < 0.6 ? Math.floorMod(anchor + r.nextInt(50) - 25, items) : sample(cdf, r);
                b.add("v" + u, "p" + it, t++, 1f, null);
            }
        }
        InteractionMatrix data = b.build();
        recommender = switch (model) {
            case "ials" -> Recommenders.ials().factors(32).iterations(3).fit(data);
            // the eigenvectors the ratio default gives a catalogue of this size
            case "lowpass" -> Recommenders.lowPass().factors(Recommenders.lowPassFactors(items)).fit(data);
            default -> Recommenders.itemKnn().neighbours(100).fit(data);
        };
        viewers = new History[1024];
        for (int v = 0; v < viewers.length; v++) {
            viewers[v] = data.history(r.nextInt(data.numUsers()));
        }
    }

    @Benchmark
    public List<Recommendation> top10() {
        History h = viewers[next++ & (viewers.length - 1)];
        return recommender.recommend(h, 10, options);
    }

    private static double[] zipfCdf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int sample(double[] cdf, Random r) {
        int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
        return i >= 0 ? i : Math.min(cdf.length - 1, -i - 1);
    }
}
