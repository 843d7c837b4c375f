package dev.livesell.recommend.eval;

import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.io.Dataset;

/**
 * Runs one evaluation end to end: split the data with the protocol, fit the algorithm on
 * {@link Split#fullTrain()}, rank every test case against all items, and compute metrics at 10 and 20
 * (optionally also validation metrics from a model fitted on {@link Split#train()}). Thread-safe.
 *
 * <p>Example: {@code EvalReport r = EvalRunner.run(split, Recommenders.ease(), false); r.line()}
 */
public final class EvalRunner {
    private EvalRunner() {
    }

    /** Splits and runs; {@code seed} drives the split's shuffle. */
    public static EvalReport run(Dataset data, Protocol protocol, Algorithm algorithm, long seed) {
        return run(protocol.split(data, seed), algorithm, false);
    }

    /** Runs on a prepared split; {@code withValidation} also fits on train and scores the validation cases. */
    public static EvalReport run(Split split, Algorithm algorithm, boolean withValidation) {
        Evaluator ev = Evaluator.of(10, 20);
        EvalResult valid = null;
        if (withValidation && !split.validation().isEmpty()) {
            valid = ev.evaluate(algorithm.fit(split.train()), split.validation(), split.excludeSeen());
        }
        long t0 = System.nanoTime();
        Recommender model = algorithm.fit(split.fullTrain());
        long t1 = System.nanoTime();
        EvalResult test = ev.evaluate(model, split.test(), split.excludeSeen());
        long t2 = System.nanoTime();
        return new EvalReport(model.name(), model.params(), test, valid, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** Validation metrics only (fit on train, score validation cases): what tuning compares. */
    public static EvalResult validate(Split split, Algorithm algorithm) {
        return Evaluator.of(10, 20).evaluate(algorithm.fit(split.train()), split.validation(), split.excludeSeen());
    }
}
