package dev.livesell.recommend.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * A price constraint parsed from a request: optional lower and upper bounds and, when the request
 * named one, a currency ("200元以内" → at most 200 CNY; "under $80" → at most 80 USD). Bounds are
 * inclusive. Immutable and thread-safe.
 *
 * <p>Example: {@code PriceRange.atMost(new BigDecimal("200"), "CNY").admits(Money.cny("99"))} is true.
 *
 * @param min      inclusive lower bound, if any
 * @param max      inclusive upper bound, if any
 * @param currency ISO 4217 code the bounds are in; empty when the request did not say (any currency)
 */
public record PriceRange(Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<String> currency) {
    public PriceRange {
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
        currency = currency == null ? Optional.empty() : currency.map(c -> Money.currency(c).getCurrencyCode());
        min.ifPresent(m -> {
            if (m.signum() < 0) {
                throw new InvalidValueException("price.min", "must not be negative", m.toPlainString());
            }
        });
        max.ifPresent(m -> {
            if (m.signum() < 0) {
                throw new InvalidValueException("price.max", "must not be negative", m.toPlainString());
            }
        });
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidValueException("price.min", "must not exceed price.max " + max.get().toPlainString(),
                    min.get().toPlainString());
        }
    }

    /** No price constraint. */
    public static PriceRange any() {
        return new PriceRange(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PriceRange atMost(BigDecimal max, String currency) {
        return new PriceRange(Optional.empty(), Optional.of(max), Optional.ofNullable(currency));
    }

    public static PriceRange atLeast(BigDecimal min, String currency) {
        return new PriceRange(Optional.of(min), Optional.empty(), Optional.ofNullable(currency));
    }

    public static PriceRange between(BigDecimal min, BigDecimal max, String currency) {
        return new PriceRange(Optional.of(min), Optional.of(max), Optional.ofNullable(currency));
    }

    /** True when there is no bound and no currency. */
    @JsonIgnore
    public boolean isUnbounded() {
        return min.isEmpty() && max.isEmpty() && currency.isEmpty();
    }

    /**
     * True when the price satisfies the range. A price in another currency than the requested one
     * is not admitted (no exchange rates are guessed).
     */
    public boolean admits(Money price) {
        if (currency.isPresent() && !price.currency().getCurrencyCode().equals(currency.get())) {
            return false;
        }
        BigDecimal a = price.amount();
        return (min.isEmpty() || a.compareTo(min.get()) >= 0) && (max.isEmpty() || a.compareTo(max.get()) <= 0);
    }

    @Override
    public String toString() {
        if (isUnbounded()) {
            return "any price";
        }
        String c = currency.map(x -> " " + x).orElse("");
        if (min.isPresent() && max.isPresent()) {
            return min.get().toPlainString() + "–" + max.get().toPlainString() + c;
        }
        if (max.isPresent()) {
            return "≤ " + max.get().toPlainString() + c;
        }
        if (min.isPresent()) {
            return "≥ " + min.get().toPlainString() + c;
        }
        return "in" + c;
    }
}
