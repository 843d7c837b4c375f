package dev.livesell.script.gate;

import java.util.List;

/**
 * The record of the compliance gate for one script or answer: how many lines it checked, and every
 * rewrite, regeneration, drop and excluded merchant fact with its reasons. Immutable and thread-safe.
 *
 * @param linesChecked lines that went through the detector
 * @param entries      the changes, in order
 */
public record ComplianceAudit(int linesChecked, List<AuditEntry> entries) {
    public ComplianceAudit {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static ComplianceAudit empty() {
        return new ComplianceAudit(0, List.of());
    }

    /** Entries with this action. */
    public long count(GateAction action) {
        return entries.stream().filter(e -> e.action() == action).count();
    }

    /** One line: {@code 96 lines checked: 2 rewritten, 0 regenerated, 1 dropped; 1 merchant fact excluded}. */
    public String summary() {
        return linesChecked + " lines checked: " + count(GateAction.REWRITTEN) + " rewritten, "
                + count(GateAction.REGENERATED) + " regenerated, " + count(GateAction.DROPPED) + " dropped; "
                + count(GateAction.FACT_EXCLUDED) + " merchant fact(s) excluded"
                + (count(GateAction.FALLBACK) > 0 ? "; " + count(GateAction.FALLBACK) + " fallback line(s)" : "")
                + (count(GateAction.NOTICE_ADDED) > 0 ? "; " + count(GateAction.NOTICE_ADDED) + " legal notice(s) added" : "");
    }
}
