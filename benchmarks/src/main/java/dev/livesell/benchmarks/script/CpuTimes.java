package dev.livesell.benchmarks.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time the benchmark thread spends per operation, next to JMH's wall-clock figures: on a shared
 * machine the wall clock includes time spent waiting for a core, the thread's CPU time does not. Work
 * done on other threads (ONNX Runtime's intra-op pool) is not counted. Not thread-safe: one per benchmark thread.
 */
final class CpuTimes {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private long[] samples = new long[4096];
    private int size;

    long start() {
        return MX.getCurrentThreadCpuTime();
    }

    void stop(long start) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = MX.getCurrentThreadCpuTime() - start;
    }

    void reset() {
        size = 0;
    }

    /** {@code cpu ms/op: mean 1.234 p50 1.100 p99 2.345 (n=100)}. */
    String summary() {
        if (size == 0) {
            return "cpu ms/op: no samples";
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "cpu ms/op: mean %.3f p50 %.3f p99 %.3f (n=%d)", mean, at(sorted, 0.50) / 1e6,
                at(sorted, 0.99) / 1e6, size);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
