package dev.livesell.recommend.live;

import dev.livesell.core.Catalog;
import dev.livesell.core.Comment;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LiveSession;
import dev.livesell.core.ProductId;
import dev.livesell.core.ViewerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replays recorded live sessions to check the {@link LiveRoomRanker}'s expected conversions against
 * what actually sold. Logged purchases in a live room follow the host's choice (a product sells while
 * it is on stage), so the replay asks the question the log can answer: at the start of every lineup
 * slot (after the first), with the viewers present then (an event or comment in the session during the
 * previous {@code presence} window) and the ranker refitted on the log before that moment, does the
 * expected number of purchases of the product about to be featured predict how many it actually sold
 * during its slot? Reported: pairwise accuracy over slot pairs of the same session (the ranker orders
 * the two featured products like their actual sales), Spearman correlation over all slots, the same
 * for a popularity baseline (the product's purchases before the moment), and calibration (sum of
 * expected vs. actual purchases by viewers present). Stateless; thread-safe.
 *
 * <p>Example: {@code LiveRoomReplay.run(catalog, sessions, comments, log, Duration.ofMinutes(30)).lines()}
 */
public final class LiveRoomReplay {
    private LiveRoomReplay() {
    }

    /** One replayed slot. */
    public record Slot(LiveSession session, int index, ProductId featured, int present, double expected, double popularity,
                       int sold, int soldToPresent) {
    }

    /** Replay outcome. */
    public record Result(List<Slot> slots) {
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (Slot s : slots) {
                out.add(String.format(Locale.ROOT, "  %s slot %2d %-8s present=%3d expected=%6.1f sold=%3d (to present %3d) popularity=%.0f",
                        s.session().id().value(), s.index(), s.featured().value(), s.present(), s.expected(), s.sold(),
                        s.soldToPresent(), s.popularity()));
            }
            out.add(String.format(Locale.ROOT, "live-room-ranker pairwise_accuracy=%.4f spearman=%.4f slots=%d",
                    pairwise(true), spearman(true), slots.size()));
            out.add(String.format(Locale.ROOT, "popularity pairwise_accuracy=%.4f spearman=%.4f slots=%d",
                    pairwise(false), spearman(false), slots.size()));
            double e = slots.stream().mapToDouble(Slot::expected).sum();
            int a = slots.stream().mapToInt(Slot::soldToPresent).sum();
            out.add(String.format(Locale.ROOT, "calibration expected=%.1f actual=%d (purchases of the featured product by viewers present)", e, a));
            return out;
        }

        /** Share of same-session slot pairs with different sales that the score orders like the sales. */
        public double pairwise(boolean ranker) {
            int agree = 0;
            int pairs = 0;
            for (int i = 0; i < slots.size(); i++) {
                for (int j = i + 1; j < slots.size(); j++) {
                    Slot a = slots.get(i);
                    Slot b = slots.get(j);
                    if (!a.session().id().equals(b.session().id()) || a.sold() == b.sold()) {
                        continue;
                    }
                    double sa = ranker ? a.expected() : a.popularity();
                    double sb = ranker ? b.expected() : b.popularity();
                    pairs++;
                    if (sa == sb) {
                        agree += 0;
                    } else if (sa > sb == a.sold() > b.sold()) {
                        agree++;
                    }
                }
            }
            return pairs == 0 ? 0 : (double) agree / pairs;
        }

        /** Spearman rank correlation of the score with the slot's sales over all slots. */
        public double spearman(boolean ranker) {
            int n = slots.size();
            if (n < 2) {
                return 0;
            }
            double[] x = ranks(slots.stream().mapToDouble(s -> ranker ? s.expected() : s.popularity()).toArray());
            double[] y = ranks(slots.stream().mapToDouble(Slot::sold).toArray());
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                mx += x[i] / n;
                my += y[i] / n;
            }
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int i = 0; i < n; i++) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
            }
            return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
        }

        private static double[] ranks(double[] v) {
            Integer[] idx = new Integer[v.length];
            for (int i = 0; i < v.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
            double[] r = new double[v.length];
            int i = 0;
            while (i < v.length) {
                int j = i;
                while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                    j++;
                }
                for (int k = i; k <= j; k++) {
                    r[idx[k]] = (i + j) / 2.0;
                }
                i = j + 1;
            }
            return r;
        }
    }

    public static Result run(Catalog catalog, List<LiveSession> sessions, List<Comment> comments, InteractionLog log, Duration presence) {
        if (presence.isZero() || presence.isNegative()) {
            throw new InvalidValueException("presence", "must be positive", presence);
        }
        List<Slot> out = new ArrayList<>();
        for (LiveSession s : sessions) {
            Duration slot = s.planned().dividedBy(Math.max(1, s.lineup().size()));
            for (int k = 1; k < s.lineup().size(); k++) {
                Instant t = s.start().plus(slot.multipliedBy(k));
                Instant from = t.minus(presence);
                Instant to = t.plus(slot);
                ProductId featured = s.lineup().get(k);
                Set<ViewerId> present = new HashSet<>();
                List<Interaction> sales = new ArrayList<>();
                for (Interaction e : log.events()) {
                    if (!e.session().map(x -> x.equals(s.id())).orElse(false)) {
                        continue;
                    }
                    if (!e.at().isBefore(from) && e.at().isBefore(t)) {
                        present.add(e.viewer());
                    } else if (!e.at().isBefore(t) && e.at().isBefore(to) && e.type() == InteractionType.PURCHASE
                            && e.product().equals(featured)) {
                        sales.add(e);
                    }
                }
                List<Comment> past = new ArrayList<>();
                for (Comment c : comments) {
                    if (c.at().isBefore(t)) {
                        past.add(c);
                        if (!c.at().isBefore(from) && c.session().map(x -> x.equals(s.id())).orElse(false)) {
                            present.add(c.viewer());
                        }
                    }
                }
                InteractionLog before = log.before(t);
                LiveRoomRanker ranker = LiveRoomRanker.fit(before, catalog, past, ViewerAffinity.NONE);
                double expected = ranker.rank(s, t, present, past, Set.of()).stream()
                        .filter(p -> p.product().id().equals(featured)).mapToDouble(LineupPick::expectedConversions).findFirst().orElse(0);
                Map<ProductId, Integer> pop = new HashMap<>();
                for (Interaction e : before.events()) {
                    if (e.type() == InteractionType.PURCHASE) {
                        pop.merge(e.product(), 1, Integer::sum);
                    }
                }
                int toPresent = (int) sales.stream().filter(e -> present.contains(e.viewer())).count();
                out.add(new Slot(s, k, featured, present.size(), expected, pop.getOrDefault(featured, 0), sales.size(), toPresent));
            }
        }
        return new Result(out);
    }
}
