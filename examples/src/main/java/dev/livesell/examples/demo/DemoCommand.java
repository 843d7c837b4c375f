package dev.livesell.examples.demo;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code livesell demo}: every capability on the bundled sample data, offline, no key. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run every capability on the bundled sample data (offline, no API key).")
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The sections, in order. Capabilities add theirs here. */
    static List<DemoSection> sections() {
        return List.of(
                new CatalogSection(),
                new dev.livesell.examples.recommend.RecommendDemoSection(),
                new dev.livesell.examples.live.ContextDemoSection(),
                new dev.livesell.examples.live.AskDemoSection(),
                new dev.livesell.examples.live.LiveRoomDemoSection(),
                new dev.livesell.examples.script.ScriptDemoSection(),
                new dev.livesell.examples.fraud.FraudDemoSection());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SampleData sample = SampleData.load();
        for (DemoSection s : sections()) {
            out.println();
            out.println("== " + s.title() + " " + "=".repeat(Math.max(3, 66 - s.title().length())));
            s.run(sample, out);
            out.flush();
        }
        return 0;
    }
}
