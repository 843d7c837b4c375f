package dev.livesell.recommend.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepurchaseCyclesTest {
    private static PurchaseHistory history() {
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        b.item("milk", "dairy");
        b.item("rice", "grain");
        b.item("yogurt", "dairy");
        // u1 buys milk every 10 days, rice once
        b.basket("u1", 0, List.of("milk", "rice")).basket("u1", 10, List.of("milk")).basket("u1", 20, List.of("milk"));
        // u2, u3 buy milk every 6 days (population prior); u3 buys yogurt once
        b.basket("u2", 0, List.of("milk")).basket("u2", 6, List.of("milk")).basket("u2", 12, List.of("milk"));
        b.basket("u3", 0, List.of("milk", "yogurt")).basket("u3", 6, List.of("milk"));
        return b.build();
    }

    @Test
    void personalCycleIsShrunkTowardsThePopulationPrior() {
        PurchaseHistory h = history();
        RepurchaseCycles c = RepurchaseCycles.fit(h);
        int milk = h.itemIndex("milk");
        // population intervals of milk: 10,10 (u1), 6,6 (u2), 6 (u3) → mean 7.6 over 5 intervals
        assertEquals(7.6, c.priorInterval(milk), 1e-9);
        // u1: 2 own intervals of mean 10, prior strength 2 → (2*10 + 2*7.6) / 4
        assertEquals((2 * 10 + 2 * 7.6) / 4, c.expectedInterval(h.userIndex("u1"), milk), 1e-9);
    }

    @Test
    void sparseItemsFallBackToCategoryThenHint() {
        PurchaseHistory h = history();
        int yogurt = h.itemIndex("yogurt");
        int rice = h.itemIndex("rice");
        RepurchaseCycles c = RepurchaseCycles.fit(h, i -> i == rice ? 30.0 : Double.NaN);
        // yogurt has no intervals; its category (dairy) has milk's 5 intervals
        assertEquals(7.6, c.priorInterval(yogurt), 1e-9);
        // rice: no intervals in the item or its category → the catalog hint
        assertEquals(30.0, c.priorInterval(rice), 1e-9);
    }

    @Test
    void dueWhenTheExpectedIntervalHasPassed() {
        PurchaseHistory h = history();
        RepurchaseCycles c = RepurchaseCycles.fit(h);
        int u1 = h.userIndex("u1");
        int milk = h.itemIndex("milk");
        assertFalse(c.due(u1, milk, 22).isDue());
        RepurchaseCycles.Due due = c.due(u1, milk, 29);
        assertTrue(due.isDue(), due.toString());
        assertEquals(9, due.daysSinceLast(), 1e-9);
        assertEquals(0, c.due(h.userIndex("u2"), h.itemIndex("rice"), 20).purchases());
    }

    @Test
    void basketsMustNotGoBackInTime() {
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        b.basket("u", 5, List.of("a"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.basket("u", 4, List.of("a")));
        assertEquals("basket.day", e.field());
    }
}
