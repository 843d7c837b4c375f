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
    /** How many times a rewrite that is still flagged may lose clauses before it is given up (empty). */
    private static final int MAX_RECHECKS = 3;
    /** How many times the rules may look again with the negations inside other findings discounted. */
    private static final int MAX_CLAIM_ROUNDS = 3;

    private final TextNormalizer normalizer;
    private final List<Rule> rules;
    private final FactChecker facts;
    private final FalseAdModel model;
    private final Set<Stage> stages;
    private final double reviewThreshold;
    private final double violationThreshold;
    private final FalseAdModel.Thresholds modelThresholds;

    private FalseAdDetector(Builder b) {
        this.normalizer = TextNormalizer.standard();
        List<Rule> rs = new ArrayList<>(BuiltInRules.RULES);
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
        this.modelThresholds = b.modelThresholds != null ? b.modelThresholds
                : b.model != null ? b.model.thresholds() : FalseAdModel.Thresholds.DEFAULT;
        if (!(reviewThreshold > 0 && reviewThreshold <= violationThreshold && violationThreshold <= 1)) {
            throw new InvalidValueException("thresholds", "need 0 < review <= violation <= 1",
                    reviewThreshold + "/" + violationThreshold);
        }
    }

    /**
     * The built-in rules (lexicon, co-occurrence, numeric patterns, discount arithmetic), built once per JVM on first use: their tries,
     * with every term's pinyin mixes, take a few hundred milliseconds, and the rules are immutable and thread-safe,
     * so every detector shares them.
     */
    private static final class BuiltInRules {
        static final List<Rule> RULES = List.of(
                new LexiconRule("builtin", Lexicon.builtIn()),
                CooccurrenceRule.builtIn(Lexicon.builtIn().exceptions()),
                NumericPatternRule.builtIn(Lexicon.builtIn()),
                new DiscountArithmeticRule());
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

    /** The cut-offs applied to the model's P(violation) (the model's own unless the builder set others). */
    public FalseAdModel.Thresholds modelThresholds() {
        return modelThresholds;
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
        return findings(claim, normalizer.normalize(claim.text()));
    }

    private List<Finding> findings(Claim claim, NormalizedText nt) {
        List<Finding> findings = new ArrayList<>();
        if (stages.contains(Stage.RULES)) {
            findings = applyRegulatedClass(dedupe(ruleFindings(claim, nt)), claim);
        }
        if (stages.contains(Stage.FACTS)) {
            findings.addAll(facts.apply(nt, claim));
        }
        findings.sort((a, b) -> a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start()) : Integer.compare(b.span().end(), a.span().end()));
        return findings;
    }

    /**
     * Every rule's findings. Rules run independently, so a negation word inside one rule's finding could excuse
     * another rule's term ("won't" in the co-occurrence finding "won't get sick" excusing the lexicon's "the
     * best"). When a finding holds a negation word, the rules look again with every finding's positions marked
     * as claimed ({@link NormalizedText#claimed}): a negation there belongs to that claim and excuses nothing.
     * Excusing less only adds findings, so this repeats only while new findings bring new negation words, at
     * most {@link #MAX_CLAIM_ROUNDS} times.
     */
    private List<Finding> ruleFindings(Claim claim, NormalizedText nt) {
        List<Finding> found = applyRules(claim, nt);
        boolean[] claimed = new boolean[nt.length()];
        for (int round = 0; round < MAX_CLAIM_ROUNDS && claimNegations(nt, found, claimed); round++) {
            found = applyRules(claim, nt.withClaimed(claimed));
        }
        return found;
    }

    private List<Finding> applyRules(Claim claim, NormalizedText nt) {
        List<Finding> found = new ArrayList<>();
        for (Rule r : rules) {
            found.addAll(r.apply(nt, claim));
        }
        return found;
    }

    /**
     * Marks in {@code claimed} the normalized positions the findings cover; true if a newly marked position
     * starts a negation word (only those change what the rules excuse). Linear in the text length.
     */
    private static boolean claimNegations(NormalizedText nt, List<Finding> found, boolean[] claimed) {
        if (found.isEmpty()) {
            return false;
        }
        int n = nt.original().length();
        int[] depth = new int[n + 1]; // per original offset: how many findings cover it
        for (Finding f : found) {
            int b = Math.min(f.span().start(), n);
            int e = Math.min(f.span().end(), n);
            if (e > b) {
                depth[b]++;
                depth[e]--;
            }
        }
        for (int i = 1; i <= n; i++) {
            depth[i] += depth[i - 1];
        }
        String s = nt.text();
        boolean negation = false;
        for (int k = 0; k < s.length(); k++) {
            if (!claimed[k] && depth[Math.min(nt.originalStart(k), n)] > 0) {
                claimed[k] = true;
                negation |= ClaimContext.negationStartsAt(s, k);
            }
        }
        return negation;
    }

    /**
     * Drops a finding whose span lies inside another finding of the same category (two rules agreeing, or
     * "好评率" inside "好评率99%"). Linear after one sort.
     */
    private static List<Finding> dedupe(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((x, y) -> x.span().start() != y.span().start()
                ? Integer.compare(x.span().start(), y.span().start()) : Integer.compare(y.span().end(), x.span().end()));
        int[] maxEnd = new int[ViolationCategory.values().length];
        java.util.Arrays.fill(maxEnd, -1);
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            int c = f.category().ordinal();
            if (f.span().end() <= maxEnd[c]) {
                continue;
            }
            maxEnd[c] = f.span().end();
            out.add(f);
        }
        return out;
    }

    private Verdict decide(Claim claim, Optional<ModelPrediction> pred) {
        NormalizedText nt = normalizer.normalize(claim.text());
        List<Finding> findings = findings(claim, nt);
        Map<ViolationCategory, Double> cats = new EnumMap<>(ViolationCategory.class);
        double keep = 1.0;
        for (Finding f : findings) {
            double w = weight(f.severity());
            keep *= 1 - w;
            cats.merge(f.category(), w, (a, b) -> 1 - (1 - a) * (1 - b));
        }
        double score = findings.isEmpty() ? NO_FINDING_SCORE : 1 - keep;
        List<Finding> all = findings;
        if (pred.isPresent()) {
            ModelPrediction p = pred.get();
            double modelScore = onVerdictScale(p.violation(), modelThresholds.review(), modelThresholds.violation());
            score = Math.max(score, modelScore);
            for (Map.Entry<ViolationCategory, Double> e : p.categories().entrySet()) {
                double cut = modelThresholds.category(e.getKey());
                cats.merge(e.getKey(), onVerdictScale(e.getValue(), cut, cut), Math::max);
            }
            if (modelScore >= reviewThreshold) {
                all = new ArrayList<>(findings);
                all.addAll(modelFindings(claim.text(), p, findings, modelScore >= violationThreshold));
            }
        }
        Label label = score >= violationThreshold ? Label.VIOLATION
                : score >= reviewThreshold ? Label.REVIEW : Label.COMPLIANT;
        // Model findings span the whole text (meaning, not words): the rewrite edits only the rules' spans.
        String rewrite = label == Label.COMPLIANT ? claim.text() : compliantRewrite(claim, nt, findings);
        return new Verdict(claim.text(), label, score, all, cats, rewrite);
    }

    /**
     * The rewrite, re-checked by this detector's deterministic stages (a suggestion can read differently in
     * its new context: 销量 + 领先 is again an unverifiable claim). A rewrite still flagged loses the clauses
     * its findings touch, at most {@link #MAX_RECHECKS} times; if it is flagged after that, nothing compliant
     * is left and the rewrite is empty.
     */
    private String compliantRewrite(Claim claim, NormalizedText nt, List<Finding> findings) {
        boolean[][] interiors = new boolean[1][]; // computed on first use: most rewrites touch no removed filler
        String rewrite = Rewriter.rewrite(nt, findings, p -> {
            if (interiors[0] == null) {
                interiors[0] = termInteriors(nt);
            }
            return interiors[0][p];
        });
        for (int round = 0; round <= MAX_RECHECKS && !rewrite.isBlank(); round++) {
            List<Finding> again = findings(new Claim(rewrite, claim.product(), claim.offer(), claim.language()));
            if (again.isEmpty()) {
                return rewrite;
            }
            rewrite = round < MAX_RECHECKS ? Rewriter.dropClauses(rewrite, again) : "";
        }
        return rewrite.isBlank() ? "" : rewrite;
    }

    /**
     * Per normalized position {@code p}: whether a term of this detector's lexicon rules (built-in, numeric
     * patterns, rule files) matches across the boundary between characters {@code p - 1} and {@code p}, so
     * that filler removed there was inside a flagged word ({@link Rewriter}).
     */
    private boolean[] termInteriors(NormalizedText nt) {
        boolean[] inside = new boolean[nt.length() + 1];
        for (Rule r : rules) {
            if (r instanceof LexiconRule lexicon) {
                lexicon.markTermInteriors(nt, inside);
            } else if (r instanceof NumericPatternRule numeric) {
                numeric.markTermInteriors(nt, inside);
            }
        }
        return inside;
    }

    /**
     * Maps a model probability onto the verdict's score scale, piecewise linearly, so that the model's review
     * cut-off lands on {@link #reviewThreshold} and its violation cut-off on {@link #violationThreshold}: one
     * score, one pair of label thresholds for rules and model alike.
     */
    private double onVerdictScale(double p, double review, double violation) {
        if (p < review) {
            return reviewThreshold * p / review;
        }
        if (p < violation) {
            return reviewThreshold + (violationThreshold - reviewThreshold) * (p - review) / (violation - review);
        }
        return violation >= 1 ? 1.0 : violationThreshold + (1 - violationThreshold) * (p - violation) / (1 - violation);
    }

    /**
     * {@link Stage#MODEL} findings for a text the model flags: one per category whose score reaches its cut-off
     * and that no rule already found; when the rules found nothing and no category reaches its cut-off, the
     * model's most likely category, so a model-flagged text always shows why.
     */
    private List<Finding> modelFindings(String text, ModelPrediction p, List<Finding> ruleFindings, boolean violation) {
        EnumSet<ViolationCategory> found = EnumSet.noneOf(ViolationCategory.class);
        for (Finding f : ruleFindings) {
            found.add(f.category());
        }
        List<ViolationCategory> flagged = new ArrayList<>();
        ViolationCategory top = null;
        for (Map.Entry<ViolationCategory, Double> e : p.categories().entrySet()) {
            if (top == null || e.getValue() > p.categories().get(top)) {
                top = e.getKey();
            }
            if (e.getValue() >= modelThresholds.category(e.getKey()) && !found.contains(e.getKey())) {
                flagged.add(e.getKey());
            }
        }
        if (flagged.isEmpty() && ruleFindings.isEmpty()) {
            flagged.add(top != null ? top : ViolationCategory.EFFICACY_GUARANTEE);
        }
        List<Finding> out = new ArrayList<>(flagged.size());
        Span whole = new Span(0, text.length(), text);
        for (ViolationCategory c : flagged) {
            out.add(new Finding(c, whole, "model:" + model.version() + ":" + c.id(),
                    violation ? Severity.HIGH : Severity.MEDIUM, LawBasis.of(c),
                    LawBasis.message(c) + String.format(java.util.Locale.ROOT, "（语义模型：P(违规)=%.2f，%s=%.2f）",
                            p.violation(), c.id(), p.categories().getOrDefault(c, p.violation())),
                    "", Stage.MODEL));
        }
        return out;
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
     * set), verdict review threshold 0.45 and violation threshold 0.7, and the model's own
     * {@link FalseAdModel#thresholds() recommended cut-offs} on its P(violation). Not thread-safe; the detector
     * it builds is.
     *
     * <p>The cascade: the rules' and facts' findings give a score; the model's P(violation) is mapped onto the
     * same scale (its review cut-off onto the review threshold, its violation cut-off onto the violation
     * threshold) and the verdict's score is the larger of the two. So text the rules cannot explain but the model
     * flags becomes REVIEW or VIOLATION, with {@link Stage#MODEL} findings naming the categories it read.
     */
    public static final class Builder {
        private FalseAdModel model;
        private Set<Stage> stages;
        private final List<Rule> rules = new ArrayList<>();
        private final List<Path> ruleFiles = new ArrayList<>();
        private double reviewThreshold = 0.45;
        private double violationThreshold = 0.7;
        private FalseAdModel.Thresholds modelThresholds;

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

        /**
         * Cut-offs on the model's P(violation) (and per category), overriding the model's own
         * {@link FalseAdModel#thresholds()}.
         */
        public Builder modelThresholds(FalseAdModel.Thresholds thresholds) {
            this.modelThresholds = Objects.requireNonNull(thresholds, "modelThresholds");
            return this;
        }

        /** Verdict scores at or above this (and below the violation threshold) are labelled REVIEW. */
        public Builder reviewThreshold(double t) {
            this.reviewThreshold = t;
            return this;
        }

        /** Verdict scores at or above this are labelled VIOLATION. */
        public Builder violationThreshold(double t) {
            this.violationThreshold = t;
            return this;
        }

        public FalseAdDetector build() {
            return new FalseAdDetector(this);
        }
    }
}
