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
    private final boolean titleExcluded;
    private final boolean brandExcluded;
    private final java.util.Set<String> excludedCoupons;
    private final java.util.Set<Integer> excludedClaims;

    private FactSheet(Product product, Optional<Offer> offer, List<Integer> usableSellingPoints,
                      java.util.Set<String> excludedAttributes, boolean titleExcluded, boolean brandExcluded,
                      java.util.Set<String> excludedCoupons, java.util.Set<Integer> excludedClaims) {
        this.product = product;
        this.offer = offer;
        this.usableSellingPoints = List.copyOf(usableSellingPoints);
        this.excludedAttributes = java.util.Set.copyOf(excludedAttributes);
        this.titleExcluded = titleExcluded;
        this.brandExcluded = brandExcluded;
        this.excludedCoupons = java.util.Set.copyOf(excludedCoupons);
        this.excludedClaims = java.util.Set.copyOf(excludedClaims);
    }

    /** All facts of the product and offer (offer may be null). */
    public static FactSheet of(Product product, Offer offer) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < product.sellingPoints().size(); i++) {
            all.add(i);
        }
        return new FactSheet(product, Optional.ofNullable(offer), all, java.util.Set.of(), false, false, java.util.Set.of(),
                java.util.Set.of());
    }

    public static FactSheet of(ScriptItem item) {
        return of(item.product(), item.offer().orElse(null));
    }

    /** The same facts without the selling points at these indices (screened out by the gate). */
    public FactSheet withoutSellingPoints(Collection<Integer> indices) {
        List<Integer> keep = new ArrayList<>(usableSellingPoints);
        keep.removeAll(indices);
        return new FactSheet(product, offer, keep, excludedAttributes, titleExcluded, brandExcluded, excludedCoupons, excludedClaims);
    }

    /** The same facts without these attributes (screened out by the gate). */
    public FactSheet withoutAttributes(Collection<String> names) {
        java.util.Set<String> ex = new java.util.HashSet<>(excludedAttributes);
        ex.addAll(names);
        return new FactSheet(product, offer, usableSellingPoints, ex, titleExcluded, brandExcluded, excludedCoupons, excludedClaims);
    }

    /**
     * The same facts without the merchant title, brand, these coupon labels and these approved claims (by index),
     * screened out by the gate. A product whose title is excluded is named by {@link #name()} instead.
     */
    public FactSheet without(boolean title, boolean brand, Collection<String> couponLabels, Collection<Integer> approvedClaims) {
        java.util.Set<String> coupons = new java.util.HashSet<>(excludedCoupons);
        coupons.addAll(couponLabels);
        java.util.Set<Integer> claims = new java.util.HashSet<>(excludedClaims);
        claims.addAll(approvedClaims);
        return new FactSheet(product, offer, usableSellingPoints, excludedAttributes, titleExcluded || title, brandExcluded || brand,
                coupons, claims);
    }

    /** True when the merchant title passed screening and may be said. */
    public boolean titleUsable() {
        return !titleExcluded;
    }

    public Product product() {
        return product;
    }

    public Optional<Offer> offer() {
        return offer;
    }

    /**
     * The title; when the gate excluded it (it contradicts the facts or reads as an instruction), the category
     * leaf, which is what a line may call the product instead.
     */
    public FactRef title() {
        return titleExcluded ? category() : new FactRef(FactKind.TITLE, "", product.title());
    }

    /**
     * What a script calls the product: the title, or when the title was excluded the brand (if usable) and the
     * category leaf ({@code 简衣 T恤}).
     */
    public String name() {
        if (!titleExcluded) {
            return product.title();
        }
        return brand().map(b -> b.value() + " ").orElse("") + product.category().leaf();
    }

    /** The brand, if the product has one and it passed screening. */
    public Optional<FactRef> brand() {
        return product.brand().isBlank() || brandExcluded ? Optional.empty() : Optional.of(new FactRef(FactKind.BRAND, "", product.brand()));
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
        for (int i = 0; i < product.approvedClaims().size(); i++) {
            if (!excludedClaims.contains(i)) {
                out.add(new FactRef(FactKind.APPROVED_CLAIM, "", product.approvedClaims().get(i)));
            }
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

    /** Coupons of the offer whose labels passed screening. */
    public List<Coupon> coupons() {
        return offer.map(Offer::coupons).orElse(List.of()).stream().filter(c -> !excludedCoupons.contains(c.label())).toList();
    }

    /** Stock limit of the offer. */
    public Optional<Integer> stockLimit() {
        return offer.flatMap(Offer::stockLimit);
    }

    /** Every fact as a {@link FactRef}: what a line may cite. */
    public List<FactRef> all() {
        List<FactRef> out = new ArrayList<>();
        if (!titleExcluded) {
            out.add(title());
        }
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

    /** Money amounts in a line: a number not glued to another digit. */
    private static java.util.regex.Pattern amountPattern(String amount) {
        return java.util.regex.Pattern.compile("(?<![\\d.])" + java.util.regex.Pattern.quote(amount) + "(?![\\d]|\\.\\d)");
    }

    /**
     * The facts a text states (its provenance): facts whose value appears in it (ignoring a closing full stop),
     * coupons whose label appears, and prices whose amount appears as a whole number.
     */
    public List<FactRef> citedIn(String text) {
        List<FactRef> out = new ArrayList<>();
        for (FactRef f : all()) {
            boolean cited = switch (f.kind()) {
                case PRICE, REFERENCE_PRICE, BEST_PRICE, STOCK_LIMIT -> amountPattern(f.value()).matcher(text).find();
                case COUPON -> text.contains(f.key());
                default -> {
                    String core = core(f.value());
                    yield core.length() >= 2 && text.contains(core);
                }
            };
            if (cited) {
                out.add(f);
            }
        }
        return out;
    }

    /** A fact value without its closing punctuation, as templates quote it. */
    static String core(String value) {
        return value.strip().replaceAll("[。.!！;；]+$", "");
    }
}
