package dev.livesell.script.gate;

import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.fraud.Finding;
import dev.livesell.fraud.Verdict;
import dev.livesell.fraud.ViolationCategory;
import dev.livesell.script.FactRef;
import dev.livesell.script.FactSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compliance gate: checks text with the {@link FalseAdDetector} against the product and offer,
 * and screens every merchant string (selling points, attributes, title, brand, category path, coupon labels,
 * approved claims, host name and catchphrases) before a generator may say it or put it in a prompt. Anything the detector does not
 * label compliant is treated as a violation. Immutable and thread-safe (the detector is).
 *
 * <pre>{@code
 * ComplianceGate gate = new ComplianceGate(FalseAdDetector.rulesOnly());
 * ComplianceGate.Decision d = gate.review("全网最低价，能治痘", product, offer);
 * d.accepted(); // the detector's rewrite when it passes a re-check, else empty
 * }</pre>
 */
public final class ComplianceGate {
    /**
     * Merchant text that reads as an instruction to a generator rather than a product fact. Whitespace between words is
     * matched possessively: what follows it is never whitespace, and a long run is then read once, not once per split.
     */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(忽略|无视|不要管|忘记|忘掉)(以上|上面|前面|之前|所有|全部)?的?(规则|指令|要求|限制|提示)|"
                    + "(?i)(ignore|disregard|forget)\\s++(all\\s++|any\\s++)?(the\\s++)?(previous|above|prior|earlier)?\\s*+(rules|instructions|prompts?)|"
                    + "(?i)system\\s*prompt|你现在是|(你|请)扮演|(?i)you\\s+are\\s+now|"
                    + "不要(遵守|遵循|理会|管)(以上|上面|前面|之前)?的?(规则|指令|要求)|(告诉|跟|对)(观众|用户|粉丝)说|(?i)new\\s+instructions|"
                    + "(?i)(do\\s++not|don't|never)\\s++(follow|obey)\\s++(the\\s++|any\\s++)?(earlier|previous|prior|above)?\\s*+(rules|instructions)|"
                    + "(?i)tell\\s+(the\\s+)?(viewers|audience|customers|users)");

    /**
     * A generated line that repeats the prompt rather than saying something on air: the DATA block's name or
     * delimiters, JSON, the prompt's rules (绝对化用语, "do not use ..."), a preamble ("以下是直播脚本", "Here is your
     * script"), a model speaking as a model ("As an AI language model", 作为语言模型). Injected instructions
     * ({@link #readsAsInstruction}) are checked too.
     */
    private static final Pattern PROMPT_ECHO = Pattern.compile(
            "<<<|>>>|(?<![A-Za-z])DATA(?![A-Za-z])|(?i:(?<![a-z])json(?![a-z]))|提示词|系统提示|(?i:\\bsystem\\s+prompt\\b)|"
                    + "绝对化用语|极限词|违禁词|(不要|不得|不能|禁止|避免)(使用|出现|说)(任何)?(绝对化|极限)|"
                    + "以下(是|为)?(本场|这场|你的|您的)?(直播)?(台词|话术|脚本)|(台词|话术|脚本)如下|"
                    + "作为(一个|一名)?(AI|人工智能)?(语言模型|大模型|AI助手|人工智能助手)|"
                    + "(?i:\\bas\\s+an\\s+ai\\s*(,|language\\s+model|assistant)|\\blanguage\\s+model\\b|"
                    + "\\bhere('s|\\s+is)\\s+(your|the|a)\\s+[\\w -]{0,30}?script\\b|"
                    + "\\bI\\s+(can't|cannot|am\\s+unable\\s+to)\\s+(host|write|assist|create|generate|fulfil|fulfill|complete)\\b)");

    /**
     * Findings whose line is never replaced by the detector's rewrite: cutting "cures cancer" out of "it cures
     * cancer" leaves a line that still implies the claim ("it helps"), and a line that contradicts the facts
     * is wrong, not overstated. Such lines are regenerated (LLM path) or dropped.
     */
    private static final java.util.Set<ViolationCategory> NOT_REWRITTEN = java.util.EnumSet.of(
            ViolationCategory.MEDICAL_CLAIM, ViolationCategory.EFFICACY_GUARANTEE, ViolationCategory.FACT_CONTRADICTION);

    private final FalseAdDetector detector;

    public ComplianceGate(FalseAdDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** A gate over the detector's offline defaults (rules and product facts). */
    public static ComplianceGate withDefaultDetector() {
        return new ComplianceGate(FalseAdDetector.builder().build());
    }

    public FalseAdDetector detector() {
        return detector;
    }

    /** The detector's verdict on a text about this product (offer may be null). */
    public Verdict check(String text, Product product, Offer offer) {
        return detector.check(Claim.about(text, product, offer));
    }

    /**
     * Reviews one text: passes it when compliant, else tries the detector's rewrite (re-checked), except for
     * medical claims, efficacy guarantees and contradictions of the facts, which are never rewritten.
     * The caller decides what to do when nothing is accepted (regenerate or drop).
     */
    public Decision review(String text, Product product, Offer offer) {
        Verdict v = check(text, product, offer);
        if (!v.isViolation()) {
            return new Decision(text, v, Optional.of(text), false);
        }
        if (!rewritable(v)) {
            return new Decision(text, v, Optional.empty(), false);
        }
        String rewrite = v.rewrite();
        if (rewrite != null && !rewrite.isBlank() && !rewrite.strip().equals(text.strip()) && hasContent(rewrite)) {
            Verdict again = check(rewrite.strip(), product, offer);
            if (!again.isViolation()) {
                return new Decision(text, v, Optional.of(rewrite.strip()), true);
            }
        }
        return new Decision(text, v, Optional.empty(), false);
    }

    /** False when the verdict has a finding whose line must not be replaced by the detector's rewrite. */
    public static boolean rewritable(Verdict v) {
        return v.findings().stream().noneMatch(f -> NOT_REWRITTEN.contains(f.category()));
    }

    /**
     * The part of a generated line that repeats the prompt instead of speaking to viewers ({@code "根据DATA"},
     * {@code "不要使用绝对化用语"}, {@code "As an AI language model"}, an injected instruction), or empty. Such a line is
     * never rewritten: it is regenerated or dropped. Same as {@link #echoedPrompt(String, String)} with no facts.
     */
    public static Optional<String> echoedPrompt(String text) {
        return echoedPrompt(text, "");
    }

    /**
     * Like {@link #echoedPrompt(String)}, but a prompt word that the product's own facts state ({@code facts}: their
     * text, e.g. a title "USB-C DATA 数据线" or a selling point "从零学JSON"; compared ignoring case) is the product
     * speaking, not the prompt, and does not count. An injected instruction always counts.
     */
    public static Optional<String> echoedPrompt(String text, String facts) {
        return echoedPrompt(text, () -> facts);
    }

    /** Like {@link #echoedPrompt(String, String)}, with the facts' text built only when a prompt word is found. */
    static Optional<String> echoedPrompt(String text, java.util.function.Supplier<String> facts) {
        String known = null; // most lines have no prompt word, and then the facts are never read
        java.util.regex.Matcher m = PROMPT_ECHO.matcher(text);
        while (m.find()) {
            if (known == null) {
                known = facts.get().toLowerCase(java.util.Locale.ROOT);
            }
            if (!known.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(m.group());
            }
        }
        m = INSTRUCTION.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** True when text looks like an instruction to the generator ("忽略以上规则…"). */
    public static boolean readsAsInstruction(String text) {
        return INSTRUCTION.matcher(text).find();
    }

    /**
     * Screens the product's merchant text: selling points, attributes, title, brand and coupon labels the detector
     * does not pass, or that read as instructions, and approved claims that read as instructions, are excluded
     * from the returned facts and recorded as {@link GateAction#FACT_EXCLUDED}. A category path that reads as an
     * instruction fails with {@link dev.livesell.core.InvalidValueException} naming {@code category}.
     */
    public Screening screen(FactSheet facts) {
        List<Integer> excluded = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        Offer offer = facts.offer().orElse(null);
        for (FactRef sp : facts.sellingPoints()) {
            int index = Integer.parseInt(sp.key());
            List<String> reasons = new ArrayList<>();
            if (readsAsInstruction(sp.value())) {
                reasons.add("instruction: merchant text reads as an instruction to the generator");
            }
            Verdict v = check(sp.value(), facts.product(), offer);
            if (v.isViolation()) {
                reasons.addAll(reasons(v));
            }
            if (!reasons.isEmpty()) {
                excluded.add(index);
                entries.add(new AuditEntry(Optional.of(facts.product().id()), Optional.empty(), sp.value(), Optional.empty(),
                        GateAction.FACT_EXCLUDED, reasons));
            }
        }
        List<String> badAttributes = new ArrayList<>();
        for (FactRef a : facts.attributes()) {
            List<String> reasons = new ArrayList<>();
            if (readsAsInstruction(a.key()) || readsAsInstruction(a.value())) {
                reasons.add("instruction: merchant text reads as an instruction to the generator");
            }
            Verdict v = check(a.key() + "：" + a.value(), facts.product(), offer);
            if (v.isViolation()) {
                reasons.addAll(reasons(v));
            }
            if (!reasons.isEmpty()) {
                badAttributes.add(a.key());
                entries.add(new AuditEntry(Optional.of(facts.product().id()), Optional.empty(), a.key() + "：" + a.value(),
                        Optional.empty(), GateAction.FACT_EXCLUDED, reasons));
            }
        }
        Product p = facts.product();
        for (String element : p.category().path()) {
            if (readsAsInstruction(element)) {
                // the category is the platform's taxonomy, not copy: an instruction there is bad data, not a fact to drop
                throw new dev.livesell.core.InvalidValueException("category", "reads as an instruction to the generator, not a category",
                        String.join("/", p.category().path()));
            }
        }
        boolean title = excludeField(entries, facts, "title", p.title(), true);
        boolean brand = !p.brand().isBlank() && excludeField(entries, facts, "brand", p.brand(), true);
        List<String> coupons = new ArrayList<>();
        for (dev.livesell.core.Coupon c : facts.coupons()) {
            if (excludeField(entries, facts, "coupon label", c.label(), true)) {
                coupons.add(c.label());
            }
        }
        List<Integer> claims = new ArrayList<>();
        for (int i = 0; i < p.approvedClaims().size(); i++) {
            // approved claims are the regulator's wording: the detector would flag the health claim itself
            if (excludeField(entries, facts, "approved claim", p.approvedClaims().get(i), false)) {
                claims.add(i);
            }
        }
        FactSheet screened = facts.withoutSellingPoints(excluded).withoutAttributes(badAttributes).without(title, brand, coupons, claims);
        return new Screening(screened, entries);
    }

    /**
     * Screens one merchant string a generator would say or put in a prompt: it is excluded (and recorded) when
     * it reads as an instruction or, when {@code detect}, when the detector does not pass it for this product.
     */
    private boolean excludeField(List<AuditEntry> entries, FactSheet facts, String field, String value, boolean detect) {
        List<String> reasons = new ArrayList<>();
        if (readsAsInstruction(value)) {
            reasons.add("instruction: merchant " + field + " reads as an instruction to the generator");
        }
        if (detect) {
            Verdict v = check(value, facts.product(), facts.offer().orElse(null));
            if (v.isViolation()) {
                reasons.addAll(reasons(v).stream().map(r -> field + ": " + r).toList());
            }
        }
        if (reasons.isEmpty()) {
            return false;
        }
        entries.add(new AuditEntry(Optional.of(facts.product().id()), Optional.empty(), value, Optional.empty(),
                GateAction.FACT_EXCLUDED, reasons));
        return true;
    }

    /**
     * Screens the host's name and catchphrases (merchant-supplied text that the warm-up says and the prompt
     * carries): those that read as instructions or that the detector does not pass are not used, and recorded.
     */
    public HostScreening screenHost(dev.livesell.core.Host host) {
        List<AuditEntry> entries = new ArrayList<>();
        Optional<String> name = Optional.of(host.name()).filter(n -> !n.isBlank() && usableHostText("host name", n, entries));
        List<String> phrases = host.catchphrases().stream().filter(c -> usableHostText("host catchphrase", c, entries)).toList();
        return new HostScreening(name, phrases, entries);
    }

    private boolean usableHostText(String field, String value, List<AuditEntry> entries) {
        List<String> reasons = new ArrayList<>();
        if (readsAsInstruction(value)) {
            reasons.add("instruction: " + field + " reads as an instruction to the generator");
        }
        Verdict v = detector.check(Claim.of(value));
        if (v.isViolation()) {
            reasons.addAll(reasons(v).stream().map(r -> field + ": " + r).toList());
        }
        if (reasons.isEmpty()) {
            return true;
        }
        entries.add(new AuditEntry(Optional.empty(), Optional.empty(), value, Optional.empty(), GateAction.FACT_EXCLUDED, reasons));
        return false;
    }

    /**
     * The host's text after screening.
     *
     * @param name         the name, when usable
     * @param catchphrases usable catchphrases
     * @param excluded     audit entries for what was not used
     */
    public record HostScreening(Optional<String> name, List<String> catchphrases, List<AuditEntry> excluded) {
        public HostScreening {
            catchphrases = List.copyOf(catchphrases);
            excluded = List.copyOf(excluded);
        }
    }

    /** Human-readable reasons from a verdict: {@code medical_claim "治癌症" [rule-id]: message}. */
    public static List<String> reasons(Verdict v) {
        List<String> out = new ArrayList<>();
        for (Finding f : v.findings()) {
            StringBuilder sb = new StringBuilder(f.category().id());
            if (f.span() != null && f.span().text() != null && !f.span().text().isEmpty()) {
                sb.append(" \"").append(f.span().text()).append('"');
            }
            if (f.ruleId() != null && !f.ruleId().isEmpty()) {
                sb.append(" [").append(f.ruleId()).append(']');
            }
            if (f.message() != null && !f.message().isEmpty()) {
                sb.append(": ").append(f.message());
            }
            out.add(sb.toString());
        }
        if (out.isEmpty()) {
            out.add(v.label().name().toLowerCase(java.util.Locale.ROOT) + String.format(java.util.Locale.ROOT, " (score %.2f)", v.score()));
        }
        return out;
    }

    private static boolean hasContent(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The outcome of reviewing one text.
     *
     * @param original  the text reviewed
     * @param verdict   the detector's verdict on the original
     * @param accepted  the text that may be said (the original, or the rewrite); empty when blocked
     * @param rewritten true when {@code accepted} is the detector's rewrite
     */
    public record Decision(String original, Verdict verdict, Optional<String> accepted, boolean rewritten) {
        /** True when the original passed as is. */
        public boolean passed() {
            return accepted.isPresent() && !rewritten;
        }
    }

    /**
     * Facts after screening, and what was excluded.
     *
     * @param facts    the usable facts
     * @param excluded audit entries for excluded merchant facts
     */
    public record Screening(FactSheet facts, List<AuditEntry> excluded) {
        public Screening {
            excluded = List.copyOf(excluded);
        }
    }
}
