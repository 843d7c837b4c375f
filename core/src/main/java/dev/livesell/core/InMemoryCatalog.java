package dev.livesell.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable {@link Catalog} held in memory; thread-safe. Product ids must be unique, and every
 * offer must name a product of the catalog (one offer per product).
 *
 * <p>Example: {@code Catalog c = InMemoryCatalog.of(products, offers); c.require(ProductId.of("p-1001"))}
 */
public final class InMemoryCatalog implements Catalog {
    private final Map<ProductId, Product> products;
    private final Map<ProductId, Offer> offers;
    private final List<Product> ordered;

    private InMemoryCatalog(Collection<Product> products, Collection<Offer> offers) {
        Map<ProductId, Product> byId = new LinkedHashMap<>();
        int i = 0;
        for (Product p : products) {
            if (p == null) {
                throw new InvalidValueException("products[" + i + "]", "must not be null", null);
            }
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new InvalidValueException("products[" + i + "].id", "is a duplicate", p.id());
            }
            i++;
        }
        Map<ProductId, Offer> offerById = new LinkedHashMap<>();
        i = 0;
        for (Offer o : offers) {
            if (o == null) {
                throw new InvalidValueException("offers[" + i + "]", "must not be null", null);
            }
            if (!byId.containsKey(o.productId())) {
                throw new InvalidValueException("offers[" + i + "].productId", "names no product of the catalog", o.productId());
            }
            if (offerById.putIfAbsent(o.productId(), o) != null) {
                throw new InvalidValueException("offers[" + i + "].productId", "has a second offer", o.productId());
            }
            i++;
        }
        this.products = Map.copyOf(byId);
        this.offers = Map.copyOf(offerById);
        this.ordered = List.copyOf(byId.values());
    }

    public static InMemoryCatalog of(Collection<Product> products, Collection<Offer> offers) {
        return new InMemoryCatalog(products, offers == null ? List.of() : offers);
    }

    public static InMemoryCatalog of(Collection<Product> products) {
        return new InMemoryCatalog(products, List.of());
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public List<Product> products() {
        return ordered;
    }

    @Override
    public List<Product> inCategory(List<String> pathPrefix) {
        List<Product> out = new ArrayList<>();
        for (Product p : ordered) {
            if (p.category().isWithin(pathPrefix)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<Offer> offer(ProductId id) {
        return Optional.ofNullable(offers.get(id));
    }

    /** Every offer, in product order. */
    public List<Offer> offers() {
        List<Offer> out = new ArrayList<>();
        for (Product p : ordered) {
            Offer o = offers.get(p.id());
            if (o != null) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public int size() {
        return ordered.size();
    }
}
