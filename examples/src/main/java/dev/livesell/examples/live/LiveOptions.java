package dev.livesell.examples.live;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Weather;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.examples.demo.SampleData;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Parsing shared by the live-selling commands: catalog, instants, weather words, cache directory. */
final class LiveOptions {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private LiveOptions() {
    }

    static InMemoryCatalog catalog(Path file, SampleData sample) {
        return file == null ? sample.catalog() : CatalogFile.read(file);
    }

    /** Default embedding cache: ~/.cache/livesell (override with --cache-dir). */
    static Path cacheDir(Path option) {
        return option != null ? option : Path.of(System.getProperty("user.home"), ".cache", "livesell");
    }

    /** {@code 2026-06-01T20:00+08:00} or {@code 2026-06-01T12:00:00Z}. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                throw new InvalidValueException("at", "must be an ISO date-time with offset, e.g. 2026-06-01T20:00+08:00", text);
            }
        }
    }

    /** Zone of an ISO date-time's offset, or the default zone. */
    static ZoneId zone(String text) {
        try {
            return OffsetDateTime.parse(text).getOffset();
        } catch (DateTimeParseException e) {
            return DEFAULT_ZONE;
        }
    }

    /**
     * Weather words: a temperature band (hot, warm/mild, cool, cold → a representative temperature of
     * that band), a condition (sunny, cloudy, rain, snow, windy, haze), or °C as a number ("33", "33°C");
     * combine with a comma ("rain,cool", "sunny,33"). Only what is given is recorded: "hot" has no condition. Two
     * temperatures ("hot,cold") or two conditions ("sunny,rain") are an {@link InvalidValueException}.
     */
    static Optional<Weather> weather(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Weather.Condition condition = null;
        Double temp = null;
        for (String part : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Double t = switch (part) {
                case "hot" -> 32.0;
                case "warm", "mild" -> 23.0;
                case "cool" -> 12.0;
                case "cold" -> 0.0;
                default -> part.matches("-?\\d+(\\.\\d+)?(°c|℃|c)?") ? Double.valueOf(part.replaceAll("(°c|℃|c)$", "")) : null;
            };
            if (t != null) {
                if (temp != null) {
                    throw new InvalidValueException("weather", "gives two temperatures; give one band word or one °C number", text);
                }
                temp = t;
            } else {
                Weather.Condition c;
                try {
                    c = Weather.Condition.parse(part);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("weather", "takes hot, warm, mild, cool, cold, sunny, cloudy, rain, snow, windy, haze"
                            + " or °C as a number (33, 33°C); not " + part, text);
                }
                if (condition != null) {
                    throw new InvalidValueException("weather", "gives two conditions; give one of sunny, cloudy, rain, snow, windy, haze", text);
                }
                condition = c;
            }
        }
        return Optional.of(new Weather(Optional.ofNullable(condition), Optional.ofNullable(temp)));
    }
}
