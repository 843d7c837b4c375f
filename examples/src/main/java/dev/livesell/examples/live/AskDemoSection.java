package dev.livesell.examples.live;

import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.recommend.query.QueryRecommender;
import java.io.PrintWriter;
import java.util.List;

/** Demo section: plain-language requests answered from the sample catalog. */
public final class AskDemoSection implements DemoSection {
    @Override
    public String title() {
        return "Ask in plain language (QueryRecommender)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        QueryRecommender q = QueryRecommender.builder(sample.catalog()).cacheDir(LiveOptions.cacheDir(null)).build();
        for (String request : List.of("防晒霜 油皮 200元以内", "送妈妈的生日礼物 三百左右", "running shoes under $80")) {
            AskCommand.print(out, q.ask(request, null, 3));
            out.println();
        }
    }
}
