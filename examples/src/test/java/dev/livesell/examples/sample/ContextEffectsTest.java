package dev.livesell.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Category;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The planted context effects behave as documented in sample/README.md. */
class ContextEffectsTest {
    private final ContextEffects fx = ContextEffects.standard();

    private static Product product(String tag, RegulatedClass rc, String... path) {
        Product.Builder b = Product.builder("p-x").title("x").category(Category.of(rc, path)).listPrice(Money.cny("10"));
        if (tag != null) {
            b.tag(tag);
        }
        return b.build();
    }

    @Test
    void freshProduceIsBoostedInTheMorningAndDampedAtNight() {
        Product orange = product(null, RegulatedClass.ORDINARY_FOOD, "生鲜", "水果", "橙子");
        assertEquals(2.0, fx.hourFactor(orange, 8), 1e-9);
        assertTrue(fx.hourFactor(orange, 23) < 1);
        assertEquals(1.0, fx.hourFactor(product(null, RegulatedClass.GENERAL, "其他"), 8), 1e-9);
    }

    @Test
    void sunscreenPeaksInSummerEvenWithoutASeasonTag() {
        Product sunscreen = product(null, RegulatedClass.COSMETIC, "护肤", "防晒");
        assertTrue(fx.dateFactor(sunscreen, LocalDate.of(2026, 7, 15)) > 2);
        assertTrue(fx.dateFactor(sunscreen, LocalDate.of(2026, 1, 15)) < 0.5);
    }

    @Test
    void giftsForMotherRiseBeforeMothersDay() {
        Product gift = product("送妈妈", RegulatedClass.GENERAL, "服饰", "配饰", "丝巾");
        assertEquals(2.5, fx.dateFactor(gift, LocalDate.of(2026, 5, 5)), 1e-9);
        assertEquals(1.0, fx.dateFactor(gift, LocalDate.of(2026, 5, 20)), 1e-9);
    }

    @Test
    void shoppingFestivalsRaiseAndSpringFestivalLowersActivity() {
        assertTrue(fx.activityFactor(LocalDate.of(2026, 11, 11)) > 2 * fx.activityFactor(LocalDate.of(2026, 11, 25)));
        assertTrue(fx.activityFactor(LocalDate.of(2026, 2, 18)) < fx.activityFactor(LocalDate.of(2026, 3, 4)));
        assertEquals(1.2, fx.activityFactor(LocalDate.of(2026, 3, 7)), 1e-9); // a Saturday
    }
}
