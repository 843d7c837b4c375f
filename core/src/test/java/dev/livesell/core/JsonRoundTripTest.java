package dev.livesell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.io.LivesellJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
    static Stream<Object> everyCoreType() {
        return Stream.of(
                Fixtures.sunscreen(), Fixtures.sunscreenOffer(), Fixtures.viewer(), Fixtures.host(), Fixtures.session(),
                Fixtures.comment(), Fixtures.interaction(), Fixtures.context(), Money.cny("89.90"),
                Category.of(RegulatedClass.HEALTH_FOOD, "保健食品", "维生素"), new Coupon(Money.cny("300"), Money.cny("40"), null),
                Weather.of(Weather.Condition.RAIN), Weather.ofTemperature(-2.5), ProductId.of("p-1"), ViewerId.of("v-1"),
                HostId.of("h-1"), SessionId.of("s-1"), InteractionType.PURCHASE, RegulatedClass.DRUG, PersonaStyle.EXPERT);
    }

    @ParameterizedTest
    @MethodSource("everyCoreType")
    void roundTripsThroughJson(Object value) {
        String json = LivesellJson.write(value);
        Object back = LivesellJson.read(json, value.getClass());
        assertEquals(value, back, json);
        assertEquals(json, LivesellJson.write(back));
    }

    @Test
    void writesIdsAsPlainStringsAndEnumsInLowerCase() {
        String json = LivesellJson.write(Fixtures.interaction());
        assertTrue(json.contains("\"viewer\":\"v-00042\""), json);
        assertTrue(json.contains("\"type\":\"cart\""), json);
        assertTrue(json.contains("\"at\":\"2026-06-01T12:06:00Z\""), json);
    }

    @Test
    void omitsAbsentOptionals() {
        String json = LivesellJson.write(Interaction.of("v-1", "p-1", InteractionType.VIEW, java.time.Instant.EPOCH));
        assertFalse(json.contains("session"), json);
    }

    @Test
    void roundTripsJsonLines() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("log", ".jsonl");
        List<Interaction> events = List.of(Fixtures.interaction(), Interaction.of("v-2", "p-2", InteractionType.VIEW, java.time.Instant.EPOCH));
        LivesellJson.writeJsonLines(file, events);
        assertEquals(events, LivesellJson.readJsonLines(file, Interaction.class));
        java.nio.file.Files.delete(file);
    }

    @Test
    void readsMoneyWithDifferentScaleAsEqual() {
        assertEquals(Money.cny("89"), LivesellJson.read("{\"amount\":\"89.00\",\"currency\":\"CNY\"}", Money.class));
    }
}
