package dev.livesell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Product shirt = Product.builder("p-2001").title("纯棉T恤").category(Category.of(RegulatedClass.GENERAL, "服饰", "T恤"))
            .attribute("材质", "棉100%").listPrice(Money.cny("79")).build();

    @Test
    void findsByIdAndCategory() {
        InMemoryCatalog c = InMemoryCatalog.of(List.of(Fixtures.sunscreen(), shirt), List.of(Fixtures.sunscreenOffer()));
        assertEquals(shirt, c.require(ProductId.of("p-2001")));
        assertEquals(List.of(Fixtures.sunscreen()), c.inCategory(List.of("美妆")));
        assertEquals(List.of(Fixtures.sunscreen()), c.inCategory(List.of("美妆", "防晒")));
        assertTrue(c.inCategory(List.of("美妆", "口红")).isEmpty());
        assertTrue(c.offer(ProductId.of("p-1001")).isPresent());
        assertTrue(c.offer(ProductId.of("p-2001")).isEmpty());
    }

    @Test
    void requireFailsWithTypedErrorForUnknownId() {
        InMemoryCatalog c = InMemoryCatalog.of(List.of(shirt));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> c.require(ProductId.of("p-404")));
        assertEquals("p-404", e.id());
    }

    @Test
    void rejectsDuplicateProductsAndOrphanOffers() {
        assertThrows(InvalidValueException.class, () -> InMemoryCatalog.of(List.of(shirt, shirt)));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InMemoryCatalog.of(List.of(shirt), List.of(Fixtures.sunscreenOffer())));
        assertEquals("offers[0].productId", e.field());
    }
}
