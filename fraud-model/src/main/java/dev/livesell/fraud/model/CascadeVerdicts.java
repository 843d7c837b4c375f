package dev.livesell.fraud.model;

import dev.livesell.fraud.Finding;
import dev.livesell.fraud.Label;
import dev.livesell.fraud.ModelPrediction;
import dev.livesell.fraud.Severity;
import dev.livesell.fraud.Span;
import dev.livesell.fraud.Stage;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.ViolationCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cascade on the detector's types: merges a rules {@link Verdict} with a {@link ModelPrediction}
 * through {@link CascadeCombiner}. Model-flagged categories become {@link Stage#MODEL} findings whose
 * span is the whole text (the model scores meaning, not words), so a text the rules cannot explain
 * but the model flags is REVIEW or VIOLATION with a visible reason, never silently passed.
 *
 * <p>Example: {@code Verdict v = new CascadeVerdicts(model.manifest().thresholds(), model.version()).combine(rulesVerdict, model.predict(text));}
 *
 * <p>Immutable and thread-safe.
 */
public final class CascadeVerdicts {
    private final CascadeCombiner combiner;
    private final String modelVersion;

    public CascadeVerdicts(ModelManifest.Thresholds thresholds, String modelVersion) {
        this.combiner = new CascadeCombiner(thresholds);
        this.modelVersion = modelVersion;
    }

    /** Thresholds and version of the shipped head. */
    public static CascadeVerdicts forShippedModel() {
        BgeFraudModel m = BgeFraudModel.shipped();
        return new CascadeVerdicts(m.manifest().thresholds(), m.version());
    }

    /**
     * @param rules the rules (+ facts) verdict, or null when only the model ran
     * @param text the claim text (used when {@code rules} is null)
     */
    public Verdict combine(Verdict rules, String text, ModelPrediction prediction) {
        CascadeCombiner.Decision rd = rules == null ? null : CascadeCombiner.Decision.valueOf(rules.label().name());
        Set<String> ruleCats = new HashSet<>();
        if (rules != null) {
            rules.findings().forEach(f -> ruleCats.add(f.category().id()));
        }
        ModelScores scores = null;
        if (prediction != null) {
            Map<String, Double> cats = new java.util.TreeMap<>();
            prediction.categories().forEach((c, p) -> cats.put(c.id(), p));
            scores = new ModelScores(prediction.violation(), cats);
        }
        CascadeCombiner.Outcome o = combiner.combine(rd, rules == null ? 0 : rules.score(), ruleCats, scores);
        String t = rules == null ? text : rules.text();
        List<Finding> findings = new ArrayList<>(rules == null ? List.of() : rules.findings());
        if (o.firedBy() == CascadeCombiner.FiredBy.MODEL || o.firedBy() == CascadeCombiner.FiredBy.BOTH) {
            for (String c : o.modelCategories()) {
                if (ruleCats.contains(c)) {
                    continue;
                }
                double p = scores.categories().getOrDefault(c, scores.violation());
                findings.add(new Finding(ViolationCategory.parse(c), new Span(0, t.length(), t), "model:" + modelVersion,
                        o.decision() == CascadeCombiner.Decision.VIOLATION ? Severity.HIGH : Severity.MEDIUM,
                        lawReference(c),
                        String.format(Locale.ROOT, "the learned model reads this as %s (p=%.2f, P(violation)=%.2f)",
                                c, p, scores.violation()),
                        "rephrase as a verifiable fact, or remove the claim", Stage.MODEL));
            }
        }
        Map<ViolationCategory, Double> catScores = new EnumMap<>(ViolationCategory.class);
        o.categoryScores().forEach((c, p) -> catScores.put(ViolationCategory.parse(c), p));
        if (rules != null) {
            rules.categoryScores().forEach((c, p) -> catScores.merge(c, p, Math::max));
        }
        Label label = Label.valueOf(o.decision().name());
        String rewrite = rules == null ? t : rules.rewrite();
        return new Verdict(t, label, o.score(), List.copyOf(findings), catScores, rewrite);
    }

    /** The law article TAXONOMY.md names for a category. */
    static String lawReference(String category) {
        return switch (category) {
            case "absolute_term" -> "广告法 第九条(三)";
            case "medical_claim" -> "广告法 第十七条";
            case "efficacy_guarantee" -> "广告法 第二十八条";
            case "false_endorsement" -> "广告法 第十六条";
            case "false_price" -> "价格法 第十四条";
            case "unverifiable_data" -> "广告法 第十一条";
            case "pressure_scarcity" -> "网络直播营销管理办法";
            default -> "广告法 第二十八条";
        };
    }
}
