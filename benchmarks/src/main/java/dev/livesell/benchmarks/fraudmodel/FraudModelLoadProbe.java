package dev.livesell.benchmarks.fraudmodel;

import dev.livesell.fraud.model.BgeFraudModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Measures, in a fresh JVM, the time to load the shipped fraud model (bge-small-zh ONNX session, DJL
 * tokenizer, head with checksum check) up to the first score, and the heap in use afterwards (after GC).
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks/target/livesell-benchmarks.jar dev.livesell.benchmarks.fraudmodel.FraudModelLoadProbe}
 */
public final class FraudModelLoadProbe {
    private FraudModelLoadProbe() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        BgeFraudModel m = BgeFraudModel.shipped();
        long t1 = System.nanoTime();
        double p = m.score("用了以后痘痘全没了").violation();
        long t2 = System.nanoTime();
        System.gc();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long heap = mem.getHeapMemoryUsage().getUsed();
        long nonHeap = mem.getNonHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "model=%s load_ms=%.0f first_score_ms=%.0f load_to_first_score_ms=%.0f "
                        + "heap_used_mb=%.1f non_heap_mb=%.1f max_heap_mb=%.0f p=%.3f%n",
                m.version(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, heap / 1048576.0, nonHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, p);
    }
}
