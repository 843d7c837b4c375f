package dev.livesell.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The moment a recommendation or script is for: instant, time zone, locale, optional weather and
 * live session. Derived views (local hour, day of week, season) come from instant and zone.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Context.at(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("Asia/Shanghai"))}
 */
public record Context(Instant at, ZoneId zone, Locale locale, Optional<Weather> weather, Optional<SessionId> session) {
    public Context {
        Check.notNull("at", at);
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        weather = Check.optional(weather);
        session = Check.optional(session);
    }

    public static Context at(Instant at, ZoneId zone) {
        return new Context(at, zone, null, Optional.empty(), Optional.empty());
    }

    public Context withWeather(Weather w) {
        return new Context(at, zone, locale, Optional.ofNullable(w), session);
    }

    public Context withSession(SessionId s) {
        return new Context(at, zone, locale, weather, Optional.ofNullable(s));
    }

    @JsonIgnore
    public ZonedDateTime localTime() {
        return at.atZone(zone);
    }

    @JsonIgnore
    public int hourOfDay() {
        return localTime().getHour();
    }

    @JsonIgnore
    public DayOfWeek dayOfWeek() {
        return localTime().getDayOfWeek();
    }

    @JsonIgnore
    public Season season() {
        return Season.of(localTime().getMonth(), false);
    }
}
