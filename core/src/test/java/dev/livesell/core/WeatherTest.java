package dev.livesell.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.io.LivesellJson;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeatherTest {
    private static final String CONTEXT = "{\"at\":\"2026-06-01T12:00:00Z\",\"zone\":\"Asia/Shanghai\",\"locale\":\"zh-CN\",\"weather\":%s}";

    @Test
    void readsAWeatherThatGivesOnlyATemperature() {
        Weather w = LivesellJson.read("{\"temperatureCelsius\":33.5}", Weather.class);
        assertEquals(Weather.TemperatureBand.HOT, w.band().orElseThrow());
        assertTrue(LivesellJson.write(w).equals("{\"temperatureCelsius\":33.5}"), LivesellJson.write(w));
    }

    @Test
    void readsWeatherJsonWrittenBeforeTheConditionWasOptional() {
        Weather rain = LivesellJson.read("{\"condition\":\"rain\"}", Weather.class);
        assertEquals("{\"condition\":\"rain\"}", LivesellJson.write(rain));
        Weather sunny = LivesellJson.read("{\"condition\":\"sunny\",\"temperatureCelsius\":33.5}", Weather.class);
        assertEquals("{\"condition\":\"sunny\",\"temperatureCelsius\":33.5}", LivesellJson.write(sunny));
        assertEquals(Weather.TemperatureBand.HOT, sunny.band().orElseThrow());
    }

    @Test
    void aWeatherObjectWithNeitherFieldIsATypedErrorNamingTheField() {
        String line = String.format(CONTEXT, "{}");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> LivesellJson.readJsonLines(new StringReader(line), "context.jsonl", Context.class));
        assertEquals(1, e.line());
        assertEquals("weather", e.field());
        assertTrue(e.getMessage().contains("condition") && e.getMessage().contains("temperatureCelsius"), e.getMessage());
    }

    @Test
    void aContextWithATemperatureOnlyWeatherRoundTrips() {
        String line = String.format(CONTEXT, "{\"temperatureCelsius\":-2.0}");
        List<Context> read = LivesellJson.readJsonLines(new StringReader(line), "context.jsonl", Context.class);
        assertEquals(Weather.TemperatureBand.COLD, read.get(0).weather().orElseThrow().band().orElseThrow());
        assertEquals(read.get(0), LivesellJson.read(LivesellJson.write(read.get(0)), Context.class));
        assertTrue(!LivesellJson.write(read.get(0)).contains("condition"), LivesellJson.write(read.get(0)));
    }

    @Test
    void factoriesSayWhatIsKnown() {
        assertEquals(new Weather(Optional.of(Weather.Condition.RAIN), Optional.empty()), Weather.of(Weather.Condition.RAIN));
        assertEquals(new Weather(Optional.of(Weather.Condition.SNOW), Optional.of(-2.0)), Weather.of(Weather.Condition.SNOW, -2));
        Weather hot = Weather.ofTemperature(32);
        assertTrue(hot.condition().isEmpty());
        assertEquals(Weather.TemperatureBand.HOT, hot.band().orElseThrow());
        assertTrue(Weather.of(Weather.Condition.RAIN).band().isEmpty());
    }

    @Test
    void rejectsAWeatherWithNeitherConditionNorTemperature() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Weather(Optional.empty(), Optional.empty()));
        assertEquals("weather", e.field());
        assertEquals("weather: needs a condition, a temperatureCelsius or both (was neither)", e.getMessage());
        assertEquals("weather", assertThrows(InvalidValueException.class, () -> new Weather(null, null)).field());
        assertEquals("condition", assertThrows(InvalidValueException.class, () -> Weather.of(null)).field());
        assertEquals("condition", assertThrows(InvalidValueException.class, () -> Weather.of(null, 20)).field());
    }

    @Test
    void rejectsAnImpossibleTemperature() {
        assertEquals("temperatureCelsius", assertThrows(InvalidValueException.class, () -> Weather.ofTemperature(Double.NaN)).field());
        assertEquals("temperatureCelsius", assertThrows(InvalidValueException.class, () -> Weather.of(Weather.Condition.SUNNY, 75)).field());
    }

    @Test
    void aNullConditionInJsonIsAnAbsentOne() {
        Weather w = LivesellJson.read("{\"condition\":null,\"temperatureCelsius\":12.0}", Weather.class);
        assertTrue(w.condition().isEmpty());
        DataFormatException e = assertThrows(DataFormatException.class, () -> LivesellJson.read("{\"condition\":null}", Weather.class));
        assertEquals("weather", e.field());
    }
}
