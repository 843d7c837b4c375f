package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Comment;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LiveSession;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.ViewerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what the host should feature next: ranks a live session's remaining lineup by the
 * purchases it is expected to bring among the viewers present now.
 *
 * <p>For each viewer present and lineup product the purchase probability combines evidence with rates
 * learned from the log (each a smoothed share of past cases that ended in a purchase within
 * {@value #WINDOW_DAYS} days): the viewer carted it (cart→purchase rate), viewed it (view→purchase rate),
 * asked about it in the comments (comment→purchase rate, cart rate when the log has no comment outcomes),
 * a repurchase is due ({@link RepurchaseCycles}, the item's repeat rate); otherwise the product's base
 * conversion among its viewers. Independent signals combine as {@code 1 − Π(1 − r)}; the viewer's own
 * model ({@link ViewerAffinity}) scales the base rate by {@code 1 + affinity}. Expected conversions
 * are the sum over viewers present. Products out of stock are skipped.
 *
 * <pre>{@code
 * LiveRoomRanker r = LiveRoomRanker.fit(log, catalog);                 // rates learned from the log
 * List<LineupPick> next = r.rank(session, now, viewersPresent, comments, Set.of());
 * next.get(0).reasons();  // ["312 viewers present", "41 carted it last week", "due for repurchase for 27"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LiveRoomRanker {
    /** Days after a signal in which a purchase counts as its outcome. */
    public static final int WINDOW_DAYS = 7;
    private static final double PRIOR = 20;

    private final Catalog catalog;
    private final InteractionLog log;
    private final ViewerAffinity affinity;
    private final RepurchaseCycles cycles;
    private final PurchaseHistory history;
    private final Map<ProductId, Double> baseRate;
    private final double cartRate;
    private final double viewRate;
    private final double commentRate;

    private LiveRoomRanker(Catalog catalog, InteractionLog log, ViewerAffinity affinity, double commentRate) {
        this.catalog = catalog;
        this.log = log;
        this.affinity = affinity;
        this.history = PurchaseHistory.fromLog(log, catalog);
        this.cycles = RepurchaseCycles.fit(history, i -> catalog.find(ProductId.of(history.itemId(i)))
                .flatMap(Product::replenishmentDays).map(Integer::doubleValue).orElse(Double.NaN));
        // outcome rates: share of (viewer, product, signal) cases followed by a purchase within the window
        Map<String, List<Instant>> purchases = new HashMap<>();
        Map<ProductId, Set<ViewerId>> viewers = new HashMap<>();
        Map<ProductId, Set<ViewerId>> buyers = new HashMap<>();
        for (Interaction e : log.events()) {
            viewers.computeIfAbsent(e.product(), k -> new HashSet<>()).add(e.viewer());
            if (e.type() == InteractionType.PURCHASE) {
                purchases.computeIfAbsent(key(e.viewer(), e.product()), k -> new ArrayList<>()).add(e.at());
                buyers.computeIfAbsent(e.product(), k -> new HashSet<>()).add(e.viewer());
            }
        }
        double[] cart = new double[2];
        double[] view = new double[2];
        for (Interaction e : log.events()) {
            double[] acc = e.type() == InteractionType.CART ? cart : e.type() == InteractionType.VIEW ? view : null;
            if (acc == null) {
                continue;
            }
            acc[1]++;
            if (boughtWithin(purchases.get(key(e.viewer(), e.product())), e.at())) {
                acc[0]++;
            }
        }
        double totalViewers = 0;
        double totalBuyers = 0;
        for (Map.Entry<ProductId, Set<ViewerId>> v : viewers.entrySet()) {
            totalViewers += v.getValue().size();
            totalBuyers += buyers.getOrDefault(v.getKey(), Set.of()).size();
        }
        double global = totalViewers == 0 ? 0.01 : totalBuyers / totalViewers;
        this.viewRate = (view[0] + PRIOR * global) / (view[1] + PRIOR);
        this.cartRate = (cart[0] + PRIOR * global) / (cart[1] + PRIOR);
        this.commentRate = Double.isNaN(commentRate) ? cartRate : commentRate;
        Map<ProductId, Double> base = new HashMap<>();
        for (Product p : catalog.products()) {
            int v = viewers.getOrDefault(p.id(), Set.of()).size();
            int b = buyers.getOrDefault(p.id(), Set.of()).size();
            base.put(p.id(), (b + PRIOR * global) / (v + PRIOR));
        }
        this.baseRate = base;
    }

    /** Learns the rates from the log (no comment outcomes: comments count like carts). */
    public static LiveRoomRanker fit(InteractionLog log, Catalog catalog) {
        dev.livesell.core.InvalidValueException.requireNonNull("log", log);
        dev.livesell.core.InvalidValueException.requireNonNull("catalog", catalog);
        return new LiveRoomRanker(catalog, log, ViewerAffinity.NONE, Double.NaN);
    }

    /**
     * Learns the rates from the log and the comments made before it ends: the comment rate is the share
     * of (viewer, product) comments followed by a purchase of that product within the window.
     */
    public static LiveRoomRanker fit(InteractionLog log, Catalog catalog, Collection<Comment> pastComments, ViewerAffinity affinity) {
        dev.livesell.core.InvalidValueException.requireNonNull("log", log);
        dev.livesell.core.InvalidValueException.requireNonNull("catalog", catalog);
        dev.livesell.core.InvalidValueException.requireNonNull("pastComments", pastComments);
        dev.livesell.core.InvalidValueException.requireNonNull("affinity", affinity);
        Map<String, List<Instant>> purchases = new HashMap<>();
        for (Interaction e : log.events()) {
            if (e.type() == InteractionType.PURCHASE) {
                purchases.computeIfAbsent(key(e.viewer(), e.product()), k -> new ArrayList<>()).add(e.at());
            }
        }
        double hit = 0;
        double n = 0;
        Instant end = log.last().orElse(Instant.EPOCH);
        for (Comment c : pastComments) {
            if (c.about().isEmpty() || c.at().isAfter(end)) {
                continue;
            }
            n++;
            if (boughtWithin(purchases.get(key(c.viewer(), c.about().get())), c.at())) {
                hit++;
            }
        }
        LiveRoomRanker probe = new LiveRoomRanker(catalog, log, affinity, Double.NaN);
        double rate = n == 0 ? Double.NaN : (hit + PRIOR * probe.cartRate) / (n + PRIOR);
        return new LiveRoomRanker(catalog, log, affinity, rate);
    }

    private static String key(ViewerId v, ProductId p) {
        return v.value() + "\u0000" + p.value();
    }

    private static boolean boughtWithin(List<Instant> times, Instant after) {
        if (times == null) {
            return false;
        }
        Instant limit = after.plus(Duration.ofDays(WINDOW_DAYS));
        for (Instant t : times) {
            if (!t.isBefore(after) && t.isBefore(limit)) {
                return true;
            }
        }
        return false;
    }

    public double cartRate() {
        return cartRate;
    }

    public double viewRate() {
        return viewRate;
    }

    public double commentRate() {
        return commentRate;
    }

    /**
     * Ranks the session's lineup products not yet featured, best first.
     *
     * @param session        the live session
     * @param now            the moment of the decision (events after it are ignored)
     * @param present        viewers in the room now
     * @param comments       comments of this session so far (later ones are ignored)
     * @param alreadyFeatured products already presented (left out)
     */
    public List<LineupPick> rank(LiveSession session, Instant now, Set<ViewerId> present, List<Comment> comments,
                                 Set<ProductId> alreadyFeatured) {
        dev.livesell.core.InvalidValueException.requireNonNull("session", session);
        dev.livesell.core.InvalidValueException.requireNonNull("now", now);
        if (present == null) {
            throw new InvalidValueException("present", "must not be null", null);
        }
        Instant weekAgo = now.minus(Duration.ofDays(WINDOW_DAYS));
        Set<ProductId> lineup = new HashSet<>(session.lineup());
        Map<String, Boolean> carted = new HashMap<>();
        Set<String> viewed = new HashSet<>();
        for (Interaction e : log.events()) {
            if (e.at().isAfter(now)) {
                break;
            }
            if (!present.contains(e.viewer()) || !lineup.contains(e.product()) || e.at().isBefore(weekAgo)) {
                continue;
            }
            String k = key(e.viewer(), e.product());
            switch (e.type()) {
                case CART -> carted.put(k, true);
                case PURCHASE -> carted.put(k, false);
                case VIEW -> viewed.add(k);
                default -> { }
            }
        }
        Set<String> asked = new HashSet<>();
        if (comments != null) {
            for (Comment c : comments) {
                if (!c.at().isAfter(now) && c.about().isPresent() && present.contains(c.viewer())
                        && c.session().map(s -> s.equals(session.id())).orElse(true)) {
                    asked.add(key(c.viewer(), c.about().get()));
                }
            }
        }
        double day = PurchaseHistory.dayOf(now);
        List<LineupPick> out = new ArrayList<>();
        for (ProductId pid : session.lineup()) {
            if (alreadyFeatured != null && alreadyFeatured.contains(pid)) {
                continue;
            }
            Product p = catalog.require(pid);
            if (catalog.offer(pid).flatMap(Offer::stockLimit).map(s -> s == 0).orElse(false)) {
                continue;
            }
            int item = history.item(pid);
            double base = baseRate.getOrDefault(pid, 0.0);
            double repeat = item >= 0 ? cycles.repeatRate(item) : 0;
            double expected = 0;
            int nCart = 0;
            int nView = 0;
            int nDue = 0;
            int nAsk = 0;
            for (ViewerId v : present) {
                String k = key(v, pid);
                double miss = 1;
                boolean any = false;
                if (carted.getOrDefault(k, false)) {
                    miss *= 1 - cartRate;
                    nCart++;
                    any = true;
                }
                if (viewed.contains(k)) {
                    miss *= 1 - viewRate;
                    nView++;
                    any = true;
                }
                if (asked.contains(k)) {
                    miss *= 1 - commentRate;
                    nAsk++;
                    any = true;
                }
                int u = history.user(v);
                if (u >= 0 && item >= 0 && cycles.hasCycle(item) && cycles.due(u, item, day).isDue()) {
                    miss *= 1 - repeat;
                    nDue++;
                    any = true;
                }
                double q = any ? 1 - miss : 0;
                q = Math.max(q, Math.min(1, base * (1 + affinity.score(v, p))));
                expected += q;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(present.size() + " viewers present");
            if (nCart > 0) {
                reasons.add(nCart + " carted it last week");
            }
            if (nDue > 0) {
                reasons.add("due for repurchase for " + nDue);
            }
            if (nAsk > 0) {
                reasons.add(nAsk + " asked about it");
            }
            if (nView > 0) {
                reasons.add(nView + " viewed it last week");
            }
            reasons.add(String.format(Locale.ROOT, "%.1f expected purchases", expected));
            out.add(new LineupPick(p, expected, present.size(), nCart, nView, nDue, nAsk, reasons));
        }
        out.sort((a, b) -> {
            int cmp = Double.compare(b.expectedConversions(), a.expectedConversions());
            return cmp != 0 ? cmp : Integer.compare(session.lineup().indexOf(a.product().id()), session.lineup().indexOf(b.product().id()));
        });
        return out;
    }
}
