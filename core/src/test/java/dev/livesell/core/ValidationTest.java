package dev.livesell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void rejectsNegativePrice() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.cny("-1"));
        assertEquals("amount", e.field());
        assertEquals("amount: must not be negative (was -1)", e.getMessage());
    }

    @Test
    void rejectsEmptyId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProductId.of(" "));
        assertEquals("productId", e.field());
        assertThrows(InvalidValueException.class, () -> ViewerId.of(null));
    }

    @Test
    void rejectsUnknownCurrency() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("10", "XYZ1"));
        assertEquals("currency", e.field());
        assertTrue(e.getMessage().contains("XYZ1"), e.getMessage());
    }

    @Test
    void allowsReferencePriceBelowPrice() {
        Offer o = Offer.builder("p-1").price(Money.cny("99")).referencePrice(Money.cny("79")).build();
        assertEquals(Money.cny("79"), o.referencePrice().orElseThrow());
    }

    @Test
    void rejectsNegativeReferencePrice() {
        assertThrows(InvalidValueException.class,
                () -> Offer.builder("p-1").price(Money.cny("99")).referencePrice(Money.cny("-5")).build());
    }

    @Test
    void rejectsReferencePriceInOtherCurrency() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Offer.builder("p-1").price(Money.cny("99")).referencePrice(Money.of("20", "USD")).build());
        assertEquals("referencePrice", e.field());
    }

    @Test
    void rejectsOfferWindowEndingBeforeItStarts() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Offer.builder("p-1").price(Money.cny("1"))
                .validFrom(Instant.parse("2026-06-02T00:00:00Z")).validUntil(Instant.parse("2026-06-01T00:00:00Z")).build());
        assertEquals("validUntil", e.field());
    }

    @Test
    void rejectsProductWithoutTitleNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Product.builder("p-1")
                .category(Category.of(RegulatedClass.GENERAL, "家居")).listPrice(Money.cny("1")).build());
        assertEquals("title", e.field());
    }

    @Test
    void rejectsNonPositiveReplenishmentCycle() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fixtures.sunscreen().toBuilder().replenishmentDays(0).build());
        assertEquals("replenishmentDays", e.field());
    }

    @Test
    void rejectsLineupWithDuplicateProduct() {
        ProductId p = ProductId.of("p-1");
        assertThrows(InvalidValueException.class, () -> new LiveSession(SessionId.of("s"), "t", HostId.of("h"),
                Instant.EPOCH, null, List.of(p, p)));
    }

    @Test
    void rejectsUnknownInteractionTypeButAcceptsLogSpellings() {
        assertEquals(InteractionType.VIEW, InteractionType.parse("pv"));
        assertEquals(InteractionType.PURCHASE, InteractionType.parse("buy"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> InteractionType.parse("teleport"));
        assertEquals("type", e.field());
    }

    @Test
    void couponAppliesOnlyFromMinimumSpend() {
        Coupon c = new Coupon(Money.cny("300"), Money.cny("40"), null);
        assertEquals("满300减40", c.label());
        assertTrue(c.applyTo(Money.cny("299")).isEmpty());
        assertEquals(Money.cny("260"), c.applyTo(Money.cny("300")).orElseThrow());
    }

    @Test
    void bestPriceUsesTheBestSingleCoupon() {
        assertEquals(Money.cny("79"), Fixtures.sunscreenOffer().bestPrice());
    }

    @Test
    void contextDerivesLocalHourAndSeason() {
        Context c = Fixtures.context();
        assertEquals(20, c.hourOfDay());
        assertEquals(Season.SUMMER, c.season());
        assertEquals(Weather.TemperatureBand.HOT, c.weather().orElseThrow().band().orElseThrow());
    }

    @Test
    void moneyComparesAcrossScales() {
        assertEquals(0, new Money(new BigDecimal("1.0"), Money.currency("CNY")).compareTo(Money.cny("1")));
        assertThrows(InvalidValueException.class, () -> Money.cny("1").compareTo(Money.of("1", "USD")));
    }
}
