package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Weather where the viewer is: the sky (condition), the temperature in °C, or both. Either may be
 * unknown, never both; nothing is filled in that was not given ("hot" is a temperature, not sunshine).
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Weather.of(Weather.Condition.SUNNY, 33.0)}, {@code Weather.ofTemperature(32.0)},
 * {@code Weather.of(Weather.Condition.RAIN)}. In JSON either field may be left out:
 * {@code {"temperatureCelsius":32.0}}.
 */
public record Weather(Optional<Condition> condition, Optional<Double> temperatureCelsius) {
    public Weather {
        condition = Check.optional(condition);
        temperatureCelsius = Check.optional(temperatureCelsius);
        temperatureCelsius.ifPresent(t -> {
            if (t.isNaN() || t < -90 || t > 60) {
                throw new InvalidValueException("temperatureCelsius", "must be between -90 and 60", t);
            }
        });
        if (condition.isEmpty() && temperatureCelsius.isEmpty()) {
            throw new InvalidValueException("weather", "needs a condition, a temperatureCelsius or both", "neither");
        }
    }

    /** A condition with the temperature unknown. */
    public static Weather of(Condition condition) {
        return new Weather(Optional.of(Check.notNull("condition", condition)), Optional.empty());
    }

    /** A condition and a temperature in °C. */
    public static Weather of(Condition condition, double temperatureCelsius) {
        return new Weather(Optional.of(Check.notNull("condition", condition)), Optional.of(temperatureCelsius));
    }

    /** A temperature in °C with the condition unknown. */
    public static Weather ofTemperature(double temperatureCelsius) {
        return new Weather(Optional.empty(), Optional.of(temperatureCelsius));
    }

    /** Coarse temperature band, as used for context affinities. */
    public Optional<TemperatureBand> band() {
        return temperatureCelsius.map(TemperatureBand::of);
    }

    /** Sky and precipitation. */
    public enum Condition {
        SUNNY, CLOUDY, RAIN, SNOW, WINDY, HAZE;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Condition parse(String text) {
            Check.notBlank("condition", text);
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("condition", "must be one of sunny, cloudy, rain, snow, windy, haze", text);
            }
        }
    }

    /** Temperature bands: cold &lt; 5 °C ≤ cool &lt; 18 °C ≤ mild &lt; 28 °C ≤ hot. */
    public enum TemperatureBand {
        COLD, COOL, MILD, HOT;

        public static TemperatureBand of(double celsius) {
            if (celsius < 5) {
                return COLD;
            }
            if (celsius < 18) {
                return COOL;
            }
            return celsius < 28 ? MILD : HOT;
        }
    }
}
