package dev.livesell.script.gate;

import dev.livesell.script.FactSheet;
import dev.livesell.script.GroundingChecker;
import dev.livesell.script.LineSource;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.SegmentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass of the gate over a script or answer: every line is checked for grounding (numbers and
 * units in the facts) and compliance; a failing line, product or session-level, is regenerated (when a
 * {@link Regenerator} is given, up to its attempts), else replaced by the detector's re-checked rewrite, or
 * dropped, and each change is recorded.
 * Not thread-safe: use one per script.
 */
public final class GateSession {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");

    private final ComplianceGate gate;
    private final List<AuditEntry> entries = new ArrayList<>();
    private int checked;

    public GateSession(ComplianceGate gate) {
        this.gate = gate;
    }

    /**
     * Writes a line again given why the previous version failed; empty when it cannot (no usable reply). The gate
     * calls it up to {@link #attempts()} times for one line: first with the rejected line and its problems, then,
     * when a new version fails too, with that version and its problems (or, after an empty answer, with the same
     * arguments again). It may throw a {@link dev.livesell.core.LivesellException} (a chat model that cannot be
     * reached): that ends the attempts for this line, which is then rewritten or dropped, and the failure is recorded
     * in the audit. An implementation may keep state across the attempts for one line (a conversation), so use one
     * per line.
     */
    @FunctionalInterface
    public interface Regenerator {
        Optional<String> regenerate(String rejected, List<String> reasons);

        /** How many times the gate may call {@link #regenerate} for one line (default 1). */
        default int attempts() {
            return 1;
        }
    }

    /** Records entries produced elsewhere (screened facts). */
    public void record(List<AuditEntry> more) {
        entries.addAll(more);
    }

    /**
     * Passes one line about {@code facts}' product through grounding and compliance checks.
     *
     * @param line        the candidate line
     * @param facts       the product facts it may use
     * @param grounding   grounding checker for those facts (the caller may cache it)
     * @param segment     where the line goes
     * @param regenerator how to write it again, or null (offline)
     * @return the line to keep (possibly rewritten), or empty when dropped
     */
    public Optional<ScriptLine> pass(ScriptLine line, FactSheet facts, GroundingChecker grounding, SegmentType segment,
                                     Regenerator regenerator) {
        checked++;
        ComplianceGate.Decision decision = gate.review(line.text(), facts.product(), facts.offer().orElse(null));
        List<String> reasons = new ArrayList<>();
        boolean rewritable = lineProblems(line.text(), facts, grounding, decision, reasons);
        if (reasons.isEmpty()) {
            return Optional.of(line);
        }
        Optional<String> again = regenerate(line.text(), reasons, regenerator, text -> {
            List<String> left = new ArrayList<>();
            lineProblems(text, facts, grounding, gate.review(text, facts.product(), facts.offer().orElse(null)), left);
            return left;
        });
        if (again.isPresent()) {
            entries.add(entry(facts, segment, line.text(), again, GateAction.REGENERATED, reasons));
            return Optional.of(new ScriptLine(again.get(), provenance(line.facts(), again.get(), List.of(facts)),
                    LineSource.MODEL_REGENERATED));
        }
        if (rewritable && !decision.passed() && decision.accepted().isPresent() && grounding.isGrounded(decision.accepted().get())
                && addsNoNumber(line.text(), decision.accepted().get())) {
            String text = decision.accepted().get();
            entries.add(entry(facts, segment, line.text(), Optional.of(text), GateAction.REWRITTEN, reasons));
            return Optional.of(new ScriptLine(text, provenance(line.facts(), text, List.of(facts)), LineSource.DETECTOR_REWRITE));
        }
        entries.add(entry(facts, segment, line.text(), Optional.empty(), GateAction.DROPPED, reasons));
        return Optional.empty();
    }

