package dev.livesell.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a product sells for in a live room: the price, an optional <em>verifiable</em> reference price
 * (the everyday price a "原价" claim may cite), coupons, a time window and a stock limit.
 * A reference price below the price is allowed (it is simply not a discount); a negative one is not.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Offer o = Offer.builder("p-1001").price(Money.cny("89")).referencePrice(Money.cny("129"))
 *     .coupon(new Coupon(Money.cny("0"), Money.cny("10"), "直播间专享券")).stockLimit(2000).build();
 * }</pre>
 *
 * @param productId      the product offered
 * @param price          the live price before coupons
 * @param referencePrice the verifiable everyday price a comparison may cite
 * @param coupons        coupons that apply
 * @param validFrom      start of the offer window
 * @param validUntil     end of the offer window
 * @param stockLimit     units available at this price
 * @param session        the live session this offer belongs to, if any
 */
public record Offer(
        ProductId productId,
        Money price,
        Optional<Money> referencePrice,
        List<Coupon> coupons,
        Optional<Instant> validFrom,
        Optional<Instant> validUntil,
        Optional<Integer> stockLimit,
        Optional<SessionId> session) {

    public Offer {
        Check.notNull("productId", productId);
        Check.notNull("price", price);
        referencePrice = Check.optional(referencePrice);
        referencePrice.ifPresent(r -> {
            if (!r.currency().equals(price.currency())) {
                throw new InvalidValueException("referencePrice", "must use the price's currency " + price.currencyCode(), r);
            }
        });
        coupons = Check.list("coupons", coupons);
        for (int i = 0; i < coupons.size(); i++) {
            if (!coupons.get(i).discount().currency().equals(price.currency())) {
                throw new InvalidValueException("coupons[" + i + "]", "must use the price's currency " + price.currencyCode(),
                        coupons.get(i).discount());
            }
        }
        validFrom = Check.optional(validFrom);
        validUntil = Check.optional(validUntil);
        if (validFrom.isPresent() && validUntil.isPresent() && validUntil.get().isBefore(validFrom.get())) {
            throw new InvalidValueException("validUntil", "must not be before validFrom " + validFrom.get(), validUntil.get());
        }
        stockLimit = Check.optional(stockLimit);
        stockLimit.ifPresent(s -> {
            if (s < 0) {
                throw new InvalidValueException("stockLimit", "must not be negative", s);
            }
        });
        session = Check.optional(session);
    }

    public static Builder builder(String productId) {
        return new Builder(ProductId.of(productId));
    }

    public static Builder builder(ProductId productId) {
        return new Builder(productId);
    }

    /** The lowest price reachable with a single coupon (the price itself when none applies). */
    public Money bestPrice() {
        Money best = price;
        for (Coupon c : coupons) {
            Optional<Money> p = c.applyTo(price);
            if (p.isPresent() && p.get().isLessThan(best)) {
                best = p.get();
            }
        }
        return best;
    }

    /** True when the instant falls inside the offer window (open ends count as unbounded). */
    public boolean isActiveAt(Instant at) {
        return validFrom.map(f -> !at.isBefore(f)).orElse(true) && validUntil.map(u -> at.isBefore(u)).orElse(true);
    }

    /** Builder for {@link Offer}; not thread-safe. */
    public static final class Builder {
        private final ProductId productId;
        private Money price;
        private Money referencePrice;
        private final List<Coupon> coupons = new ArrayList<>();
        private Instant validFrom;
        private Instant validUntil;
        private Integer stockLimit;
        private SessionId session;

        private Builder(ProductId productId) {
            this.productId = productId;
        }

        public Builder price(Money price) { this.price = price; return this; }
        public Builder referencePrice(Money price) { this.referencePrice = price; return this; }
        public Builder coupon(Coupon coupon) { coupons.add(coupon); return this; }
        public Builder validFrom(Instant at) { this.validFrom = at; return this; }
        public Builder validUntil(Instant at) { this.validUntil = at; return this; }
        public Builder stockLimit(Integer units) { this.stockLimit = units; return this; }
        public Builder session(SessionId id) { this.session = id; return this; }

        public Offer build() {
            return new Offer(productId, price, Optional.ofNullable(referencePrice), coupons, Optional.ofNullable(validFrom),
                    Optional.ofNullable(validUntil), Optional.ofNullable(stockLimit), Optional.ofNullable(session));
        }
    }
}
