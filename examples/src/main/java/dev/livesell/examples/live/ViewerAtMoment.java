package dev.livesell.examples.live;

import dev.livesell.core.Context;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.ViewerId;
import dev.livesell.core.Weather;
import dev.livesell.core.io.LivesellJson;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.live.LiveRecommendation;
import dev.livesell.recommend.live.LiveRecommender;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code livesell recommend --viewer ID --at 2026-06-01T20:00+08:00 [--weather hot]}: what this viewer is
 * likely to buy at that moment (viewer model + repurchase cycles + context), on the sample log.
 * {@code RecommendCommand} delegates here when {@code --at} or {@code --weather} is given.
 */
public final class ViewerAtMoment {
    private ViewerAtMoment() {
    }

    /**
     * Prints the viewer's recommendations at a moment ({@code at}: ISO date-time with offset, null: the
     * log's last event) in a weather ({@code weather} words, null: unknown). {@code recommend --viewer ID
     * --at TIME --weather WORDS} delegates here.
     */
    public static int run(PrintWriter out, SampleData sample, InMemoryCatalog c, String viewer, String at, String weather, int k,
                          boolean json) {
        Instant when = at != null ? LiveOptions.instant(at) : sample.interactions().last().orElse(Instant.now());
        ZoneId zone = at != null ? LiveOptions.zone(at) : LiveOptions.DEFAULT_ZONE;
        Context ctx = new Context(when, zone, null, LiveOptions.weather(weather), Optional.empty());
        LiveRecommender r = LiveRecommender.fit(sample.interactions().before(when), c, LiveOptions.DEFAULT_ZONE);
        List<LiveRecommendation> recs = r.recommend(ViewerId.of(viewer), ctx, k);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("viewer", viewer);
            m.put("at", when.toString());
            m.put("weather", ctx.weather().orElse(null));
            m.put("contextStrength", r.beta());
            m.put("holdoutMrrByContextStrength", r.holdoutMrr());
            m.put("recommendations", recs);
            out.println(LivesellJson.writePretty(m));
        } else {
            print(out, viewer, ctx, r, recs);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, String viewer, Context ctx, LiveRecommender r, List<LiveRecommendation> recs) {
        out.printf(Locale.ROOT, "viewer %s at %s%s (context strength β=%.2f chosen on a time holdout%s)%n", viewer,
                ctx.localTime(), ctx.weather().map(ViewerAtMoment::weather).orElse(""), r.beta(),
                ctx.weather().isPresent() && !r.context().knowsWeather() ? "; the log has no weather, so weather cannot move it" : "");
        if (!r.holdoutMrr().isEmpty()) {
            StringBuilder sb = new StringBuilder("  holdout MRR@10 of purchases by β:");
            r.holdoutMrr().forEach((b, v) -> sb.append(String.format(Locale.ROOT, " %.2f→%.4f", b, v)));
            out.println(sb);
        }
        int i = 1;
        for (LiveRecommendation rec : recs) {
            out.printf(Locale.ROOT, "%d. %s %s (%.3f)%n     %s%n", i++, rec.product().id().value(), rec.product().title(), rec.score(),
                    String.join("; ", rec.reasons()));
        }
    }

    /** " weather rain 12.0°C (cool)": only what is known, the band the temperature falls in. */
    private static String weather(Weather w) {
        return " weather" + w.condition().map(c -> " " + c.jsonName()).orElse("")
                + w.temperatureCelsius().map(t -> " " + t + "°C").orElse("")
                + w.band().map(b -> " (" + b.name().toLowerCase(Locale.ROOT) + ")").orElse("");
    }
}
