package dev.livesell.fraud.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Combines the rules' outcome with a model's scores into one decision, using the thresholds of the
 * model's manifest (chosen on its dev split):
 * <ul>
 *   <li>rules found a violation → {@code violation}; the score is the larger of the two stages';</li>
 *   <li>rules found nothing (or only asked for review) → the model decides: P(violation) ≥
 *       {@code thresholds.violation} → {@code violation}, ≥ {@code thresholds.review} → {@code review},
 *       else the rules' label stands. Text the rules cannot explain but the model flags is therefore
 *       never passed silently; the decision names the categories the model flagged.</li>
 * </ul>
 * Per category the combined score is the larger of the rules' (their verdict score for a category they
 * found) and the model's.
 *
 * <p>Example: {@code new CascadeCombiner(manifest.thresholds()).combine(Decision.COMPLIANT, 0.02, Set.of(), scores)}
 *
 * <p>Immutable and thread-safe.
 */
public final class CascadeCombiner {
    /** A cascade outcome label (mirrors the detector's VIOLATION / REVIEW / COMPLIANT). */
    public enum Decision { VIOLATION, REVIEW, COMPLIANT }

    /** Which stage made the decision. */
    public enum FiredBy { RULES, MODEL, BOTH, NONE }

    /**
     * The combined outcome.
     *
     * @param modelCategories categories the model scores at or above their thresholds (when it fired)
     */
    public record Outcome(Decision decision, double score, Map<String, Double> categoryScores,
                          Set<String> modelCategories, FiredBy firedBy) {
    }

    private final ModelManifest.Thresholds thresholds;

    public CascadeCombiner(ModelManifest.Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public ModelManifest.Thresholds thresholds() {
        return thresholds;
    }

    /**
     * @param rules the rules' decision (null when the rules stage did not run)
     * @param rulesScore the rules' P(violation)
     * @param ruleCategories categories the rules found
     * @param model the model's scores (null when the model stage did not run)
     */
    public Outcome combine(Decision rules, double rulesScore, Set<String> ruleCategories, ModelScores model) {
        Map<String, Double> cats = new TreeMap<>();
        for (String c : ruleCategories) {
            cats.merge(c, rulesScore, Math::max);
        }
        boolean rulesFired = rules == Decision.VIOLATION;
        if (model == null) {
            Decision d = rules == null ? Decision.COMPLIANT : rules;
            return new Outcome(d, rulesScore, cats, Set.of(), d == Decision.COMPLIANT ? FiredBy.NONE : FiredBy.RULES);
        }
        model.categories().forEach((c, p) -> cats.merge(c, p, Math::max));
        double p = model.violation();
        Decision byModel = p >= thresholds.violation() ? Decision.VIOLATION
                : p >= thresholds.review() ? Decision.REVIEW : Decision.COMPLIANT;
        Set<String> flagged = new TreeSet<>();
        if (byModel != Decision.COMPLIANT) {
            model.categories().forEach((c, s) -> {
                if (s >= thresholds.category(c)) {
                    flagged.add(c);
                }
            });
            if (flagged.isEmpty()) {
                model.categories().entrySet().stream().max(Map.Entry.comparingByValue())
                        .ifPresent(e -> flagged.add(e.getKey()));
            }
        }
        if (rules == null) {
            return new Outcome(byModel, p, cats, flagged, byModel == Decision.COMPLIANT ? FiredBy.NONE : FiredBy.MODEL);
        }
        if (rulesFired) {
            return new Outcome(Decision.VIOLATION, Math.max(rulesScore, p), cats, flagged,
                    byModel == Decision.COMPLIANT ? FiredBy.RULES : FiredBy.BOTH);
        }
        Decision d = stronger(rules, byModel);
        FiredBy by = byModel != Decision.COMPLIANT ? (rules == Decision.REVIEW ? FiredBy.BOTH : FiredBy.MODEL)
                : rules == Decision.REVIEW ? FiredBy.RULES : FiredBy.NONE;
        double score = Math.max(p, rulesScore);
        return new Outcome(d, score, cats, flagged, by);
    }

    private static Decision stronger(Decision a, Decision b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
