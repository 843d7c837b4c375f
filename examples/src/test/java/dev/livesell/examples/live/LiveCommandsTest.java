package dev.livesell.examples.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.recommend.RecommendCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LiveCommandsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void askFiltersByPriceAndPrintsJson(@TempDir Path cache) throws Exception {
        Run r = run(new AskCommand(), "防晒霜 油皮 200元以内", "--retrieval", "keyword", "--cache-dir", cache.toString(), "--json", "-k", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode a = LivesellJson.mapper().readTree(r.out());
        assertEquals("200", a.path("constraints").path("price").path("max").asText());
        assertEquals("p-1001", a.path("hits").get(0).path("product").path("id").asText());
        for (JsonNode h : a.path("hits")) {
            assertTrue(h.path("price").path("amount").decimalValue().compareTo(new java.math.BigDecimal("200")) <= 0, h.toString());
        }
    }

    @Test
    void askWithoutRequestIsAUsageError() {
        Run r = run(new AskCommand());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("REQUEST"), r.err());
    }

    @Test
    void recommendAtAMomentPrintsReasonsAndTheHoldout() {
        Run r = run(new RecommendCommand(), "--viewer", "v-0042", "--at", "2026-12-20T08:00+08:00", "--weather", "cold", "-k", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("viewer v-0042 at 2026-12-20T08:00+08:00"), r.out());
        assertTrue(r.out().contains("holdout MRR@10"), r.out());
        assertTrue(r.out().contains("1. p-"), r.out());
    }

    @Test
    void liveRoomRanksTheLineupAsJson() throws Exception {
        Run r = run(new RecommendCommand(), "live", "--session", "s-2026-0618", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = LivesellJson.mapper().readTree(r.out());
        assertTrue(m.path("viewersPresent").asInt() > 0, r.out());
        JsonNode picks = m.path("picks");
        assertTrue(picks.size() > 1);
        assertTrue(picks.get(0).path("expectedConversions").asDouble() >= picks.get(1).path("expectedConversions").asDouble());
        assertTrue(picks.get(0).path("reasons").get(0).asText().endsWith("viewers present"), r.out());
    }

    @Test
    void unknownSessionFailsWithTheId() {
        Run r = run(new RecommendCommand(), "live", "--session", "s-nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("s-nope"), r.err());
    }

    @Test
    void aTemperatureWordRecordsNoCondition() throws Exception {
        Run json = run(new RecommendCommand(), "--viewer", "v-0042", "--at", "2026-07-20T20:00+08:00", "--weather", "hot", "-k", "1", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode weather = LivesellJson.mapper().readTree(json.out()).path("weather");
        assertTrue(weather.path("temperatureCelsius").isNumber(), json.out());
        assertTrue(weather.path("condition").isMissingNode(), "the user gave no condition: " + weather);
        Run text = run(new RecommendCommand(), "--viewer", "v-0042", "--at", "2026-07-20T20:00+08:00", "--weather", "hot", "-k", "1");
        assertEquals(0, text.code(), text.err());
        assertTrue(!text.out().contains("sunny"), text.out());
    }

    @Test
    void weatherWordsMapToBandsAndConditions() {
        assertEquals(dev.livesell.core.Weather.TemperatureBand.HOT, LiveOptions.weather("hot").orElseThrow().band().orElseThrow());
        assertTrue(LiveOptions.weather("hot").orElseThrow().condition().isEmpty(), "a temperature word says nothing about the sky");
        assertEquals(dev.livesell.core.Weather.Condition.RAIN, LiveOptions.weather("rain,cool").orElseThrow().condition().orElseThrow());
        assertTrue(LiveOptions.weather("rain").orElseThrow().temperatureCelsius().isEmpty());
        assertEquals(33.0, LiveOptions.weather("sunny,33").orElseThrow().temperatureCelsius().orElseThrow());
    }

    @Test
    void aTemperatureMayCarryItsUnit() {
        assertEquals(33.0, LiveOptions.weather("33°C").orElseThrow().temperatureCelsius().orElseThrow());
        assertEquals(-2.0, LiveOptions.weather("snow,-2℃").orElseThrow().temperatureCelsius().orElseThrow());
        assertEquals(21.5, LiveOptions.weather("21.5c").orElseThrow().temperatureCelsius().orElseThrow());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> LiveOptions.weather("foggy"));
        assertTrue(e.getMessage().contains("hot") && e.getMessage().contains("sunny") && e.getMessage().contains("°C"),
                "an unknown word is told every kind of word --weather takes: " + e.getMessage());
    }

    @Test
    void conflictingWeatherWordsAreRejectedNotOverwritten() {
        for (String conflicting : List.of("hot,cold", "sunny,rain", "hot,33", "rain snow")) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> LiveOptions.weather(conflicting), conflicting);
            assertTrue(e.getMessage().contains("weather"), e.getMessage());
        }
        assertEquals(12.0, LiveOptions.weather("rain, cool").orElseThrow().temperatureCelsius().orElseThrow());
    }
}
