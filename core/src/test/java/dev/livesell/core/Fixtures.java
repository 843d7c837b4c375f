package dev.livesell.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Realistic instances of every core type, shared by the core tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Product sunscreen() {
        return Product.builder("p-1001")
                .title("清透防晒乳 SPF50+ PA++++ 50ml")
                .category(Category.of(RegulatedClass.COSMETIC, "美妆", "防晒"))
                .brand("晴川")
                .attribute("净含量", "50ml")
                .attribute("适用肤质", "油性/混合性")
                .attribute("防晒指数", "SPF50+ PA++++")
                .sellingPoint("SPF50+ PA++++，已取得特殊化妆品注册证")
                .sellingPoint("质地清爽，成膜快")
                .listPrice(Money.cny("129"))
                .approvalNumber("国妆特字G20230001")
                .replenishmentDays(60)
                .tag("油皮")
                .build();
    }

    static Offer sunscreenOffer() {
        return Offer.builder("p-1001")
                .price(Money.cny("89"))
                .referencePrice(Money.cny("129"))
                .coupon(new Coupon(Money.cny("0"), Money.cny("10"), "直播间专享券"))
                .coupon(new Coupon(Money.cny("150"), Money.cny("20"), null))
                .validFrom(Instant.parse("2026-06-01T11:00:00Z"))
                .validUntil(Instant.parse("2026-06-01T14:00:00Z"))
                .stockLimit(2000)
                .session(SessionId.of("s-0601"))
                .build();
    }

    static Viewer viewer() {
        return new Viewer(ViewerId.of("v-00042"), Optional.of("小鹿"), Map.of("肤质", "油性"));
    }

    static Host host() {
        return new Host(HostId.of("h-1"), "小满", PersonaStyle.ENERGETIC, "节奏快，爱倒计时", "zh",
                List.of("家人们看过来"), List.of("美妆"));
    }

    static LiveSession session() {
        return new LiveSession(SessionId.of("s-0601"), "夏日防晒专场", HostId.of("h-1"),
                Instant.parse("2026-06-01T12:00:00Z"), Duration.ofMinutes(90), List.of(ProductId.of("p-1001"), ProductId.of("p-1002")));
    }

    static Comment comment() {
        return new Comment(ViewerId.of("v-00042"), Instant.parse("2026-06-01T12:05:00Z"), "油皮能用吗？",
                Optional.of(SessionId.of("s-0601")), Optional.of(ProductId.of("p-1001")));
    }

    static Interaction interaction() {
        return new Interaction(ViewerId.of("v-00042"), ProductId.of("p-1001"), InteractionType.CART,
                Instant.parse("2026-06-01T12:06:00Z"), Optional.of(SessionId.of("s-0601")));
    }

    static Context context() {
        return Context.at(Instant.parse("2026-06-01T12:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"))
                .withWeather(Weather.of(Weather.Condition.SUNNY, 33.5))
                .withSession(SessionId.of("s-0601"));
    }
}
