package dev.livesell.script.gate;

/** What the compliance gate (or the grounding check) did to a line. JSON: upper-case names. */
public enum GateAction {
    /** Replaced by the fraud-detector's compliant rewrite. */
    REWRITTEN,
    /** Written again by the chat model, and the new version passed. */
    REGENERATED,
    /** Removed from the script. */
    DROPPED,
    /** A merchant string (selling point, attribute, title, brand, coupon label, host name ...) was not used because it violates advertising rules or reads as an instruction. */
    FACT_EXCLUDED,
    /** A planned segment had no accepted line, so the generator's fact-free fallback line was used. */
    FALLBACK,
    /** The legally required notice of a drug, medical device or health food was missing and was added. */
    NOTICE_ADDED
}
