package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Weather where the viewer is: a condition and, when known, the temperature in °C. Immutable.
 *
 * <p>Example: {@code new Weather(Weather.Condition.SUNNY, Optional.of(33.0))}
 */
public record Weather(Condition condition, Optional<Double> temperatureCelsius) {
    public Weather {
        Check.notNull("condition", condition);
        temperatureCelsius = Check.optional(temperatureCelsius);
        temperatureCelsius.ifPresent(t -> {
            if (t.isNaN() || t < -90 || t > 60) {
                throw new InvalidValueException("temperatureCelsius", "must be between -90 and 60", t);
            }
        });
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
