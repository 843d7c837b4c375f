package dev.livesell.examples.fraud;

import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.examples.demo.DemoSection;
import dev.livesell.examples.demo.SampleData;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.Finding;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Demo section: the fraud-detector's deterministic stages (rules + product facts, no model) on a handful of
 * realistic host lines about products of the bundled sample catalog — a compliant line, an absolute term, a
 * medical claim on a cosmetic, a disguised superlative, and two contradictions of a product's facts
 * (material and reference price). Prints label, score, every finding (category, span, law, rule) and the rewrite.
 */
public final class FraudDemoSection implements DemoSection {
    private record Example(String productId, String text) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("p-1001", "宝宝们，这款防晒是SPF50+ PA++++，户外建议每两小时补涂一次"),
            new Example("p-1001", "这是全网最好用的防晒，没有之一"),
            new Example("p-1005", "这个面霜能消炎祛痘，湿疹也能治好"),
            new Example("p-1005", "全网最*佳的面霜，ｎｏ．１"),
            new Example("p-1047", "这件卫衣是100%纯棉的，穿着不起球"),
            new Example("p-1046", "原价299，今天直播间只要59"));

    @Override
    public String title() {
        return "Fraud check (rules + facts)";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        FalseAdDetector detector = FalseAdDetector.builder().stages(EnumSet.of(Stage.RULES, Stage.FACTS)).build();
        for (Example ex : EXAMPLES) {
            ProductId id = ProductId.of(ex.productId());
            Product p = sample.catalog().require(id);
            Offer o = sample.catalog().offer(id).orElse(null);
            Verdict v = detector.check(Claim.about(ex.text(), p, o));
            out.printf(Locale.ROOT, "%s  [%s %s, %s]%n", ex.text(), p.id(), shortTitle(p), p.category().regulatedClass().jsonName());
            out.printf(Locale.ROOT, "  -> %s score=%.2f%n", v.label(), v.score());
            for (Finding f : v.findings()) {
                out.printf(Locale.ROOT, "     %s [%d,%d) \"%s\" %s rule=%s%n", f.category().id(), f.span().start(),
                        f.span().end(), f.span().text(), f.lawReference(), f.ruleId());
            }
            if (!v.findings().isEmpty()) {
                out.printf("     rewrite: %s%n", CheckCommand.shownRewrite(v));
            }
        }
    }

    private static String shortTitle(Product p) {
        String t = p.title();
        return t.length() <= 14 ? t : t.substring(0, 14) + "…";
    }
}
