package dev.livesell.examples.script;

import dev.livesell.core.Comment;
import dev.livesell.core.Host;
import dev.livesell.core.LiveSession;
import dev.livesell.core.ProductId;
import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.answer.CommentResponder;
import dev.livesell.script.render.ScriptFormat;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Demo: a gated script for the first two products of a sample session, then a few answered comments. */
public final class ScriptDemoSection implements DemoSection {
    @Override
    public String title() {
        return "Live script and comment answers (offline, compliance-gated)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        LiveSession session = sample.sessions().get(0);
        Host host = sample.hosts().stream().filter(h -> h.id().equals(session.host())).findFirst().orElse(null);
        List<ProductId> two = session.lineup().subList(0, Math.min(2, session.lineup().size()));
        ScriptRequest request = ScriptRequest.builder().add(sample.catalog(), two.toArray(ProductId[]::new))
                .host(host).minutes(8).seed(7).title(session.title() + "（节选）").build();
        LiveScript script = ScriptGenerator.offline().generate(request);
        out.println(ScriptFormat.MARKDOWN.render(script));
        out.println("-- answering live comments --");
        CommentResponder responder = CommentResponder.builder().build();
        Set<Object> intents = new HashSet<>();
        int shown = 0;
        for (Comment c : sample.comments()) {
            if (c.about().isEmpty() || sample.catalog().find(c.about().get()).isEmpty()) {
                continue;
            }
            var answer = responder.answer(c, sample.catalog());
            if (!intents.add(answer.intent())) {
                continue;
            }
            AnswerCommand.print(out, answer);
            out.println();
            if (++shown == 5) {
                break;
            }
        }
    }
}
