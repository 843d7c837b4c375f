package dev.livesell.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.livesell.core.InvalidValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChunkedTasksTest {
    @Test
    void everyIndexIsHandledExactlyOnceAcrossTheChunks() {
        int[] hits = new int[1000];
        ChunkedTasks.run("test", 2, 7, (chunk, chunks) -> {
            for (int i = chunk; i < hits.length; i += chunks) {
                hits[i]++;
            }
        });
        int[] once = new int[1000];
        Arrays.fill(once, 1);
        assertArrayEquals(once, hits);
    }

    @Test
    void aFailingPartRethrowsItsOwnException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChunkedTasks.run("test", 2, 4, (chunk, chunks) -> {
                    if (chunk == 3) {
                        throw new IllegalArgumentException("bad row 3");
                    }
                }));
        assertEquals("bad row 3", e.getMessage());
    }

    @Test
    void zeroThreadsIsATypedError() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ChunkedTasks.run("test", 0, 4, (chunk, chunks) -> { }));
        assertEquals("threads", e.field());
    }
}
