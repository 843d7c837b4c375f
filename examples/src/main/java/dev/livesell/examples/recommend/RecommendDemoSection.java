package dev.livesell.examples.recommend;

import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.RecommendOptions;
import dev.livesell.recommend.Recommender;
import java.io.PrintWriter;
import java.util.List;

/** Demo section: collaborative + sequential recommendations with reasons for a few sample viewers. */
public final class RecommendDemoSection implements DemoSection {
    @Override
    public String title() {
        return "Recommendations (default blend, weights tuned on held-out events, with reasons)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        Recommender model = RecommendCommand.fitSample(sample);
        List<String> viewers = sample.viewers().stream().map(v -> v.id().value()).limit(2).toList();
        for (String v : viewers) {
            RecommendCommand.print(out, sample.catalog(), v, model, model.recommend(v, 3, RecommendOptions.defaults()));
        }
        String newcomer = "v-new-viewer";
        RecommendCommand.print(out, sample.catalog(), newcomer, model, model.recommend(newcomer, 3, RecommendOptions.defaults()));
    }
}
