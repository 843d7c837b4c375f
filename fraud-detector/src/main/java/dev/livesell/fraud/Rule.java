package dev.livesell.fraud;

import java.util.List;

/**
 * A user-supplied rule: given the normalized claim text (with its offset map) and the claim, returns
 * findings whose spans are in the ORIGINAL text (use {@link NormalizedText#span(int, int)}).
 * Implementations must be thread-safe.
 *
 * <p>Example: {@code builder().addRule(new MyRule())}.
 */
public interface Rule {
    String id();

    List<Finding> apply(NormalizedText text, Claim claim);
}
