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

    @Test
    void theMinimumLengthIsCountedInSecondsAndHoldsForEveryLongerLength() {
        // one product: a 1:00 session leaves its block 51 s; 1:10 leaves 59 s; from 1:11 on it is never short
        assertEquals(Duration.ofSeconds(71), SessionPlanner.minimumLength(1));
        assertEquals(Duration.ofSeconds(347), SessionPlanner.minimumLength(5));
        assertEquals("1:11", SessionPlanner.minutesAndSeconds(SessionPlanner.minimumLength(1)));
        for (int products = 1; products <= 12; products++) {
            long min = SessionPlanner.minimumLength(products).toSeconds();
            assertTrue(shortestBlock(min - 1, products) < 60, products + " products: " + (min - 1) + " s is short");
            for (long t = min; t <= min + 900; t++) {
                assertTrue(shortestBlock(t, products) >= 60, products + " products, " + t + " s");
            }
        }
    }

    @Test
    void lengthsBetweenWholeMinutesAreAcceptedWhenTheBlocksFit() {
        // 90 s for one product gives a 76 s block; the whole-minute rule used to reject it as "needs 2 minutes"
        ScriptRequest r = ScriptRequest.builder().add(TestCatalog.CATALOG, dev.livesell.core.ProductId.of("t-100"))
                .length(Duration.ofSeconds(90)).build();
        assertEquals(Duration.ofSeconds(90), r.length());
        dev.livesell.core.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.livesell.core.InvalidValueException.class, () -> ScriptRequest.builder()
                        .add(TestCatalog.CATALOG, dev.livesell.core.ProductId.of("t-100")).minutes(1).build());
        assertTrue(e.getMessage().contains("needs at least 1:11"), e.getMessage());
    }

    private static long shortestBlock(long seconds, int products) {
        long[] perBlock = new long[products + 2];
        for (SessionPlanner.Slot s : SessionPlanner.plan(Duration.ofSeconds(seconds), products)) {
            perBlock[s.block()] += s.duration().toSeconds();
        }
        long min = Long.MAX_VALUE;
        for (int b = 1; b <= products; b++) {
            min = Math.min(min, perBlock[b]);
        }
        return min;
    }
}
