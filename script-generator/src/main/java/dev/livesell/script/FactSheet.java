package dev.livesell.script;

import dev.livesell.core.Coupon;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts a script or answer may state about one product: title, brand, attributes, the selling
 * points that passed screening, approval data, and the offer (price, verifiable reference price,
 * coupons, best price, stock). Immutable and thread-safe.
 *
 * <p>Example: {@code FactSheet.of(product, offer).attribute("材质")}
 */
public final class FactSheet {
    private final Product product;
    private final Optional<Offer> offer;
    private final List<Integer> usableSellingPoints;
    private final java.util.Set<String> excludedAttributes;

    private FactSheet(Product product, Optional<Offer> offer, List<Integer> usableSellingPoints,
                      java.util.Set<String> excludedAttributes) {
        this.product = product;
        this.offer = offer;
        this.usableSellingPoints = List.copyOf(usableSellingPoints);
        this.excludedAttributes = java.util.Set.copyOf(excludedAttributes);
    }

    /** All facts of the product and offer (offer may be null). */
    public static FactSheet of(Product product, Offer offer) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < product.sellingPoints().size(); i++) {
            all.add(i);
        }
        return new FactSheet(product, Optional.ofNullable(offer), all, java.util.Set.of());
    }

    public static FactSheet of(ScriptItem item) {
        return of(item.product(), item.offer().orElse(null));
    }

    /** The same facts without the selling points at these indices (screened out by the gate). */
    public FactSheet withoutSellingPoints(Collection<Integer> indices) {
        List<Integer> keep = new ArrayList<>(usableSellingPoints);
        keep.removeAll(indices);
        return new FactSheet(product, offer, keep, excludedAttributes);
    }

    /** The same facts without these attributes (screened out by the gate). */
    public FactSheet withoutAttributes(Collection<String> names) {
        java.util.Set<String> ex = new java.util.HashSet<>(excludedAttributes);
        ex.addAll(names);
        return new FactSheet(product, offer, usableSellingPoints, ex);
    }

    public Product product() {
        return product;
    }

    public Optional<Offer> offer() {
        return offer;
    }

    /** The title. */
    public FactRef title() {
        return new FactRef(FactKind.TITLE, "", product.title());
    }

    /** The brand, if the product has one. */
    public Optional<FactRef> brand() {
        return product.brand().isBlank() ? Optional.empty() : Optional.of(new FactRef(FactKind.BRAND, "", product.brand()));
    }

    /** The category leaf ({@code 防晒}). */
    public FactRef category() {
        return new FactRef(FactKind.CATEGORY, "", product.category().leaf());
    }

    /** Attributes in data order. */
    public List<FactRef> attributes() {
        List<FactRef> out = new ArrayList<>();
        for (Map.Entry<String, String> e : product.attributes().entrySet()) {
            if (!e.getValue().isBlank() && !excludedAttributes.contains(e.getKey())) {
                out.add(new FactRef(FactKind.ATTRIBUTE, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** Attribute names that say who must not use the product or what to watch out for. */
    private static final java.util.regex.Pattern CAUTION_KEY = java.util.regex.Pattern.compile(
            "不适宜|不适用|不适合|禁忌|禁用|慎用|注意|警示|警告|not suitable|not for|warning|caution|contraindication",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Attributes that are cautions ({@code 不适宜人群}, {@code 禁忌}, {@code warning}): a script says them as
     * cautions, never as a target group.
     */
    public List<FactRef> cautions() {
        return attributes().stream().filter(a -> CAUTION_KEY.matcher(a.key()).find()).toList();
    }

    /** The attribute with this name, if stated. */
    public Optional<FactRef> attribute(String name) {
        return product.attribute(name).filter(v -> !v.isBlank() && !excludedAttributes.contains(name)).map(v -> new FactRef(FactKind.ATTRIBUTE, name, v));
    }

    /** Selling points that passed screening, in data order (key = index in the product). */
    public List<FactRef> sellingPoints() {
        List<FactRef> out = new ArrayList<>();
        for (int i : usableSellingPoints) {
            out.add(new FactRef(FactKind.SELLING_POINT, Integer.toString(i), product.sellingPoints().get(i)));
        }
        return out;
    }

    /** Approval number and approved claims. */
    public List<FactRef> approvals() {
        List<FactRef> out = new ArrayList<>();
        product.approvalNumber().ifPresent(a -> out.add(new FactRef(FactKind.APPROVAL_NUMBER, "", a)));
        for (String c : product.approvedClaims()) {
            out.add(new FactRef(FactKind.APPROVED_CLAIM, "", c));
        }
        return out;
    }

    /** The live price (the offer's), else the list price. */
    public Money price() {
        return offer.map(Offer::price).orElse(product.listPrice());
    }

    /** Fact for the live price. */
    public FactRef priceFact() {
        return new FactRef(FactKind.PRICE, price().currencyCode(), PriceText.amount(price()));
    }

    /** The verifiable reference price, only when it is above the live price (a real saving). */
    public Optional<Money> referencePrice() {
        return offer.flatMap(Offer::referencePrice).filter(r -> price().isLessThan(r));
    }

    /** The best price with one coupon, only when it is below the live price. */
    public Optional<Money> bestPrice() {
        return offer.map(Offer::bestPrice).filter(b -> b.isLessThan(price()));
    }

    /** Coupons of the offer. */
    public List<Coupon> coupons() {
        return offer.map(Offer::coupons).orElse(List.of());
    }

    /** Stock limit of the offer. */
    public Optional<Integer> stockLimit() {
        return offer.flatMap(Offer::stockLimit);
    }

    /** Every fact as a {@link FactRef}: what a line may cite. */
    public List<FactRef> all() {
        List<FactRef> out = new ArrayList<>();
        out.add(title());
        brand().ifPresent(out::add);
        out.add(category());
        out.addAll(attributes());
        out.addAll(sellingPoints());
        out.addAll(approvals());
        out.add(priceFact());
        referencePrice().ifPresent(r -> out.add(new FactRef(FactKind.REFERENCE_PRICE, r.currencyCode(), PriceText.amount(r))));
        for (Coupon c : coupons()) {
            out.add(new FactRef(FactKind.COUPON, c.label(), c.label() + " (" + PriceText.amount(c.minimumSpend()) + "/"
                    + PriceText.amount(c.discount()) + ")"));
        }
        bestPrice().ifPresent(b -> out.add(new FactRef(FactKind.BEST_PRICE, b.currencyCode(), PriceText.amount(b))));
        stockLimit().ifPresent(s -> out.add(new FactRef(FactKind.STOCK_LIMIT, "", Integer.toString(s))));
        return out;
    }
}
