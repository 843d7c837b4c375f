package dev.livesell.fraud;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The false-advertising detector: normalize → lexicon rules (+ user rules) → product-fact checks →
 * optional learned model → a calibrated {@link Verdict} with findings and a compliant rewrite.
 *
 * <p>Example:
 * <pre>{@code
 * FalseAdDetector d = FalseAdDetector.rulesOnly();
 * Verdict v = d.check(Claim.of("全网最低价，三天见效"));   // VIOLATION, 2 findings
 * }</pre>
 * Immutable and thread-safe once built.
 */
public final class FalseAdDetector {
    private static final double W_HIGH = 0.95;
    private static final double W_MEDIUM = 0.8;
    private static final double W_LOW = 0.5;
    private static final double NO_FINDING_SCORE = 0.03;

    private final TextNormalizer normalizer;
    private final List<Rule> rules;
    private final FactChecker facts;
    private final FalseAdModel model;
    private final Set<Stage> stages;
    private final double reviewThreshold;
    private final double violationThreshold;

    private FalseAdDetector(Builder b) {
        this.normalizer = TextNormalizer.standard();
        List<Rule> rs = new ArrayList<>();
        LexiconRule builtin = new LexiconRule("builtin", Lexicon.builtIn());
        rs.add(builtin);
        rs.add(CooccurrenceRule.builtIn(builtin));
        for (Path p : b.ruleFiles) {
            rs.add(RuleFile.load(p));
        }
        rs.addAll(b.rules);
        this.rules = List.copyOf(rs);
        this.facts = new FactChecker();
        this.model = b.model;
        EnumSet<Stage> st = b.stages == null
                ? (b.model == null ? EnumSet.of(Stage.RULES, Stage.FACTS) : EnumSet.allOf(Stage.class))
                : EnumSet.copyOf(b.stages);
        if (st.contains(Stage.MODEL) && b.model == null) {
            throw new InvalidValueException("stages", "MODEL stage needs a model (builder.model(...))", st);
        }
        this.stages = Collections.unmodifiableSet(st);
        this.reviewThreshold = b.reviewThreshold;
        this.violationThreshold = b.violationThreshold;
        if (!(reviewThreshold > 0 && reviewThreshold <= violationThreshold && violationThreshold <= 1)) {
            throw new InvalidValueException("thresholds", "need 0 < review <= violation <= 1",
                    reviewThreshold + "/" + violationThreshold);
        }
    }

    /** A builder with offline defaults: built-in lexicons, rules and facts stages, no model. */
    public static Builder builder() {
        return new Builder();
    }

    /** Rules and facts stages with the built-in lexicons; no model. */
    public static FalseAdDetector rulesOnly() {
        return builder().build();
    }

    /** The stages this detector runs. */
    public Set<Stage> stages() {
        return stages;
    }

    /** Checks one claim. Throws {@link InvalidValueException} for blank text (via {@link Claim}). */
    public Verdict check(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        Optional<ModelPrediction> pred = stages.contains(Stage.MODEL)
                ? Optional.of(model.predict(claim.text())) : Optional.empty();
        return decide(claim, pred);
    }

