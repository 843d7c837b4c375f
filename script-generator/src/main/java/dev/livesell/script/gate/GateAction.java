package dev.livesell.script.gate;

/** What the compliance gate (or the grounding check) did to a line. JSON: upper-case names. */
public enum GateAction {
    /** Replaced by the fraud-detector's compliant rewrite. */
    REWRITTEN,
    /** Written again by the chat model, and the new version passed. */
    REGENERATED,
    /** Removed from the script. */
    DROPPED,
    /** A merchant fact (selling point) was not used because it violates advertising rules or reads as an instruction. */
    FACT_EXCLUDED
}
