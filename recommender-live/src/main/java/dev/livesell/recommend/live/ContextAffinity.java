package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Context;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import dev.livesell.core.Season;
import dev.livesell.core.Weather;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Category × context affinities learned from an interaction log — category × hour of day, × day of
 * week, × season and, when the events' weather gives a temperature, × temperature band — as smoothed log-lifts:
 * {@code log( P(category | context value) / P(category) )} with {@code P(c | v) = (n(c,v) + α·P(c)) / (n(v) + α)},
 * so sparse cells shrink to no effect, and a context value seen on fewer than {@link #minDays} distinct
 * days has no effect at all. No hand-written affinities: every number comes from the log (α is a
 * smoothing strength, default {@value #DEFAULT_SMOOTHING} weighted events).
 *
 * <p>Example:
 * <pre>{@code
 * ContextAffinity a = ContextAffinity.fit(log, catalog, ZoneId.of("Asia/Shanghai"));
 * double boost = a.logLift("护肤/防晒", context);          // > 0: the context favours the category
 * List<String> why = a.explain("护肤/防晒", context);        // ["1.8× usual at 20:00", ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ContextAffinity {
    /** Default smoothing strength α, in weighted events. */
    public static final double DEFAULT_SMOOTHING = 50;

    /** The context dimensions learned. */
    public enum Dimension {
        HOUR, DAY_OF_WEEK, SEASON, TEMPERATURE
    }

    private final ZoneId zone;
    private final double alpha;
    private final Map<String, Double> categoryTotals;
    private final double total;
    private final Map<Dimension, Map<String, double[]>> counts;
    private final Map<Dimension, double[]> valueTotals;
    private final Map<Dimension, int[]> valueDays;

    private ContextAffinity(Builder b) {
        this.zone = b.zone;
        this.alpha = b.alpha;
        this.categoryTotals = Map.copyOf(b.categoryTotals);
        this.total = b.total;
        Map<Dimension, Map<String, double[]>> c = new HashMap<>();
        b.counts.forEach((d, m) -> {
            Map<String, double[]> copy = new HashMap<>();
            m.forEach((category, a) -> copy.put(category, a.clone()));
            c.put(d, Map.copyOf(copy));
        });
        // deep copies: the builder may go on collecting events after build()
        this.counts = Map.copyOf(c);
        Map<Dimension, double[]> totals = new HashMap<>();
        b.valueTotals.forEach((d, a) -> totals.put(d, a.clone()));
        this.valueTotals = Map.copyOf(totals);
        Map<Dimension, int[]> days = new HashMap<>();
        b.valueDates.forEach((d, sets) -> {
            int[] n = new int[sets.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = sets[i].size();
            }
            days.put(d, n);
        });
        this.valueDays = Map.copyOf(days);
    }

    /**
     * Distinct calendar days a context value must be seen on before its lift is used: a value seen on
     * too few days cannot be told apart from that day's trend (9 days of log say nothing about Sundays).
     */
    public static int minDays(Dimension d) {
        return d == Dimension.SEASON ? 28 : 3;
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** Learns from every event whose product is in the catalog (type-weighted); weather unknown. */
    public static ContextAffinity fit(InteractionLog log, Catalog catalog, ZoneId zone) {
        return fit(log, catalog, zone, at -> Optional.empty());
    }

    /** Learns from every event whose product is in the catalog, with the weather at each instant when known. */
    public static ContextAffinity fit(InteractionLog log, Catalog catalog, ZoneId zone, Function<Instant, Optional<Weather>> weather) {
        Builder b = builder(zone);
        Map<String, String> keys = new HashMap<>();
        for (Product p : catalog.products()) {
            keys.put(p.id().value(), p.category().key());
        }
        for (Interaction e : log.events()) {
            String c = keys.get(e.product().value());
            if (c != null) {
                b.add(c, e.at(), e.type().defaultWeight(), weather.apply(e.at()).flatMap(Weather::band));
            }
        }
        return b.build();
    }

    static int size(Dimension d) {
        return switch (d) {
            case HOUR -> 24;
            case DAY_OF_WEEK -> 7;
            case SEASON -> 4;
            case TEMPERATURE -> Weather.TemperatureBand.values().length;
        };
    }

    /** The context's value index in each dimension (−1 when unknown, e.g. no weather). */
    int[] values(Context ctx) {
        ZonedDateTime t = ctx.at().atZone(zone);
        int band = ctx.weather().flatMap(Weather::band).map(Enum::ordinal).orElse(-1);
        return new int[] {t.getHour(), t.getDayOfWeek().getValue() - 1, Season.of(t.getMonth(), false).ordinal(), band};
    }

    /** Smoothed log-lift of the category in one dimension's value (0 when unknown). */
    public double logLift(String category, Dimension d, int value) {
        Double ct = categoryTotals.get(category);
        if (ct == null || value < 0 || total <= 0) {
            return 0;
        }
        double[] vt = valueTotals.get(d);
        if (vt == null || vt[value] <= 0 || valueDays.get(d)[value] < minDays(d)) {
            return 0;
        }
        double p = ct / total;
        double[] cv = counts.getOrDefault(d, Map.of()).get(category);
        double n = cv == null ? 0 : cv[value];
        double cond = (n + alpha * p) / (vt[value] + alpha);
        return Math.log(cond / p);
    }

    /** Sum of the category's log-lifts over the context's known dimensions. */
    public double logLift(String category, Context ctx) {
        int[] v = values(ctx);
        double s = 0;
        for (Dimension d : Dimension.values()) {
            s += logLift(category, d, v[d.ordinal()]);
        }
        return s;
    }

    /** Per-dimension log-lifts of the category for a context, in {@link Dimension} order. */
    public double[] logLifts(String category, Context ctx) {
        int[] v = values(ctx);
        double[] out = new double[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            out[d.ordinal()] = logLift(category, d, v[d.ordinal()]);
        }
        return out;
    }

    /** Reasons for the dimensions where the context moves the category by at least 15%. */
    public List<String> explain(String category, Context ctx) {
        int[] v = values(ctx);
        List<String> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double l = logLift(category, d, v[d.ordinal()]);
            if (Math.abs(l) < Math.log(1.15)) {
                continue;
            }
            String what = switch (d) {
                case HOUR -> String.format(Locale.ROOT, "at %02d:00", v[0]);
                case DAY_OF_WEEK -> "on " + java.time.DayOfWeek.of(v[1] + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                case SEASON -> "in " + Season.values()[v[2]].name().toLowerCase(Locale.ROOT);
                case TEMPERATURE -> "in " + Weather.TemperatureBand.values()[v[3]].name().toLowerCase(Locale.ROOT) + " weather";
            };
            out.add(String.format(Locale.ROOT, "%s %.1f× as popular as usual %s", category, Math.exp(l), what));
        }
        return out;
    }

    /** True when the log had weather for some events (the temperature dimension is learned). */
    public boolean knowsWeather() {
        double[] t = valueTotals.get(Dimension.TEMPERATURE);
        if (t == null) {
            return false;
        }
        for (double x : t) {
            if (x > 0) {
                return true;
            }
        }
        return false;
    }

    /** Builder that accumulates events; not thread-safe. */
    public static final class Builder {
        private final ZoneId zone;
        private double alpha = DEFAULT_SMOOTHING;
        private final Map<String, Double> categoryTotals = new HashMap<>();
        private double total;
        private final Map<Dimension, Map<String, double[]>> counts = new HashMap<>();
        private final Map<Dimension, double[]> valueTotals = new HashMap<>();
        private final Map<Dimension, java.util.Set<Long>[]> valueDates = new HashMap<>();

        @SuppressWarnings("unchecked")
        private Builder(ZoneId zone) {
            if (zone == null) {
                throw new InvalidValueException("zone", "must not be null", null);
            }
            this.zone = zone;
            for (Dimension d : Dimension.values()) {
                valueTotals.put(d, new double[size(d)]);
                counts.put(d, new HashMap<>());
                java.util.Set<Long>[] dates = new java.util.Set[size(d)];
                for (int i = 0; i < dates.length; i++) {
                    dates[i] = new java.util.HashSet<>();
                }
                valueDates.put(d, dates);
            }
        }

        /** Smoothing strength α ≥ 0 (weighted events). */
        public Builder smoothing(double a) {
            if (!(a >= 0)) {
                throw new InvalidValueException("smoothing", "must be ≥ 0", a);
            }
            this.alpha = a;
            return this;
        }

        /** Adds one event of a category at an instant with a weight and, if known, the temperature band. */
        public Builder add(String category, Instant at, double weight, Optional<Weather.TemperatureBand> band) {
            if (category == null || category.isBlank()) {
                throw new InvalidValueException("category", "must not be blank", category);
            }
            if (!(weight > 0)) {
                throw new InvalidValueException("weight", "must be positive", weight);
            }
            ZonedDateTime t = at.atZone(zone);
            int[] v = {t.getHour(), t.getDayOfWeek().getValue() - 1, Season.of(t.getMonth(), false).ordinal(),
                    band.map(Enum::ordinal).orElse(-1)};
            categoryTotals.merge(category, weight, Double::sum);
            total += weight;
            for (Dimension d : Dimension.values()) {
                int x = v[d.ordinal()];
                if (x < 0) {
                    continue;
                }
                valueTotals.get(d)[x] += weight;
                valueDates.get(d)[x].add(t.toLocalDate().toEpochDay());
                counts.get(d).computeIfAbsent(category, k -> new double[size(d)])[x] += weight;
            }
            return this;
        }

        /** A snapshot: events added to this builder afterwards do not change it. */
        public ContextAffinity build() {
            return new ContextAffinity(this);
        }
    }
}
