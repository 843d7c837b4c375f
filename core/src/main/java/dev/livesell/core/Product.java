package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A product as sold in a live room. Its {@link #attributes()} and {@link #sellingPoints()} are the
 * <em>facts</em>: the only things a generated script may state, and what the fraud-detector holds
 * claims against. Immutable and thread-safe; build one with {@link #builder(String)}.
 *
 * <pre>{@code
 * Product p = Product.builder("p-1001")
 *     .title("清透防晒乳 SPF50+ PA++++ 50ml")
 *     .category(Category.of(RegulatedClass.COSMETIC, "美妆", "防晒"))
 *     .brand("晴川")
 *     .attribute("净含量", "50ml").attribute("适用肤质", "油性/混合性")
 *     .sellingPoint("SPF50+ PA++++，已取得特殊化妆品注册证")
 *     .listPrice(Money.cny("129"))
 *     .build();
 * }</pre>
 *
 * @param id                 unique product id
 * @param title              the listing title, in {@link #language()}
 * @param category           category path and regulated class
 * @param brand              brand name (may be empty for unbranded fresh produce)
 * @param attributes         ordered facts, e.g. 材质 → 棉100%, 产地 → 云南, 净含量 → 500g
 * @param sellingPoints      verified selling points, each a fact a host may say as is
 * @param listPrice          the everyday list price
 * @param language           BCP 47 language tag of the texts ({@code zh}, {@code en})
 * @param replenishmentDays  typical days between repurchases for consumables (a hint, not a rule)
 * @param approvalNumber     registration or approval number (保健食品 国食健注..., 特殊化妆品 国妆特字...)
 * @param approvedClaims     claims the approval allows (a health food's approved function, a drug's indication)
 * @param tags               free search tags (送礼, 油皮, 学生党)
 */
public record Product(
        ProductId id,
        String title,
        Category category,
        String brand,
        Map<String, String> attributes,
        List<String> sellingPoints,
        Money listPrice,
        String language,
        Optional<Integer> replenishmentDays,
        Optional<String> approvalNumber,
        List<String> approvedClaims,
        List<String> tags) {

    public Product {
        Check.notNull("id", id);
        Check.notBlank("title", title);
        Check.notNull("category", category);
        brand = brand == null ? "" : brand.strip();
        attributes = Check.attributes("attributes", attributes);
        sellingPoints = Check.list("sellingPoints", sellingPoints);
        Check.noBlank("sellingPoints", sellingPoints);
        Check.notNull("listPrice", listPrice);
        language = language == null || language.isBlank() ? "zh" : language.strip();
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new InvalidValueException("language", "is not a BCP 47 language tag", language);
        }
        replenishmentDays = Check.optional(replenishmentDays);
        replenishmentDays.ifPresent(d -> {
            if (d <= 0) {
                throw new InvalidValueException("replenishmentDays", "must be positive", d);
            }
        });
        approvalNumber = Check.optional(approvalNumber).filter(s -> !s.isBlank());
        approvedClaims = Check.list("approvedClaims", approvedClaims);
        tags = Check.list("tags", tags);
    }

    public static Builder builder(String id) {
        return new Builder(ProductId.of(id));
    }

    public static Builder builder(ProductId id) {
        return new Builder(id);
    }

    /** A builder pre-filled with this product's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id).title(title).category(category).brand(brand).listPrice(listPrice).language(language);
        b.attributes.putAll(attributes);
        b.sellingPoints.addAll(sellingPoints);
        b.replenishmentDays = replenishmentDays.orElse(null);
        b.approvalNumber = approvalNumber.orElse(null);
        b.approvedClaims.addAll(approvedClaims);
        b.tags.addAll(tags);
        return b;
    }

    /** The attribute with this name, if the product states it. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The primary language of this product's texts. */
    @JsonIgnore
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Builder for {@link Product}; not thread-safe. */
    public static final class Builder {
        private final ProductId id;
        private String title;
        private Category category;
        private String brand = "";
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<String> sellingPoints = new ArrayList<>();
        private Money listPrice;
        private String language = "zh";
        private Integer replenishmentDays;
        private String approvalNumber;
        private final List<String> approvedClaims = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();

        private Builder(ProductId id) {
            this.id = id;
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder category(Category category) { this.category = category; return this; }
        public Builder brand(String brand) { this.brand = brand; return this; }
        public Builder attribute(String name, String value) { attributes.put(name, value); return this; }
        public Builder attributes(Map<String, String> values) { attributes.putAll(values); return this; }
        public Builder sellingPoint(String point) { sellingPoints.add(point); return this; }
        public Builder sellingPoints(List<String> points) { sellingPoints.addAll(points); return this; }
        public Builder listPrice(Money price) { this.listPrice = price; return this; }
        public Builder language(String tag) { this.language = tag; return this; }
        public Builder replenishmentDays(Integer days) { this.replenishmentDays = days; return this; }
        public Builder approvalNumber(String number) { this.approvalNumber = number; return this; }
        public Builder approvedClaim(String claim) { approvedClaims.add(claim); return this; }
        public Builder tag(String tag) { tags.add(tag); return this; }
        public Builder tags(List<String> values) { tags.addAll(values); return this; }

        public Product build() {
            return new Product(id, title, category, brand, attributes, sellingPoints, listPrice, language,
                    Optional.ofNullable(replenishmentDays), Optional.ofNullable(approvalNumber), approvedClaims, tags);
        }
    }
}
