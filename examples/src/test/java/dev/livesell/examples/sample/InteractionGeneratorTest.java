package dev.livesell.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LiveSession;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.SessionId;
import dev.livesell.core.Viewer;
import dev.livesell.core.ViewerId;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.core.io.LivesellJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interaction-log generator: determinism, funnels, planted signals, and the shipped output. */
class InteractionGeneratorTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static GeneratedSample sample;
    private static InMemoryCatalog catalog;
    private static Map<ViewerId, String> segmentOf;

    @BeforeAll
    static void generateDefaultSample() {
        sample = InteractionGenerator.builder().build().generate();
        catalog = CatalogFile.readResource(InteractionGeneratorTest.class, "/sample/catalog.jsonl");
        segmentOf = new TreeMap<>();
        for (Viewer v : sample.viewers()) {
            segmentOf.put(v.id(), v.traits().get("segment"));
        }
    }

    private static InteractionGenerator.Builder small() {
        return InteractionGenerator.builder().viewers(60).days(120);
    }

    @Test
    void sameSeedGivesIdenticalSample() {
        GeneratedSample a = small().seed(7).build().generate();
        GeneratedSample b = small().seed(7).build().generate();
        assertEquals(a.viewers(), b.viewers());
        assertEquals(a.interactions(), b.interactions());
        assertFalse(a.interactions().isEmpty());
    }

    @Test
    void differentSeedGivesDifferentSample() {
        GeneratedSample a = small().seed(7).build().generate();
        GeneratedSample b = small().seed(8).build().generate();
        assertNotEquals(a.interactions(), b.interactions());
        assertNotEquals(a.viewers(), b.viewers());
    }

    @Test
    void shippedFilesAreTheOutputOfTheDocumentedSeed() throws IOException {
        assertEquals(resource("/sample/viewers.jsonl"), jsonLines(sample.viewers()), "viewers.jsonl is stale: regenerate it (see sample/README.md)");
        String shipped = resource("/sample/interactions.jsonl");
        String generated = jsonLines(sample.interactions());
        assertEquals(generated.length(), shipped.length(), "interactions.jsonl is stale: regenerate it (see sample/README.md)");
        assertTrue(generated.equals(shipped), "interactions.jsonl differs from the generator's output for seed 42");
    }

    @Test
    void defaultSampleHasAYearOfAtLeastTwentyThousandEventsInTimeOrder() {
        List<Interaction> events = sample.interactions();
        assertTrue(events.size() >= 20_000, "events: " + events.size());
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).at().isBefore(events.get(i - 1).at()), "out of order at " + i);
        }
        ZonedDateTime first = events.get(0).at().atZone(SHANGHAI);
        ZonedDateTime last = events.get(events.size() - 1).at().atZone(SHANGHAI);
        assertEquals(2026, first.getYear());
        assertTrue(Duration.between(first, last).toDays() >= 360, "span " + first + " .. " + last);
        for (Interaction e : events) {
            assertTrue(catalog.find(e.product()).isPresent(), "unknown product " + e.product());
            assertTrue(segmentOf.containsKey(e.viewer()), "unknown viewer " + e.viewer());
        }
    }

    @Test
    void funnelNarrowsFromImpressionsToPurchasesInEverySegment() {
        Map<String, Map<InteractionType, Integer>> bySegment = new TreeMap<>();
        for (Interaction e : sample.interactions()) {
            bySegment.computeIfAbsent(segmentOf.get(e.viewer()), k -> new EnumMap<>(InteractionType.class)).merge(e.type(), 1, Integer::sum);
        }
        assertEquals(ViewerSegment.defaults().size(), bySegment.size());
        bySegment.forEach((segment, c) -> {
            int imp = c.getOrDefault(InteractionType.IMPRESSION, 0);
            int views = c.getOrDefault(InteractionType.VIEW, 0);
            int carts = c.getOrDefault(InteractionType.CART, 0);
            int purchases = c.getOrDefault(InteractionType.PURCHASE, 0);
            assertTrue(imp > views && views > carts && carts > purchases && purchases > 0, segment + ": " + c);
        });
    }

    @Test
    void everyPurchaseFollowsACartOfTheSameViewerAndProduct() {
        Map<String, Integer> openCarts = new TreeMap<>();
        for (Interaction e : sample.interactions()) {
            String key = e.viewer() + "|" + e.product();
            if (e.type() == InteractionType.CART) {
                openCarts.merge(key, 1, Integer::sum);
            } else if (e.type() == InteractionType.PURCHASE) {
                Integer n = openCarts.get(key);
                assertTrue(n != null && n > 0, "purchase without cart: " + e);
                openCarts.put(key, n - 1);
            }
        }
    }

    @Test
    void segmentsPreferTheirCategories() {
        // share of a segment's views in a top category vs. the share among all other viewers
        assertTrue(liftOfViews("宝妈", p -> p.category().top().equals("母婴")) > 3);
        assertTrue(liftOfViews("数码爱好者", p -> p.category().top().equals("数码")) > 3);
        assertTrue(liftOfViews("银发", p -> p.category().top().equals("保健食品")) > 3);
        assertTrue(liftOfViews("健身", p -> p.category().top().equals("运动户外")) > 3);
        assertTrue(liftOfViews("油皮学生党", p -> p.tags().contains("油皮")) > 2);
        assertTrue(liftOfViews("白领男", p -> p.tags().contains("男士")) > 3);
    }

    private static double liftOfViews(String segment, Predicate<Product> in) {
        double[] mine = new double[2];
        double[] others = new double[2];
        for (Interaction e : sample.interactions()) {
            if (e.type() != InteractionType.VIEW) {
                continue;
            }
            double[] bucket = segment.equals(segmentOf.get(e.viewer())) ? mine : others;
            bucket[0] += in.test(catalog.find(e.product()).orElseThrow()) ? 1 : 0;
            bucket[1]++;
        }
        return (mine[0] / mine[1]) / (others[0] / others[1]);
    }

    @Test
    void freshProduceIsAMorningCategoryAndMakeupALateEveningOne() {
        double freshMorning = shareOfViewsAt(p -> p.category().top().equals("生鲜"), 6, 10);
        double freshNight = shareOfViewsAt(p -> p.category().top().equals("生鲜"), 21, 24);
        assertTrue(freshMorning > 2 * freshNight, freshMorning + " vs " + freshNight);
        double beautyNight = shareOfViewsAt(p -> p.category().top().equals("美妆"), 21, 24);
        double beautyMorning = shareOfViewsAt(p -> p.category().top().equals("美妆"), 6, 10);
        assertTrue(beautyNight > 1.5 * beautyMorning, beautyNight + " vs " + beautyMorning);
    }

    private static double shareOfViewsAt(Predicate<Product> in, int fromHour, int toHour) {
        double hit = 0;
        double all = 0;
        for (Interaction e : sample.interactions()) {
            int h = e.at().atZone(SHANGHAI).getHour();
            if (e.type() == InteractionType.VIEW && h >= fromHour && h < toHour) {
                all++;
                hit += in.test(catalog.find(e.product()).orElseThrow()) ? 1 : 0;
            }
        }
        return hit / all;
    }

    @Test
    void sunscreenSellsInSummerAndDownJacketsInWinter() {
        assertTrue(viewsInMonths("防晒", 6, 7, 8) > 2 * viewsInMonths("防晒", 12, 1, 2));
        assertTrue(viewsInMonths("羽绒服", 12, 1, 2) > 2 * viewsInMonths("羽绒服", 6, 7, 8));
        assertTrue(viewsInMonths("橙子", 11, 12, 1) > 2 * viewsInMonths("橙子", 6, 7, 8));
    }

    private static int viewsInMonths(String leaf, int... months) {
        int n = 0;
        for (Interaction e : sample.interactions()) {
            if (e.type() != InteractionType.VIEW && e.type() != InteractionType.IMPRESSION) {
                continue;
            }
            int m = e.at().atZone(SHANGHAI).getMonthValue();
            if (catalog.find(e.product()).orElseThrow().category().leaf().equals(leaf)) {
                for (int month : months) {
                    n += month == m ? 1 : 0;
                }
            }
        }
        return n;
    }

    @Test
    void repurchaseIntervalsClusterAroundReplenishmentDays() {
        Map<String, Instant> last = new TreeMap<>();
        Map<ProductId, List<Long>> gaps = new TreeMap<>();
        for (Interaction e : sample.interactions()) {
            Product p = catalog.find(e.product()).orElseThrow();
            if (e.type() != InteractionType.PURCHASE || p.replenishmentDays().isEmpty()) {
                continue;
            }
            Instant prev = last.put(e.viewer() + "|" + e.product(), e.at());
            if (prev != null) {
                gaps.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(Duration.between(prev, e.at()).toDays());
            }
        }
        int checked = 0;
        for (Map.Entry<ProductId, List<Long>> g : gaps.entrySet()) {
            List<Long> v = g.getValue();
            if (v.size() < 20) {
                continue;
            }
            v.sort(null);
            long median = v.get(v.size() / 2);
            int r = catalog.find(g.getKey()).orElseThrow().replenishmentDays().orElseThrow();
            assertTrue(Math.abs(median - r) <= Math.max(2, 0.2 * r), g.getKey() + ": median " + median + " days vs " + r);
            checked++;
        }
        assertTrue(checked >= 5, "consumables with enough repurchases: " + checked);
    }

    @Test
    void liveSessionEventsHappenDuringTheSessionOnItsLineup() {
        List<LiveSession> sessions = LivesellJson.readJsonLines(
                new java.io.InputStreamReader(InteractionGeneratorTest.class.getResourceAsStream("/sample/sessions.jsonl"),
                        StandardCharsets.UTF_8), "sessions.jsonl", LiveSession.class);
        Map<SessionId, LiveSession> byId = new TreeMap<>(java.util.Comparator.comparing(SessionId::value));
        sessions.forEach(s -> byId.put(s.id(), s));
        Map<SessionId, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(SessionId::value));
        for (Interaction e : sample.interactions()) {
            if (e.session().isEmpty()) {
                assertFalse(e.type() == InteractionType.LIKE || e.type() == InteractionType.COMMENT, "live-only event outside a session: " + e);
                continue;
            }
            LiveSession s = byId.get(e.session().get());
            assertTrue(s != null, "unknown session in " + e);
            assertTrue(s.lineup().contains(e.product()), "not on the lineup: " + e);
            assertFalse(e.at().isBefore(s.start().minusSeconds(600)) || e.at().isAfter(s.end().plusSeconds(3600)), "outside the session: " + e);
            counts.merge(s.id(), 1, Integer::sum);
        }
        assertEquals(byId.keySet(), counts.keySet());
        counts.forEach((id, n) -> assertTrue(n >= 200, id + ": " + n + " events"));
    }

    @Test
    void viewersCarryTheirSegmentAndTraits() {
        assertEquals(InteractionGenerator.DEFAULT_VIEWERS, sample.viewers().size());
        for (Viewer v : sample.viewers()) {
            assertTrue(v.nickname().isPresent());
            assertTrue(v.traits().containsKey("segment") && v.traits().containsKey("年龄段") && v.traits().containsKey("城市"), v.toString());
        }
        assertTrue(sample.viewers().stream().anyMatch(v -> "油性".equals(v.traits().get("肤质"))));
    }

    @Test
    void rejectsNonPositiveViewerCountAndDays() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> InteractionGenerator.builder().viewers(0));
        assertEquals("viewers", e.field());
        assertThrows(InvalidValueException.class, () -> InteractionGenerator.builder().days(-1));
    }

    private static String jsonLines(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            sb.append(LivesellJson.write(v)).append('\n');
        }
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InteractionGeneratorTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
