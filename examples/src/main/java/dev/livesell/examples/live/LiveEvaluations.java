package dev.livesell.examples.live;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.live.ContextEvaluation;
import dev.livesell.recommend.live.InstacartReader;
import dev.livesell.recommend.live.NextBasketEvaluation;
import dev.livesell.recommend.live.NextBasketRecommender;
import dev.livesell.recommend.live.RepurchaseRanker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The live-selling evaluations behind {@code livesell recommend eval}: {@code --format instacart
 * --protocol next-basket [--algo pop|ptopfreq|repurchase|validation]} (without --algo: the pop and ptopfreq
 * baselines, then the default, repurchase, last; {@code validation}: the same three on the validation split,
 * then on the six-fold backtest the settings were chosen on, each user's test order unread) and {@code --format taobao --protocol time --algo context} (the
 * model without context, then with context at the strength chosen on the validation day, last).
 * {@code RecommendEvalCommand} delegates here when {@link #handles} says so; the last printed line is
 * the metrics line of the evaluation contract.
 */
public final class LiveEvaluations {
    private LiveEvaluations() {
    }

    /**
     * True for what these evaluations cover: instacart/next-basket (any algo) and taobao/time with
     * {@code --algo context} (the context-aware model; the same model without context is printed too).
     */
    public static boolean handles(String format, String protocol, String algo) {
        return "instacart".equals(format) && "next-basket".equals(protocol)
                || "taobao".equals(format) && "time".equals(protocol) && "context".equals(algo);
    }

    /** Runs an evaluation; the last printed line is the metrics line. */
    public static int run(PrintWriter out, Path data, String format, String protocol, String algo, ZoneId zone) {
        if (!Files.exists(data)) {
            throw new InvalidValueException("data", "does not exist", data);
        }
        if ("instacart".equals(format) && "next-basket".equals(protocol)) {
            InstacartReader.Result r = InstacartReader.read(data);
            out.printf("instacart: %d orders, %d without products skipped (unlabelled final orders), %d users, %d products%n",
                    r.orders(), r.skippedOrders(), r.history().users(), r.history().items());
            if ("validation".equalsIgnoreCase(algo)) {
                // the run settings are chosen on: each user's test order dropped, the order before it is the target
                out.println("validation (target: each user's second-to-last order; the last order is not read):");
                out.println("pop:      " + NextBasketEvaluation.validation(r.history(), NextBasketRecommender::popularity).line());
                out.println("ptopfreq: " + NextBasketEvaluation.validation(r.history(), NextBasketRecommender::personalTopFrequency).line());
                out.println("default (repurchase): " + NextBasketEvaluation.validation(r.history(), RepurchaseRanker::fit).line());
                int folds = NextBasketEvaluation.BACKTEST_FOLDS;
                out.println("backtest over " + folds + " folds (fold b: each user's last b orders dropped, the order before them is the target):");
                out.println("pop:      " + NextBasketEvaluation.backtest(r.history(), NextBasketRecommender::popularity, folds).line());
                out.println("ptopfreq: " + NextBasketEvaluation.backtest(r.history(), NextBasketRecommender::personalTopFrequency, folds).line());
                out.println("default (repurchase):");
                out.println(NextBasketEvaluation.backtest(r.history(), RepurchaseRanker::fit, folds).line());
            } else if (algo == null) {
                out.println("pop:      " + NextBasketEvaluation.run(r.history(), NextBasketRecommender::popularity).line());
                out.println("ptopfreq: " + NextBasketEvaluation.run(r.history(), NextBasketRecommender::personalTopFrequency).line());
                out.println("default (repurchase):");
                out.println(NextBasketEvaluation.run(r.history(), RepurchaseRanker::fit).line());
            } else {
                switch (algo.toLowerCase(Locale.ROOT)) {
                    case "pop" -> out.println(NextBasketEvaluation.run(r.history(), NextBasketRecommender::popularity).line());
                    case "ptopfreq" -> out.println(NextBasketEvaluation.run(r.history(), NextBasketRecommender::personalTopFrequency).line());
                    case "repurchase", "default" -> out.println(NextBasketEvaluation.run(r.history(), RepurchaseRanker::fit).line());
                    default -> throw new InvalidValueException("algo", "must be pop, ptopfreq, repurchase or validation for next-basket", algo);
                }
            }
        } else if ("taobao".equals(format) && "time".equals(protocol)) {
            ContextEvaluation.Outcome o = ContextEvaluation.run(data, zone);
            out.printf(Locale.ROOT, "taobao time split: test day %s, %d training events; context strength chosen on the validation day: β=%.2f%n",
                    o.testDay(), o.trainEvents(), o.beta());
            StringBuilder sb = new StringBuilder("validation ndcg@10 by β:");
            o.validationNdcg10().forEach((b, v) -> sb.append(String.format(Locale.ROOT, " %.2f→%.4f", b, v)));
            out.println(sb);
            out.println("with context at β=1 (not chosen, for reference): " + o.withContextUnitBeta().line());
            out.println("without context: " + o.withoutContext().line());
            out.println("with context (default):");
            out.println(o.withContext().line());
        } else {
            throw new InvalidValueException("format/protocol", "must be instacart/next-basket or taobao/time", format + "/" + protocol);
        }
        out.flush();
        return 0;
    }
}
