package dev.livesell.recommend.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Category;
import dev.livesell.core.Comment;
import dev.livesell.core.Context;
import dev.livesell.core.HostId;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.LiveSession;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.RegulatedClass;
import dev.livesell.core.SessionId;
import dev.livesell.core.ViewerId;
import dev.livesell.core.Weather;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextAndLiveRoomTest {
    static final ZoneId UTC = ZoneId.of("UTC");
    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    static InMemoryCatalog catalog() {
        return InMemoryCatalog.of(List.of(
                Product.builder("coffee").title("挂耳咖啡").category(Category.of(RegulatedClass.ORDINARY_FOOD, "食品", "咖啡"))
                        .listPrice(Money.cny("79")).replenishmentDays(30).build(),
                Product.builder("noodles").title("螺蛳粉").category(Category.of(RegulatedClass.ORDINARY_FOOD, "食品", "速食"))
                        .listPrice(Money.cny("39")).build(),
                Product.builder("paper").title("抽纸").category(Category.of(RegulatedClass.GENERAL, "日用", "纸品"))
                        .listPrice(Money.cny("39")).replenishmentDays(20).build()));
    }

    /** Coffee is viewed in the morning, noodles late at night, paper any time. */
    static InteractionLog dayPartLog() {
        return dayPartLog(InteractionType.VIEW);
    }

    static InteractionLog dayPartLog(InteractionType type) {
        Random r = new Random(5);
        List<Interaction> events = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            for (int n = 0; n < 20; n++) {
                String v = "v" + r.nextInt(50);
                events.add(Interaction.of(v, "coffee", type, T0.plus(Duration.ofDays(d).plusHours(8).plusMinutes(r.nextInt(60)))));
                events.add(Interaction.of(v, "noodles", type, T0.plus(Duration.ofDays(d).plusHours(23).plusMinutes(r.nextInt(60)))));
                events.add(Interaction.of(v, "paper", type, T0.plus(Duration.ofDays(d).plusHours(r.nextInt(24)))));
            }
        }
        return InteractionLog.of(events);
    }

    @Test
    void learnsCategoryByHourAffinitiesFromTheLog() {
        ContextAffinity a = ContextAffinity.fit(dayPartLog(), catalog(), UTC);
        Context morning = Context.at(Instant.parse("2026-07-10T08:30:00Z"), UTC);
        Context night = Context.at(Instant.parse("2026-07-10T23:30:00Z"), UTC);
        assertTrue(a.logLift("食品/咖啡", ContextAffinity.Dimension.HOUR, 8) > 0.5);
        assertTrue(a.logLift("食品/咖啡", ContextAffinity.Dimension.HOUR, 23) < -0.5);
        assertTrue(a.logLift("食品/咖啡", morning) > a.logLift("食品/咖啡", night));
        assertTrue(a.logLift("食品/速食", night) > a.logLift("食品/速食", morning));
        assertTrue(a.explain("食品/咖啡", morning).stream().anyMatch(s -> s.contains("at 08:00")), a.explain("食品/咖啡", morning).toString());
        assertEquals(0.0, a.logLift("unknown/category", morning));
    }

    /** One "a" event at 03:00 among "b" events; 03:00 is seen on three days, so only the smoothing limits a's lift. */
    private static ContextAffinity.Builder oneRareEvent(ContextAffinity.Builder b) {
        b.add("a", Instant.parse("2026-06-01T03:00:00Z"), 1, Optional.empty());
        b.add("b", Instant.parse("2026-06-02T03:00:00Z"), 1, Optional.empty());
        b.add("b", Instant.parse("2026-06-03T03:00:00Z"), 1, Optional.empty());
        for (int i = 0; i < 200; i++) {
            b.add("b", Instant.parse("2026-06-0" + (1 + i % 5) + "T10:00:00Z"), 1, Optional.empty());
        }
        return b;
    }

    @Test
    void sparseCellsShrinkTowardsNoEffect() {
        ContextAffinity a = oneRareEvent(ContextAffinity.builder(UTC)).build();
        // a single event at 03:00 cannot make "a" 68× as likely there (1 of 3 events at 03:00, 1 of 203 overall)
        double smoothed = a.logLift("a", ContextAffinity.Dimension.HOUR, 3);
        assertTrue(smoothed > 0 && smoothed < Math.log(10), "smoothed " + smoothed);
        double raw = oneRareEvent(ContextAffinity.builder(UTC).smoothing(0)).build().logLift("a", ContextAffinity.Dimension.HOUR, 3);
        assertEquals(Math.log(203.0 / 3), raw, 1e-9);
        assertTrue(Math.abs(a.logLift("b", ContextAffinity.Dimension.HOUR, 10)) < 0.1);
    }

    @Test
    void aBuiltAffinityIsNotChangedByItsBuilder() {
        ContextAffinity.Builder b = oneRareEvent(ContextAffinity.builder(UTC));
        ContextAffinity a = b.build();
        double before = a.logLift("a", ContextAffinity.Dimension.HOUR, 3);
        for (int i = 0; i < 100; i++) {
            b.add("a", Instant.parse("2026-06-04T03:00:00Z"), 1, Optional.empty());
        }
        assertEquals(before, a.logLift("a", ContextAffinity.Dimension.HOUR, 3));
        assertTrue(Math.abs(b.build().logLift("a", ContextAffinity.Dimension.HOUR, 3) - before) > 0.5, "a new build sees the new events");
    }

    @Test
    void contextValuesSeenOnTooFewDaysHaveNoEffect() {
        ContextAffinity.Builder b = ContextAffinity.builder(UTC);
        for (int i = 0; i < 500; i++) {
            // two days only, both Mondays two weeks apart: "Monday" is that trend, not a habit
            b.add("a", Instant.parse(i % 2 == 0 ? "2026-06-01T10:00:00Z" : "2026-06-15T10:00:00Z"), 1, Optional.empty());
            b.add("b", Instant.parse("2026-06-0" + (2 + i % 5) + "T10:00:00Z"), 1, Optional.empty());
        }
        // 23:00 is seen on two days only, where every event is an "a": no lift all the same
        for (int i = 0; i < 50; i++) {
            b.add("a", Instant.parse(i % 2 == 0 ? "2026-06-03T23:00:00Z" : "2026-06-04T23:00:00Z"), 1, Optional.empty());
        }
        ContextAffinity a = b.build();
        assertEquals(0.0, a.logLift("a", ContextAffinity.Dimension.DAY_OF_WEEK, 0));
        assertEquals(0.0, a.logLift("a", ContextAffinity.Dimension.HOUR, 23));
        // 10:00 is seen on seven days: its lift is used
        assertTrue(a.logLift("b", ContextAffinity.Dimension.HOUR, 10) != 0.0);
    }

    @Test
    void aWeatherWithoutATemperatureMovesNoTemperatureBand() {
        // late evenings are hot (noodles then); mornings only say "rain" and so add no temperature evidence
        ContextAffinity a = ContextAffinity.fit(dayPartLog(), catalog(), UTC, at -> {
            int h = at.atZone(UTC).getHour();
            return h >= 20 ? Optional.of(Weather.ofTemperature(33)) : h < 12 ? Optional.of(Weather.of(Weather.Condition.RAIN)) : Optional.empty();
        });
        assertTrue(a.knowsWeather());
        int temperature = ContextAffinity.Dimension.TEMPERATURE.ordinal();
        Instant noon = Instant.parse("2026-07-10T12:30:00Z");
        Context hot = Context.at(noon, UTC).withWeather(Weather.ofTemperature(33));
        Context rain = Context.at(noon, UTC).withWeather(Weather.of(Weather.Condition.RAIN));
        assertTrue(a.logLifts("食品/速食", hot)[temperature] > 0.3, "noodles in hot weather");
        assertTrue(a.logLifts("食品/咖啡", hot)[temperature] < -0.3, "rainy coffee mornings were not counted as hot");
        for (String c : List.of("食品/速食", "食品/咖啡", "日用/纸品")) {
            assertEquals(0.0, a.logLifts(c, rain)[temperature], c);
            assertEquals(a.logLift(c, Context.at(noon, UTC)), a.logLift(c, rain), c);
        }
    }

    @Test
    void missingArgumentsAreTypedErrorsNamingTheArgument() {
        Class<dev.livesell.core.InvalidValueException> t = dev.livesell.core.InvalidValueException.class;
        assertEquals("log", org.junit.jupiter.api.Assertions.assertThrows(t, () -> LiveRecommender.fit(null, catalog(), UTC)).field());
        assertEquals("catalog", org.junit.jupiter.api.Assertions.assertThrows(t, () -> LiveRoomRanker.fit(dayPartLog(), null)).field());
        assertEquals("catalog", org.junit.jupiter.api.Assertions.assertThrows(t, () -> CategoryAffinity.fit(dayPartLog(), null)).field());
        LiveRecommender r = LiveRecommender.fit(dayPartLog(), catalog(), UTC);
        assertEquals("ctx", org.junit.jupiter.api.Assertions.assertThrows(t,
                () -> r.recommend(dev.livesell.core.ViewerId.of("v-1"), null, 5)).field());
    }

    @Test
    void holdoutChoosesAContextStrengthWhenTheLogHasHabits() {
        LiveRecommender r = LiveRecommender.fit(dayPartLog(InteractionType.PURCHASE), catalog(), UTC);
        assertTrue(r.beta() > 0, "beta " + r.beta());
    }

    @Test
    void liveRecommenderPutsTheMorningCategoryFirstInTheMorning() {
        LiveRecommender r = LiveRecommender.fit(dayPartLog(), catalog(), UTC).withBeta(1);
        Context morning = Context.at(Instant.parse("2026-07-10T08:30:00Z"), UTC);
        Context night = Context.at(Instant.parse("2026-07-10T23:30:00Z"), UTC);
        assertEquals("coffee", r.recommend(ViewerId.of("v1"), morning, 3).get(0).product().id().value());
        assertEquals("noodles", r.recommend(ViewerId.of("v1"), night, 3).get(0).product().id().value());
    }

    @Test
    void liveRoomRanksWhatPresentViewersCartedAndAreDueFor() {
        InMemoryCatalog c = catalog();
        Instant now = Instant.parse("2026-06-20T12:00:00Z");
        Set<ViewerId> present = new HashSet<>();
        for (int v = 0; v < 40; v++) {
            present.add(ViewerId.of("v" + v));
        }
        LiveSession s = new LiveSession(SessionId.of("s-1"), "test", HostId.of("h-1"), now.minus(Duration.ofHours(1)), Duration.ofHours(3),
                List.of(ProductId.of("noodles"), ProductId.of("coffee"), ProductId.of("paper")));
        List<Comment> comments = List.of(new Comment(ViewerId.of("v1"), now.minus(Duration.ofMinutes(5)), "咖啡还有吗",
                Optional.of(s.id()), Optional.of(ProductId.of("coffee"))));
        LiveRoomRanker ranker = LiveRoomRanker.fit(InteractionLog.of(roomEvents(now, true)), c, comments, ViewerAffinity.NONE);
        List<LineupPick> picks = ranker.rank(s, now, present, comments, Set.of());
        for (int i = 1; i < picks.size(); i++) {
            assertTrue(picks.get(i - 1).expectedConversions() >= picks.get(i).expectedConversions());
        }
        LineupPick paper = pick(picks, "paper");
        assertEquals(14, paper.dueForRepurchase());
        assertTrue(paper.reasons().contains("due for repurchase for 14"), paper.reasons().toString());
        LineupPick coffee = pick(picks, "coffee");
        assertEquals(12, coffee.carted());
        assertEquals(1, coffee.asked());
        assertTrue(coffee.reasons().contains("40 viewers present"), coffee.reasons().toString());
        assertTrue(coffee.reasons().contains("12 carted it last week"), coffee.reasons().toString());
        LiveRoomRanker noCarts = LiveRoomRanker.fit(InteractionLog.of(roomEvents(now, false)), c, comments, ViewerAffinity.NONE);
        assertTrue(coffee.expectedConversions() > pick(noCarts.rank(s, now, present, comments, Set.of()), "coffee").expectedConversions());
        assertTrue(coffee.expectedConversions() > pick(picks, "noodles").expectedConversions());
        // featured products are left out
        assertTrue(ranker.rank(s, now, present, comments, Set.of(ProductId.of("coffee"))).stream()
                .noneMatch(p -> p.product().id().value().equals("coffee")));
    }

    private static LineupPick pick(List<LineupPick> picks, String id) {
        return picks.stream().filter(p -> p.product().id().value().equals(id)).findFirst().orElseThrow();
    }

    /** 40 viewers view everything; every third buys paper every 20 days; 12 carted coffee two days ago (optional). */
    private static List<Interaction> roomEvents(Instant now, boolean recentCarts) {
        List<Interaction> events = new ArrayList<>();
        for (int v = 0; v < 40; v++) {
            ViewerId id = ViewerId.of("v" + v);
            for (String p : List.of("noodles", "coffee", "paper")) {
                events.add(new Interaction(id, ProductId.of(p), InteractionType.VIEW, now.minus(Duration.ofDays(30)), Optional.empty()));
            }
            if (v % 3 == 0) {
                for (int d : new int[] {61, 41, 21}) {
                    events.add(new Interaction(id, ProductId.of("paper"), InteractionType.PURCHASE, now.minus(Duration.ofDays(d)), Optional.empty()));
                }
            }
            if (recentCarts && v < 12) {
                events.add(new Interaction(id, ProductId.of("coffee"), InteractionType.CART, now.minus(Duration.ofDays(2)), Optional.empty()));
            }
            if (v < 3) {
                events.add(new Interaction(id, ProductId.of("coffee"), InteractionType.CART, now.minus(Duration.ofDays(40)), Optional.empty()));
                events.add(new Interaction(id, ProductId.of("coffee"), InteractionType.PURCHASE, now.minus(Duration.ofDays(38)), Optional.empty()));
            }
        }
        return events;
    }
}