    /**
     * Asks the regenerator (if any) for a new version until one passes {@code problems} or its attempts are used up;
     * returns the passing text. What happened to each failed attempt is appended to {@code reasons}, so the audit of
     * a line the model could not fix says how often it was asked and why each version failed.
     */
    private static Optional<String> regenerate(String original, List<String> reasons, Regenerator regenerator,
                                               java.util.function.Function<String, List<String>> problems) {
        if (regenerator == null) {
            return Optional.empty();
        }
        String rejected = original;
        List<String> why = List.copyOf(reasons);
        int attempts = Math.max(0, regenerator.attempts());
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Optional<String> again;
            try {
                again = regenerator.regenerate(rejected, why);
            } catch (dev.livesell.core.LivesellException e) {
                reasons.add("regeneration failed: " + e.getMessage());
                return Optional.empty();
            }
            if (again.isEmpty() || again.get().isBlank()) {
                reasons.add("regeneration " + attempt + "/" + attempts + ": no usable line");
                continue;
            }
            String text = again.get().strip();
            List<String> left = problems.apply(text);
            if (left.isEmpty()) {
                return Optional.of(text);
            }
            reasons.add("regeneration " + attempt + "/" + attempts + " rejected: \"" + text + "\": " + String.join("; ", left));
            rejected = text;
            why = left;
        }
        return Optional.empty();
    }

    /**
     * Collects why a product line does not pass as it is (an echoed prompt, ungrounded values, the detector's findings
     * in {@code decision}) into {@code reasons}; returns false when the detector's rewrite must not fix it (an echoed
     * prompt), like {@link #generalProblems} for a session-level line.
     */
    private static boolean lineProblems(String text, FactSheet facts, GroundingChecker grounding,
                                        ComplianceGate.Decision decision, List<String> reasons) {
        Optional<String> echo = ComplianceGate.echoedPrompt(text, () -> factText(List.of(facts)));
        echo.ifPresent(e -> reasons.add(echoReason(e)));
        List<String> ungrounded = grounding.ungrounded(text);
        if (!ungrounded.isEmpty()) {
            reasons.add("ungrounded: " + String.join(", ", ungrounded) + " not in the product facts or offer");
        }
        if (!decision.passed()) {
            reasons.addAll(ComplianceGate.reasons(decision.verdict()));
        }
        return echo.isEmpty();
    }

    /**
     * Passes a session-level line (warm-up, closing) through the same checks as a product line, with each
     * product's facts: the line is split at every mention of a product (its title, screened name or brand), and
     * each part is checked for grounding and compliance ({@code Claim.about}) against the product it names, so a
     * number or claim is tied to that product (a price said after one product's name must be that product's).
     * Text before the first mention is checked against every product the line names; a line that names no
     * product is checked against every product of the request. The line passes only when every check passes;
     * otherwise the detector's rewrite is tried (re-checked the same way), else the line is dropped. Offline
     * (no regenerator); see {@link #passGeneral(ScriptLine, List, List, SegmentType, Regenerator)}.
     */
    public Optional<ScriptLine> passGeneral(ScriptLine line, List<FactSheet> sheets, List<GroundingChecker> grounding,
                                            SegmentType segment) {
        return passGeneral(line, sheets, grounding, segment, null);
    }

    /**
     * Like {@link #passGeneral(ScriptLine, List, List, SegmentType)}, but a failing line is first written again by
     * the regenerator, exactly as {@link #pass} does for a product line: each new version must pass every check of
     * a session-level line, the attempts are the regenerator's, a failed call costs only this line, and when no
     * version passes the detector's rewrite of the original is tried, else the line is dropped (and a segment left
     * empty gets its generator's fallback line).
     */
    public Optional<ScriptLine> passGeneral(ScriptLine line, List<FactSheet> sheets, List<GroundingChecker> grounding,
                                            SegmentType segment, Regenerator regenerator) {
        checked++;
        List<String> reasons = new ArrayList<>();
        boolean rewritable = generalProblems(line.text(), sheets, grounding, reasons);
        if (reasons.isEmpty()) {
            return Optional.of(line);
        }
        Optional<String> again = regenerate(line.text(), reasons, regenerator, text -> {
            List<String> left = new ArrayList<>();
            generalProblems(text, sheets, grounding, left);
            return left;
        });
        if (again.isPresent()) {
            entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), again,
                    GateAction.REGENERATED, reasons));
            return Optional.of(new ScriptLine(again.get(), provenance(line.facts(), again.get(), sheets), LineSource.MODEL_REGENERATED));
        }
        if (rewritable) {
            String rw = gate.detector().check(dev.livesell.fraud.Claim.of(line.text())).rewrite();
            if (rw != null && !rw.isBlank() && !rw.strip().equals(line.text().strip()) && addsNoNumber(line.text(), rw)) {
                String text = rw.strip();
                List<String> left = new ArrayList<>();
                generalProblems(text, sheets, grounding, left);
                if (left.isEmpty()) {
                    entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), Optional.of(text),
                            GateAction.REWRITTEN, reasons));
                    return Optional.of(new ScriptLine(text, provenance(line.facts(), text, sheets), LineSource.DETECTOR_REWRITE));
                }
            }
        }
        entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), Optional.empty(),
                GateAction.DROPPED, reasons));
        return Optional.empty();
    }

    /** A stretch of a line and the products (indices) it is about. */
    private record Part(String text, java.util.Set<Integer> products) {
    }

    /**
     * Collects the problems of a session-level line into {@code reasons}; returns false when one of them must not
     * be fixed by the detector's rewrite (an echoed prompt, ungrounded numbers, contradictions of the facts, medical claims).
     */
    private boolean generalProblems(String text, List<FactSheet> sheets, List<GroundingChecker> grounding, List<String> reasons) {
        boolean rewritable = true;
        Optional<String> echo = ComplianceGate.echoedPrompt(text, () -> factText(sheets));
        if (echo.isPresent()) {
            reasons.add(echoReason(echo.get()));
            rewritable = false;
        }
        for (Part part : parts(text, sheets)) {
            for (int i : part.products()) {
                FactSheet f = sheets.get(i);
                String id = f.product().id().value();
                List<String> u = grounding.get(i).ungrounded(part.text());
                if (!u.isEmpty()) {
                    reasons.add("ungrounded for " + id + ": " + String.join(", ", u) + " not in its facts or offer");
                    rewritable = false;
                }
                dev.livesell.fraud.Verdict v = gate.check(part.text(), f.product(), f.offer().orElse(null));
                if (v.isViolation()) {
                    ComplianceGate.reasons(v).forEach(r -> reasons.add(id + ": " + r));
                    rewritable &= ComplianceGate.rewritable(v);
                }
            }
        }
        return rewritable;
    }

    /** Splits a line at each product mention (longest name first; a shared brand names all its products). */
    private static List<Part> parts(String text, List<FactSheet> sheets) {
        record Mention(int start, int end, java.util.Set<Integer> products) {
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            FactSheet f = sheets.get(i);
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            if (f.titleUsable()) {
                names.add(f.product().title());
            }
            names.add(f.name());
            f.brand().ifPresent(b -> names.add(b.value()));
            for (String name : names) {
                if (name.isBlank() || name.codePointCount(0, name.length()) < 2) {
                    continue;
                }
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    found.add(new Mention(at, at + name.length(), new java.util.HashSet<>(java.util.Set.of(i))));
                }
            }
        }
        java.util.Set<Integer> all = new java.util.TreeSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            all.add(i);
        }
        if (found.isEmpty()) {
            return List.of(new Part(text, all));
        }
        // longest mention wins at a position; equal spans (a shared brand) name every product that has it
        found.sort(java.util.Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            Mention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.start() == m.start() && last.end() == m.end()) {
                last.products().addAll(m.products());
            } else if (last == null || m.start() >= last.end()) {
                kept.add(m);
            }
        }
        List<Part> parts = new ArrayList<>();
        java.util.Set<Integer> named = new java.util.TreeSet<>();
        kept.forEach(m -> named.addAll(m.products()));
        if (kept.get(0).start() > 0) {
            parts.add(new Part(text.substring(0, kept.get(0).start()), named));
        }
        for (int k = 0; k < kept.size(); k++) {
            int end = k + 1 < kept.size() ? kept.get(k + 1).start() : text.length();
            parts.add(new Part(text.substring(kept.get(k).start(), end), kept.get(k).products()));
        }
        return parts;
    }

    /** The text of every fact of these products (keys and values), for {@link ComplianceGate#echoedPrompt(String, String)}. */
    private static String factText(List<FactSheet> sheets) {
        StringBuilder sb = new StringBuilder();
        for (FactSheet f : sheets) {
            for (dev.livesell.script.FactRef r : f.all()) {
                sb.append(r.key()).append('\n').append(r.value()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String echoReason(String echo) {
        return "prompt_echo \"" + echo + "\": the line repeats the prompt or its instructions, not something to say on air";
    }

    /**
     * The provenance of a line's new text: the earlier facts it still states, and every fact of these products
     * it states now ({@link FactSheet#citedIn}).
     */
    static List<dev.livesell.script.FactRef> provenance(List<dev.livesell.script.FactRef> before, String text, List<FactSheet> sheets) {
        java.util.LinkedHashSet<dev.livesell.script.FactRef> out = new java.util.LinkedHashSet<>();
        for (dev.livesell.script.FactRef f : before) {
            String core = f.value().strip().replaceAll("[。.!！;；]+$", "");
            if (!core.isEmpty() && text.contains(core) || f.kind() == dev.livesell.script.FactKind.COUPON && text.contains(f.key())) {
                out.add(f);
            }
        }
        for (FactSheet s : sheets) {
            out.addAll(s.citedIn(text));
        }
        return List.copyOf(out);
    }

    /**
     * True when the rewrite states no number the original did not: a rewrite that cuts into a number
     * ({@code #105} → {@code popular05}) is not a faithful version of the line.
     */
    static boolean addsNoNumber(String original, String rewrite) {
        java.util.Set<String> before = new java.util.HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFKC));
        while (m.find()) {
            before.add(m.group());
        }
        m = NUMBER.matcher(java.text.Normalizer.normalize(rewrite, java.text.Normalizer.Form.NFKC));
        while (m.find()) {
            if (!before.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    private static AuditEntry entry(FactSheet facts, SegmentType segment, String original, Optional<String> result,
                                    GateAction action, List<String> reasons) {
        return new AuditEntry(Optional.of(facts.product().id()), Optional.ofNullable(segment), original, result, action, reasons);
    }

    /** Records that a segment was filled with a fallback line (the line itself still passes the gate). */
    public void recordFallback(Optional<dev.livesell.core.ProductId> product, SegmentType segment, String text, String why) {
        entries.add(new AuditEntry(product, Optional.ofNullable(segment), "", Optional.of(text), GateAction.FALLBACK, List.of(why)));
    }

    /** Records that the legally required notice was added to a product block. */
    public void recordNotice(dev.livesell.core.ProductId product, SegmentType segment, String notice) {
        entries.add(new AuditEntry(Optional.of(product), Optional.of(segment), "", Optional.of(notice), GateAction.NOTICE_ADDED,
                List.of("notice required for the regulated class was missing")));
    }

    /** The audit so far. */
    public ComplianceAudit audit() {
        return new ComplianceAudit(checked, entries);
    }
}
