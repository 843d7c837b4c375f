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
}
