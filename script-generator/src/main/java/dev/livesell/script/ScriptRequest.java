package dev.livesell.script;

import dev.livesell.core.Catalog;
import dev.livesell.core.Host;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What to write a script for: the products (with offers) in order, length, language, host style and
 * a seed. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ScriptRequest r = ScriptRequest.builder().add(catalog, ProductId.of("p-1001"))
 *     .minutes(30).language("zh").style(PersonaStyle.ENERGETIC).seed(7).build();
 * }</pre>
 *
 * @param items    products in selling order (at least one, no duplicates)
 * @param host     the host, if known (name and catchphrases are used in the warm-up)
 * @param style    speaking style (defaults to the host's, else warm)
 * @param language {@code zh} or {@code en}
 * @param length   requested total length: at least one minute, and enough for 60 s per product block
 *                 ({@code SessionPlanner.minimumLength(n)}, compared in seconds: 1:11 for one product, 5:47 for
 *                 five). One product does not fit in one minute: warm-up and closing take 9 s, leaving 51 s.
 *                 Shorter fails with {@code InvalidValueException} naming {@code length} and the minimum as m:ss
 * @param seed     seed for phrasing choices; the same request gives the same script
 * @param title    a heading for the script (may be empty)
 */
public record ScriptRequest(List<ScriptItem> items, Optional<Host> host, PersonaStyle style, String language,
                            Duration length, long seed, String title) {
    public ScriptRequest {
        items = items == null ? List.of() : List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidValueException("items", "must name at least one product", "[]");
        }
        Set<ProductId> seen = new HashSet<>();
        for (ScriptItem i : items) {
            if (!seen.add(i.product().id())) {
                throw new InvalidValueException("items", "lists a product twice", i.product().id().value());
            }
        }
        host = host == null ? Optional.empty() : host;
        style = style != null ? style : host.map(Host::style).orElse(PersonaStyle.WARM);
        language = normalizeLanguage(language);
        if (length == null || length.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidValueException("length", "must be at least one minute", length);
        }
        Duration minimum = dev.livesell.script.plan.SessionPlanner.minimumLength(items.size());
        if (length.compareTo(minimum) < 0) {
            // 12 products in one minute planned ~4 s blocks of 16 lines each: reject rather than promise an impossible run sheet
            throw new InvalidValueException("length", "too short for " + items.size() + " product(s): needs at least "
                    + dev.livesell.script.plan.SessionPlanner.minutesAndSeconds(minimum) + " ("
                    + dev.livesell.script.plan.SessionPlanner.MIN_PRODUCT_BLOCK.toSeconds() + " s per product block)", length);
        }
        title = title == null ? "" : title.strip();
    }

    /** {@code zh} or {@code en}; anything else fails naming the field. */
    static String normalizeLanguage(String language) {
        if (language == null || language.isBlank()) {
            return "zh";
        }
        String l = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        if (!l.equals("zh") && !l.equals("en")) {
            throw new InvalidValueException("language", "must be zh or en", language);
        }
        return l;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True for a Chinese script. */
    public boolean chinese() {
        return language.equals("zh");
    }

    /** Builder for {@link ScriptRequest}; not thread-safe. */
    public static final class Builder {
        private final List<ScriptItem> items = new ArrayList<>();
        private Host host;
        private PersonaStyle style;
        private String language = "zh";
        private Duration length = Duration.ofMinutes(30);
        private long seed = 1;
        private String title = "";

        private Builder() {
        }

        /** Adds a product and its offer (offer may be null). */
        public Builder add(Product product, Offer offer) {
            items.add(ScriptItem.of(product, offer));
            return this;
        }

        /** Adds catalog products with their current offers; unknown ids fail with {@code UnknownIdException}. */
        public Builder add(Catalog catalog, ProductId... ids) {
            for (ProductId id : ids) {
                Product p = catalog.require(id);
                items.add(ScriptItem.of(p, catalog.offer(id).orElse(null)));
            }
            return this;
        }

        public Builder host(Host host) { this.host = host; return this; }
        public Builder style(PersonaStyle style) { this.style = style; return this; }
        public Builder language(String language) { this.language = language; return this; }
        public Builder length(Duration length) { this.length = length; return this; }
        public Builder seed(long seed) { this.seed = seed; return this; }
        public Builder title(String title) { this.title = title; return this; }

        /** Requested length in minutes (must be positive). */
        public Builder minutes(int minutes) {
            if (minutes <= 0) {
                throw new InvalidValueException("minutes", "must be positive", minutes);
            }
            this.length = Duration.ofMinutes(minutes);
            return this;
        }

        public ScriptRequest build() {
            return new ScriptRequest(items, Optional.ofNullable(host), style, language, length, seed, title);
        }
    }
}
