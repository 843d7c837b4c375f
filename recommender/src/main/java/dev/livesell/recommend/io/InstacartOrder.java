package dev.livesell.recommend.io;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One Instacart order: who, the order's position in the user's sequence, weekday (0-6) and hour, days
 * since the user's previous order (empty for the first), the day offset since the user's first order
 * (sum of the gaps), and the products in add-to-cart order. Orders without transaction lines have no
 * products (Instacart's held-out orders). Immutable and thread-safe.
 *
 * <p>Example: {@code order.products().get(0).product()} → {@code "196"}
 */
public record InstacartOrder(String orderId, String userId, int orderNumber, int dayOfWeek, int hourOfDay,
                             OptionalDouble daysSincePrior, double dayOffset, List<Line> products) {
    public InstacartOrder {
        products = List.copyOf(products);
    }

    /** One order line: product id, position in the cart (1-based), and whether the user bought it before. */
    public record Line(String product, int addToCartOrder, boolean reordered) {
    }
}
