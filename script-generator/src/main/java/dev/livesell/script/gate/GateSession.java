package dev.livesell.script.gate;

import dev.livesell.core.Offer;
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
 * units in the facts) and compliance; a failing line is regenerated (when a {@link Regenerator} is
 * given), replaced by the detector's re-checked rewrite, or dropped, and each change is recorded.
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
     * Writes a line again given why the previous version failed; empty when it cannot. It may throw a
     * {@link dev.livesell.core.LivesellException} (a chat model that cannot be reached): that costs only this
     * line, which is then rewritten or dropped, and the failure is recorded in the audit.
     */
    @FunctionalInterface
    public interface Regenerator {
        Optional<String> regenerate(String rejected, List<String> reasons);
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
        Offer offer = facts.offer().orElse(null);
        List<String> reasons = new ArrayList<>();
        List<String> ungrounded = grounding.ungrounded(line.text());
        ComplianceGate.Decision decision = gate.review(line.text(), facts.product(), offer);
        if (ungrounded.isEmpty() && decision.passed()) {
            return Optional.of(line);
        }
        if (!ungrounded.isEmpty()) {
            reasons.add("ungrounded: " + String.join(", ", ungrounded) + " not in the product facts or offer");
        }
        if (!decision.passed()) {
            reasons.addAll(ComplianceGate.reasons(decision.verdict()));
        }
        if (regenerator != null) {
            Optional<String> again;
            try {
                again = regenerator.regenerate(line.text(), List.copyOf(reasons));
            } catch (dev.livesell.core.LivesellException e) {
                again = Optional.empty();
                reasons.add("regeneration failed: " + e.getMessage());
            }
            if (again.isPresent() && !again.get().isBlank() && grounding.isGrounded(again.get())) {
                ComplianceGate.Decision d2 = gate.review(again.get().strip(), facts.product(), offer);
                if (d2.passed()) {
                    entries.add(entry(facts, segment, line.text(), Optional.of(d2.original()), GateAction.REGENERATED, reasons));
                    return Optional.of(line.withText(d2.original(), LineSource.MODEL_REGENERATED));
                }
            }
        }
        if (!decision.passed() && decision.accepted().isPresent() && grounding.isGrounded(decision.accepted().get())
                && addsNoNumber(line.text(), decision.accepted().get())) {
            String text = decision.accepted().get();
            entries.add(entry(facts, segment, line.text(), Optional.of(text), GateAction.REWRITTEN, reasons));
            return Optional.of(line.withText(text, LineSource.DETECTOR_REWRITE));
        }
        entries.add(entry(facts, segment, line.text(), Optional.empty(), GateAction.DROPPED, reasons));
        return Optional.empty();
    }

    /**
     * Passes a session-level line (warm-up, closing) that may cite any of the products: each number must
     * be supported by some product's facts; compliance is checked without a product.
     */
    public Optional<ScriptLine> passGeneral(ScriptLine line, List<FactSheet> sheets, List<GroundingChecker> grounding,
                                            SegmentType segment) {
        checked++;
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < grounding.size(); i++) {
            List<String> u = grounding.get(i).ungrounded(line.text());
            if (i == 0) {
                bad.addAll(u);
            } else {
                bad.retainAll(u);
            }
        }
        if (!bad.isEmpty()) {
            entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), Optional.empty(),
                    GateAction.DROPPED, List.of("ungrounded: " + String.join(", ", bad) + " not in any product's facts")));
            return Optional.empty();
        }
        dev.livesell.fraud.Verdict v = gate.detector().check(dev.livesell.fraud.Claim.of(line.text()));
        if (!v.isViolation()) {
            return Optional.of(line);
        }
        List<String> reasons = ComplianceGate.reasons(v);
        String rw = v.rewrite();
        if (ComplianceGate.rewritable(v) && rw != null && !rw.isBlank() && !rw.strip().equals(line.text().strip())
                && groundedInAny(rw, grounding)
                && addsNoNumber(line.text(), rw)
                && !gate.detector().check(dev.livesell.fraud.Claim.of(rw.strip())).isViolation()) {
            entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), Optional.of(rw.strip()),
                    GateAction.REWRITTEN, reasons));
            return Optional.of(line.withText(rw.strip(), LineSource.DETECTOR_REWRITE));
        }
        entries.add(new AuditEntry(Optional.empty(), Optional.ofNullable(segment), line.text(), Optional.empty(),
                GateAction.DROPPED, reasons));
        return Optional.empty();
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

    /** True when each number of the text is supported by at least one of the products. */
    private static boolean groundedInAny(String text, List<GroundingChecker> grounding) {
        List<String> bad = null;
        for (GroundingChecker g : grounding) {
            List<String> u = g.ungrounded(text);
            if (bad == null) {
                bad = new ArrayList<>(u);
            } else {
                bad.retainAll(u);
            }
        }
        return bad == null || bad.isEmpty();
    }

    private static AuditEntry entry(FactSheet facts, SegmentType segment, String original, Optional<String> result,
                                    GateAction action, List<String> reasons) {
        return new AuditEntry(Optional.of(facts.product().id()), Optional.ofNullable(segment), original, result, action, reasons);
    }

    /** The audit so far. */
    public ComplianceAudit audit() {
        return new ComplianceAudit(checked, entries);
    }
}
