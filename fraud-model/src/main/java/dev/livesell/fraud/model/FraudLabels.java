package dev.livesell.fraud.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The output labels of the shipped head: {@code violation}, then the taxonomy category ids of
 * {@code TAXONOMY.md} in a fixed order. {@code fact_contradiction} is left out: it needs the product's
 * facts, which the rules' fact stage checks, not a text-only model.
 */
public final class FraudLabels {
    /** Name of the binary output. */
    public static final String VIOLATION = "violation";
    /** Category ids the model scores. */
    public static final List<String> CATEGORY_IDS = List.of("absolute_term", "medical_claim", "efficacy_guarantee",
            "false_endorsement", "false_price", "unverifiable_data", "pressure_scarcity");
    /** {@link #VIOLATION} followed by {@link #CATEGORY_IDS}. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        all.add(VIOLATION);
        all.addAll(CATEGORY_IDS);
        ALL = List.copyOf(all);
    }

    private FraudLabels() {
    }

    /**
     * The problem with a list of model output labels, or null when it is valid: each must be {@link #VIOLATION} or
     * a taxonomy category id ({@code medical_claim} ...), none twice, none null.
     */
    static String problem(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "must name every output of the model";
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String l : labels) {
            if (l == null) {
                return "must not contain null";
            }
            if (!seen.add(l)) {
                return "names " + l + " twice";
            }
            if (l.equals(VIOLATION)) {
                continue;
            }
            boolean known = false;
            for (dev.livesell.fraud.ViolationCategory c : dev.livesell.fraud.ViolationCategory.values()) {
                known |= c.id().equals(l);
            }
            if (!known) {
                return "must be " + VIOLATION + " or taxonomy category ids; " + l + " is neither";
            }
        }
        return null;
    }
}
