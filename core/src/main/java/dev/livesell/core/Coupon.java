package dev.livesell.core;

import java.util.Optional;

/**
 * A coupon on an offer: {@code discount} off when the order reaches {@code minimumSpend}
 * (满300减40 is {@code new Coupon(cny("300"), cny("40"), "满300减40")}; a no-threshold coupon has
 * minimumSpend zero). Immutable and thread-safe.
 */
public record Coupon(Money minimumSpend, Money discount, String label) {
    public Coupon {
        Check.notNull("coupon.discount", discount);
        if (minimumSpend == null) {
            minimumSpend = new Money(java.math.BigDecimal.ZERO, discount.currency());
        }
        if (!minimumSpend.currency().equals(discount.currency())) {
            throw new InvalidValueException("coupon.minimumSpend", "must use the discount's currency "
                    + discount.currencyCode(), minimumSpend);
        }
        if (discount.amount().signum() == 0) {
            throw new InvalidValueException("coupon.discount", "must be positive", discount);
        }
        label = label == null || label.isBlank() ? defaultLabel(minimumSpend, discount) : label.strip();
    }

    /** The price after this coupon, or empty when the price does not reach the minimum spend. */
    public Optional<Money> applyTo(Money price) {
        if (price.isLessThan(minimumSpend)) {
            return Optional.empty();
        }
        return Optional.of(price.minus(discount));
    }

    private static String defaultLabel(Money min, Money discount) {
        return min.amount().signum() == 0
                ? "立减" + discount.amount().stripTrailingZeros().toPlainString()
                : "满" + min.amount().stripTrailingZeros().toPlainString() + "减" + discount.amount().stripTrailingZeros().toPlainString();
    }
}
