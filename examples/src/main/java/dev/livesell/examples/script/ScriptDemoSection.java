package dev.livesell.examples.script;

import dev.livesell.core.Comment;
import dev.livesell.core.Host;
import dev.livesell.core.LiveSession;
import dev.livesell.core.ProductId;
import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.core.Product;
import dev.livesell.script.FactSheet;
import dev.livesell.script.GroundingChecker;
import dev.livesell.script.LineSource;
import dev.livesell.script.LiveScript;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.SegmentType;
import dev.livesell.script.gate.AuditEntry;
import dev.livesell.script.gate.ComplianceGate;
import dev.livesell.script.gate.GateSession;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.answer.CommentResponder;
import dev.livesell.script.render.ScriptFormat;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Demo: a gated script for the first two products of a sample session, the gate at work on drafted lines
 * (what a careless writer or a chat model might say), then a few answered comments.
 */
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
        showGate(sample, two.get(0), out);
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

    /** Lines a careless writer might draft for the product, through the same gate the generators use. */
    private static void showGate(SampleData sample, ProductId id, PrintWriter out) {
        Product p = sample.catalog().require(id);
        FactSheet facts = FactSheet.of(p, sample.catalog().offer(id).orElse(null));
        GateSession gate = new GateSession(ComplianceGate.withDefaultDetector());
        GroundingChecker grounding = GroundingChecker.of(facts);
        out.println("-- the compliance gate on drafted lines for " + id.value() + " --");
        for (String draft : List.of("这是全网最好用的防晒，上脸清爽不黏腻！", "这款防晒还能治疗湿疹，三天见效。", "今天到手只要59元，只剩最后10件！",
                "乳液质地，上脸清爽不黏腻。")) {
            Optional<ScriptLine> kept = gate.pass(new ScriptLine(draft, List.of(), LineSource.MODEL), facts, grounding,
                    SegmentType.SELLING_POINT, null);
            out.println("draft:  " + draft);
            out.println("gate:   " + kept.map(l -> l.text().equals(draft) ? "passed" : "rewritten -> " + l.text()).orElse("dropped"));
        }
        for (AuditEntry e : gate.audit().entries()) {
            out.println("audit:  " + e.action().name().toLowerCase(Locale.ROOT) + " \"" + e.original() + "\" because "
                    + String.join("; ", e.reasons()));
        }
        out.println();
    }
}
