package dev.livesell.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.script.plan.SessionPlanner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {
    @Test
    void durationsAddUpExactlyForManyLengthsAndLineups() {
        for (int minutes : new int[] {1, 2, 7, 30, 45, 120}) {
            for (int products = 1; products <= 12; products++) {
                List<SessionPlanner.Slot> slots = SessionPlanner.plan(Duration.ofMinutes(minutes), products);
                Duration sum = slots.stream().map(SessionPlanner.Slot::duration).reduce(Duration.ZERO, Duration::plus);
                assertEquals(Duration.ofMinutes(minutes), sum, minutes + " min, " + products + " products");
                assertTrue(slots.stream().noneMatch(s -> s.duration().isNegative()));
            }
        }
    }

    @Test
    void productBlocksGetEqualTimeWithinOneSecondAndEveryPart() {
        List<SessionPlanner.Slot> slots = SessionPlanner.plan(Duration.ofMinutes(30), 4);
        long[] perBlock = new long[6];
        for (SessionPlanner.Slot s : slots) {
            perBlock[s.block()] += s.duration().toSeconds();
        }
        for (int b = 2; b <= 4; b++) {
            assertTrue(Math.abs(perBlock[b] - perBlock[1]) <= 1, "block " + b);
        }
        assertEquals(SegmentType.of(SegmentType.Block.PRODUCT).size() * 4,
                slots.stream().filter(s -> s.type().block() == SegmentType.Block.PRODUCT).count());
        assertTrue(perBlock[0] > 0 && perBlock[5] > 0, "warm-up and closing have time");
    }

    @Test
    void pushToBuyCarriesPinLinkCue() {
        assertTrue(SessionPlanner.plan(Duration.ofMinutes(10), 1).stream()
                .filter(s -> s.type() == SegmentType.PUSH_TO_BUY).allMatch(s -> s.cues().contains(StageCue.PIN_LINK)));
    }
}
