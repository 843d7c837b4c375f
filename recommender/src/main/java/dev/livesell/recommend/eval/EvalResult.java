package dev.livesell.recommend.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Metric values of one evaluation: {@code hr@k}, {@code ndcg@k}, {@code recall@k}, {@code mrr@k},
 * {@code precision@k} and {@code coverage@k} (share of the catalogue that appears in some top-k) for each
 * cutoff, averaged over {@code cases}. Immutable and thread-safe.
 *
 * <p>Example: {@code result.metric("ndcg@10")}
 */
public record EvalResult(Map<String, Double> metrics, int cases) {
    public EvalResult {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A metric by name; throws when it was not computed. */
    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new dev.livesell.core.InvalidValueException("metric", "not computed; have " + metrics.keySet(), name);
        }
        return v;
    }

    /** {@code hr@10=0.1234 ndcg@10=...} for the given metric names, 4 decimals. */
    public String format(String... names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n).append('=').append(String.format(Locale.ROOT, "%.4f", metric(n)));
        }
        return sb.toString();
    }
}
