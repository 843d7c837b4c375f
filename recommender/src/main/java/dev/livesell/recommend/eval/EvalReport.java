package dev.livesell.recommend.eval;

import java.util.Locale;

/**
 * The outcome of one {@link EvalRunner#run}: test metrics, validation metrics (of the model trained on
 * the training part; null when the protocol had no validation cases), the algorithm's name and
 * parameters, and wall-clock times: {@code trainSeconds} to fit the final model on {@code fullTrain},
 * {@code evalSeconds} to rank the test cases. Immutable and thread-safe.
 *
 * <p>Example: {@code report.line()} → {@code hr@10=0.0830 ndcg@10=0.0475 ... users=22363 train_s=3.1 eval_s=4.0}
 */
public record EvalReport(String algorithm, java.util.Map<String, String> params, EvalResult test, EvalResult validation,
                         double trainSeconds, double evalSeconds) {
    /** The metric names of the command-line contract, in order. */
    public static final String[] CONTRACT = {"hr@10", "ndcg@10", "recall@10", "mrr@10", "hr@20", "ndcg@20", "recall@20", "mrr@20"};

    public EvalReport {
        params = java.util.Map.copyOf(params);
    }

    /** The contract line: the eight metrics (4 decimals), then users, train_s and eval_s. */
    public String line() {
        return test.format(CONTRACT) + String.format(Locale.ROOT, " users=%d train_s=%.1f eval_s=%.1f",
                test.cases(), trainSeconds, evalSeconds);
    }
}
