package dev.livesell.script;

/** How a script line was produced. JSON: upper-case names. */
public enum LineSource {
    /** Filled in from an offline template. */
    TEMPLATE,
    /** Written by the chat model. */
    MODEL,
    /** The fraud-detector's compliant rewrite of a violating line. */
    DETECTOR_REWRITE,
    /** Written again by the chat model after the first version failed a check. */
    MODEL_REGENERATED
}
