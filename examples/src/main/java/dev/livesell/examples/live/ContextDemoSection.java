package dev.livesell.examples.live;

import dev.livesell.core.Context;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionType;
import dev.livesell.core.ViewerId;
import dev.livesell.core.Weather;
import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.live.LiveRecommender;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;

/** Demo section: one viewer's recommendations at two moments (summer evening vs winter morning). */
public final class ContextDemoSection implements DemoSection {
    @Override
    public String title() {
        return "Right product, right moment (context + repurchase cycles)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        ViewerId viewer = sample.interactions().events().stream().filter(e -> e.type() == InteractionType.PURCHASE)
                .map(Interaction::viewer).findFirst().orElse(sample.viewers().isEmpty() ? ViewerId.of("v-0001") : sample.viewers().get(0).id());
        LiveRecommender r = LiveRecommender.fit(sample.interactions(), sample.catalog(), LiveOptions.DEFAULT_ZONE);
        for (String at : new String[] {"2026-07-15T20:00+08:00", "2026-12-20T09:00+08:00"}) {
            Instant when = LiveOptions.instant(at);
            Optional<Weather> w = LiveOptions.weather(at.contains("-07-") ? "sunny,33" : "snow,-2");
            Context ctx = new Context(when, LiveOptions.DEFAULT_ZONE, null, w, Optional.empty());
            ViewerAtMoment.print(out, viewer.value(), ctx, r, r.recommend(viewer, ctx, 3));
        }
    }
}