    /** Checks many claims (the model stage, if any, is batched). */
    public List<Verdict> checkAll(List<Claim> claims) {
        List<Verdict> out = new ArrayList<>(claims.size());
        if (stages.contains(Stage.MODEL)) {
            List<String> texts = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                texts.add(c.text());
            }
            List<ModelPrediction> preds = model.predictAll(texts);
            for (int i = 0; i < claims.size(); i++) {
                out.add(decide(claims.get(i), Optional.of(preds.get(i))));
            }
        } else {
            for (Claim c : claims) {
                out.add(check(c));
            }
        }
        return out;
    }

    /** The findings of the deterministic stages (rules, facts) only, before scoring. */
    public List<Finding> findings(Claim claim) {
        NormalizedText nt = normalizer.normalize(claim.text());
        List<Finding> findings = new ArrayList<>();
        if (stages.contains(Stage.RULES)) {
            for (Rule r : rules) {
                findings.addAll(r.apply(nt, claim));
            }
            findings = applyRegulatedClass(findings, claim);
        }
        if (stages.contains(Stage.FACTS)) {
            findings.addAll(facts.apply(nt, claim));
        }
        findings.sort((a, b) -> a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start()) : Integer.compare(b.span().end(), a.span().end()));
        return findings;
    }

    private Verdict decide(Claim claim, Optional<ModelPrediction> pred) {
        List<Finding> findings = findings(claim);
        Map<ViolationCategory, Double> cats = new EnumMap<>(ViolationCategory.class);
        double keep = 1.0;
        for (Finding f : findings) {
            double w = weight(f.severity());
            keep *= 1 - w;
            cats.merge(f.category(), w, (a, b) -> 1 - (1 - a) * (1 - b));
        }
        double ruleScore = findings.isEmpty() ? NO_FINDING_SCORE : 1 - keep;
        double score = ruleScore;
        if (pred.isPresent()) {
            ModelPrediction p = pred.get();
            boolean deterministic = stages.contains(Stage.RULES) || stages.contains(Stage.FACTS);
            score = deterministic && !findings.isEmpty() ? Math.max(ruleScore, p.violation())
                    : deterministic ? p.violation() : p.violation();
            for (Map.Entry<ViolationCategory, Double> e : p.categories().entrySet()) {
                cats.merge(e.getKey(), e.getValue(), Math::max);
            }
        }
        Label label = score >= violationThreshold ? Label.VIOLATION
                : score >= reviewThreshold ? Label.REVIEW : Label.COMPLIANT;
        String rewrite = label == Label.COMPLIANT ? claim.text() : Rewriter.rewrite(claim.text(), findings);
        return new Verdict(claim.text(), label, score, findings, cats, rewrite);
    }

    private static double weight(Severity s) {
        switch (s) {
            case HIGH: return W_HIGH;
            case MEDIUM: return W_MEDIUM;
            default: return W_LOW;
        }
    }

    /** Health and medical findings excused by the product's regulated class or approved claims. */
    private List<Finding> applyRegulatedClass(List<Finding> findings, Claim claim) {
        if (claim.product().isEmpty() || findings.isEmpty()) {
            return findings;
        }
        Product p = claim.product().get();
        RegulatedClass rc = p.category().regulatedClass();
        List<String> approved = new ArrayList<>();
        for (String a : p.approvedClaims()) {
            approved.add(normalizer.normalize(a).text());
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.category() != ViolationCategory.MEDICAL_CLAIM && f.category() != ViolationCategory.EFFICACY_GUARANTEE) {
                out.add(f);
                continue;
            }
            String term = normalizer.normalize(f.span().text()).text();
            boolean inApproved = false;
            for (String a : approved) {
                if (!term.isEmpty() && a.contains(term)) {
                    inApproved = true;
                    break;
                }
            }
            if (inApproved && rc != RegulatedClass.GENERAL && rc != RegulatedClass.ORDINARY_FOOD) {
                continue; // within the registered/approved scope
            }
            if (f.category() == ViolationCategory.MEDICAL_CLAIM
                    && (rc == RegulatedClass.DRUG || rc == RegulatedClass.MEDICAL_DEVICE)
                    && p.approvalNumber().isPresent()) {
                if (approved.isEmpty()) {
                    continue; // registered drug/device, indication not listed: medical wording allowed
                }
                out.add(new Finding(f.category(), f.span(), f.ruleId() + ".outside_indication", Severity.LOW,
                        f.lawReference(), "超出已批准的适应症/适用范围：" + String.join("；", p.approvedClaims()),
                        f.suggestion(), f.stage()));
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Builds a {@link FalseAdDetector}. Defaults: built-in lexicons, stages RULES+FACTS (+MODEL when a model is
     * set), review threshold 0.45, violation threshold 0.7. Not thread-safe; the detector it builds is.
     */
    public static final class Builder {
        private FalseAdModel model;
        private Set<Stage> stages;
        private final List<Rule> rules = new ArrayList<>();
        private final List<Path> ruleFiles = new ArrayList<>();
        private double reviewThreshold = 0.45;
        private double violationThreshold = 0.7;

        private Builder() {
        }

        /** Enables the MODEL stage (cascade with rules). */
        public Builder model(FalseAdModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** Which stages run (ablation): e.g. {@code EnumSet.of(Stage.RULES)}. */
        public Builder stages(Set<Stage> stages) {
            if (stages == null || stages.isEmpty()) {
                throw new InvalidValueException("stages", "must name at least one stage", stages);
            }
            this.stages = EnumSet.copyOf(stages);
            return this;
        }

        /** Adds a user rule, run in the RULES stage after the built-in lexicon. */
        public Builder addRule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds a JSON rule file (see {@link RuleFile}); read when {@link #build()} runs. */
        public Builder ruleFile(Path json) {
            ruleFiles.add(Objects.requireNonNull(json, "ruleFile"));
            return this;
        }

        /** Scores at or above this (and below the violation threshold) are labelled REVIEW. */
        public Builder reviewThreshold(double t) {
            this.reviewThreshold = t;
            return this;
        }

        /** Scores at or above this are labelled VIOLATION. */
        public Builder violationThreshold(double t) {
            this.violationThreshold = t;
            return this;
        }

        public FalseAdDetector build() {
            return new FalseAdDetector(this);
        }
    }
}
