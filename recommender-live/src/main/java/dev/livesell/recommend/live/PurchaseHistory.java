package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.ViewerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact purchase baskets per user, in time order: the input of {@link RepurchaseCycles} and
 * {@link RepurchaseRanker}. Users and items are dense ints mapped from external ids; each basket has
 * a time in days (fractional; any origin) and the distinct items bought; items may carry a category
 * index (aisle, category path) for population priors. Build one with {@link Builder}, from an
 * {@link InteractionLog} ({@link #fromLog}) or with the Instacart reader. Immutable and thread-safe.
 *
 * <p>Example: {@code PurchaseHistory h = PurchaseHistory.fromLog(log, catalog); h.baskets(0).size()}
 */
public final class PurchaseHistory {
    /** One basket: when (days) and which items (sorted ascending; copied in and out). */
    public record Basket(double day, int[] items) {
        public Basket {
            if (Double.isNaN(day)) {
                throw new InvalidValueException("basket.day", "must be a number", day);
            }
            if (items == null) {
                throw new InvalidValueException("basket.items", "must not be null", null);
            }
            items = items.clone();
            Arrays.sort(items);
        }

        @Override
        public int[] items() {
            return items.clone();
        }

        /** The number of items. */
        public int size() {
            return items.length;
        }

        /** The i-th item in ascending order. */
        public int item(int i) {
            return items[i];
        }

        /** Whether the basket holds the item. */
        public boolean contains(int item) {
            return Arrays.binarySearch(items, item) >= 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Basket b && b.day == day && Arrays.equals(b.items, items);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(day) * 31 + Arrays.hashCode(items);
        }
    }

    private final List<String> userIds;
    private final List<String> itemIds;
    private final int[] itemCategory;
    private final int categories;
    private final List<List<Basket>> baskets;
    private final Map<String, Integer> userIndex;
    private final Map<String, Integer> itemIndex;

    private PurchaseHistory(List<String> userIds, List<String> itemIds, int[] itemCategory, int categories, List<List<Basket>> baskets) {
        this.userIds = List.copyOf(userIds);
        this.itemIds = List.copyOf(itemIds);
        this.itemCategory = itemCategory;
        this.categories = categories;
        this.baskets = baskets;
        this.userIndex = new HashMap<>();
        for (int i = 0; i < userIds.size(); i++) {
            userIndex.put(userIds.get(i), i);
        }
        this.itemIndex = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            itemIndex.put(itemIds.get(i), i);
        }
    }

    public int users() {
        return userIds.size();
    }

    public int items() {
        return itemIds.size();
    }

    public int categories() {
        return categories;
    }

    public String userId(int u) {
        return userIds.get(u);
    }

    public String itemId(int i) {
        return itemIds.get(i);
    }

    /** Dense index of a user id, or -1. */
    public int userIndex(String id) {
        return userIndex.getOrDefault(id, -1);
    }

    /** Dense index of an item id, or -1. */
    public int itemIndex(String id) {
        return itemIndex.getOrDefault(id, -1);
    }

    /** Category index of an item, or -1 when unknown. */
    public int category(int item) {
        return itemCategory[item];
    }

    /** A user's baskets in time order. */
    public List<Basket> baskets(int user) {
        return baskets.get(user);
    }

    /** The same users and items with each user's baskets cut to the first {@code keep(user)} ones. */
    public PurchaseHistory truncate(java.util.function.IntUnaryOperator keep) {
        List<List<Basket>> out = new ArrayList<>(baskets.size());
        for (int u = 0; u < baskets.size(); u++) {
            List<Basket> b = baskets.get(u);
            out.add(List.copyOf(b.subList(0, Math.max(0, Math.min(b.size(), keep.applyAsInt(u))))));
        }
        return new PurchaseHistory(userIds, itemIds, itemCategory, categories, out);
    }

    /**
     * Purchases in a log grouped into baskets: a viewer's purchases on the same calendar day (UTC) form
     * one basket; day = days since the epoch. Categories are the catalog's category keys.
     */
    public static PurchaseHistory fromLog(InteractionLog log, Catalog catalog) {
        Builder b = new Builder();
        Map<String, TreeMap<Long, List<String>>> byUser = new LinkedHashMap<>();
        for (Interaction e : log.events()) {
            if (e.type() != InteractionType.PURCHASE) {
                continue;
            }
            long day = Math.floorDiv(e.at().getEpochSecond(), 86_400L);
            byUser.computeIfAbsent(e.viewer().value(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new ArrayList<>())
                    .add(e.product().value());
        }
        for (Product p : catalog.products()) {
            b.item(p.id().value(), p.category().key());
        }
        for (Map.Entry<String, TreeMap<Long, List<String>>> u : byUser.entrySet()) {
            for (Map.Entry<Long, List<String>> d : u.getValue().entrySet()) {
                b.basket(u.getKey(), d.getKey(), d.getValue());
            }
        }
        return b.build();
    }

    /** Days since the epoch of an instant, as basket times from {@link #fromLog} use. */
    public static double dayOf(Instant at) {
        return at.getEpochSecond() / 86_400.0;
    }

    /** Dense index of a viewer, or -1. */
    public int user(ViewerId v) {
        return userIndex(v.value());
    }

    /** Dense index of a product, or -1. */
    public int item(ProductId p) {
        return itemIndex(p.value());
    }

    /** Days between instants as a fraction. */
    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }

    /** Builder: add items (optional category) and baskets in time order per user; not thread-safe. */
    public static final class Builder {
        private final List<String> users = new ArrayList<>();
        private final Map<String, Integer> userIdx = new HashMap<>();
        private final List<String> items = new ArrayList<>();
        private final Map<String, Integer> itemIdx = new HashMap<>();
        private final List<Integer> itemCat = new ArrayList<>();
        private final Map<String, Integer> catIdx = new HashMap<>();
        private final List<List<Basket>> baskets = new ArrayList<>();

        /** Declares an item and its category (null: unknown). Returns its index. */
        public int item(String id, String category) {
            Integer i = itemIdx.get(id);
            int c = category == null ? -1 : catIdx.computeIfAbsent(category, k -> catIdx.size());
            if (i == null) {
                i = items.size();
                items.add(id);
                itemIdx.put(id, i);
                itemCat.add(c);
            } else if (c >= 0) {
                itemCat.set(i, c);
            }
            return i;
        }

        /** Appends a basket to a user's history; baskets of one user must come in non-decreasing time. */
        public Builder basket(String user, double day, List<String> itemIds) {
            int u = userIdx.computeIfAbsent(user, k -> {
                users.add(k);
                baskets.add(new ArrayList<>());
                return users.size() - 1;
            });
            List<Basket> list = baskets.get(u);
            if (!list.isEmpty() && list.get(list.size() - 1).day() > day) {
                throw new InvalidValueException("basket.day", "goes back in time for user " + user, day);
            }
            int[] ids = itemIds.stream().mapToInt(id -> item(id, null)).distinct().toArray();
            list.add(new Basket(day, ids));
            return this;
        }

        public PurchaseHistory build() {
            int[] cats = itemCat.stream().mapToInt(Integer::intValue).toArray();
            List<List<Basket>> frozen = new ArrayList<>();
            for (List<Basket> b : baskets) {
                frozen.add(List.copyOf(b));
            }
            return new PurchaseHistory(users, items, cats, catIdx.size(), frozen);
        }
    }
}
