package dev.livesell.recommend;

import dev.livesell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a loop split into {@code chunks} interleaved parts on a short-lived pool of daemon threads and waits
 * for all of them; part {@code c} handles indices {@code c, c + chunks, c + 2·chunks, ...}. Training (item-item
 * rows, sparse EASE columns, iALS half-steps) and evaluation use it. A part's {@link RuntimeException} is
 * rethrown as is; interruption restores the flag and fails with {@link IllegalStateException}.
 *
 * <p>Example: {@code ChunkedTasks.run("livesell-eval", 2, 16, (c, n) -> { for (int q = c; q < size; q += n) ... });}
 *
 * <p>Stateless and thread-safe.
 */
public final class ChunkedTasks {
    private ChunkedTasks() {
    }

    /** One part of the loop: {@code chunk} of {@code chunks}. */
    @FunctionalInterface
    public interface Part {
        void run(int chunk, int chunks);
    }

    /** Runs {@code part} for every chunk in {@code [0, chunks)} on {@code threads} threads named {@code threadName}. */
    public static void run(String threadName, int threads, int chunks, Part part) {
        if (threads < 1) {
            throw new InvalidValueException("threads", "must be at least 1", threads);
        }
        if (chunks < 1) {
            throw new InvalidValueException("chunks", "must be at least 1", chunks);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                final int chunk = c;
                fs.add(pool.submit(() -> part.run(chunk, chunks)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(threadName + " interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
