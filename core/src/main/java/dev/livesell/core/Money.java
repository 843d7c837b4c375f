package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A non-negative amount of money in one currency: {@link BigDecimal}, never {@code double}.
 * JSON: {@code {"amount":"89.00","currency":"CNY"}}. Immutable and thread-safe.
 *
 * <p>Example: {@code Money.of("89.00", "CNY").isLessThan(Money.of("129", "CNY"))}
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public Money {
        Check.notNull("amount", amount);
        Check.notNull("currency", currency);
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "must not be negative", amount.toPlainString());
        }
    }

    /** Parses an amount and an ISO 4217 code; unknown codes fail with {@link InvalidValueException}. */
    @JsonCreator
    public static Money of(@JsonProperty("amount") String amount, @JsonProperty("currency") String currencyCode) {
        Check.notBlank("amount", amount);
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "is not a decimal number", amount);
        }
        return new Money(value, currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /** Chinese yuan, the domain's default currency. */
    public static Money cny(String amount) {
        return of(amount, "CNY");
    }

    /** Looks up an ISO 4217 currency, failing with a typed error that names the bad code. */
    public static Currency currency(String code) {
        Check.notBlank("currency", code);
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "is not an ISO 4217 currency code", code);
        }
    }

    @JsonProperty("amount")
    public String amountText() {
        return amount.toPlainString();
    }

    @JsonProperty("currency")
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        BigDecimal r = amount.subtract(other.amount);
        return new Money(r.signum() < 0 ? BigDecimal.ZERO : r, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** Ratio of this amount to {@code other} (e.g. 0.69 for a 31% discount); 0 when other is zero. */
    public double ratioTo(Money other) {
        requireSameCurrency(other);
        if (other.amount.signum() == 0) {
            return 0;
        }
        return amount.divide(other.amount, 6, RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency", "must be " + currency.getCurrencyCode(), other.currency.getCurrencyCode());
        }
    }

    /** Equal when amount (ignoring scale: 89 == 89.00) and currency are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * amount.stripTrailingZeros().hashCode() + currency.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
