package dev.livesell.examples.recommend;

import dev.livesell.recommend.Algorithm;
import dev.livesell.recommend.Recommenders;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import dev.livesell.recommend.eval.EvalReport;
import dev.livesell.recommend.eval.EvalRunner;
import dev.livesell.recommend.eval.Protocol;
import dev.livesell.recommend.eval.Split;
import dev.livesell.recommend.io.DataFormat;
import dev.livesell.recommend.io.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code livesell recommend eval}: full-ranking evaluation of a recommender on a data set. The last line
 * is the contract: {@code hr@10=... ndcg@10=... recall@10=... mrr@10=... hr@20=... ndcg@20=... recall@20=...
 * mrr@20=... users=N train_s=X eval_s=Y}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a recommender with full ranking (all items are candidates).")
public final class RecommendEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "Data file (a folder for instacart, or a folder of sequence files such as MovieLens train/valid/test).")
    Path data;

    @Option(names = "--test", paramLabel = "PATH", description = "Sessions format: the 'prefix<TAB>target' test file.")
    Path test;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "interactions-csv, sequences, sessions, taobao, instacart, jsonl.")
    String format;

    @Option(names = "--protocol", required = true, paramLabel = "PROTOCOL", description = "ratio (random 8:1:1 of all user-item pairs), ratio-user (8:1:1 per user), loo, session, time;"
            + " next-basket (instacart format).")
    String protocol;

    @Option(names = "--algo", paramLabel = "NAME",
            description = "pop, itemknn, ease, ials, lowpass, markov, sknn, blend (default: the recommended default for the protocol);"
                    + " with taobao + time: context; with instacart + next-basket: ptopfreq, repurchase, pop, validation.")
    String algo;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Hyper-parameter, repeatable (e.g. lambda=300 with --algo ease; the default blend takes"
            + " N.key for its N-th base, e.g. 0.lambda=300 with search=none).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the ratio split (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--validation", description = "Also report validation metrics (model fitted on the training part).")
    boolean validation;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (dev.livesell.examples.live.LiveEvaluations.handles(format, protocol, algo)) {
            return dev.livesell.examples.live.LiveEvaluations.run(out, data, format, protocol, algo, java.time.ZoneId.of("Asia/Shanghai"));
        }
        DataFormat fmt = DataFormat.parse(format);
        Protocol prot = Protocol.parse(protocol);
        long t0 = System.nanoTime();
        Dataset ds = fmt.load(data, test, InteractionWeights.defaults());
        if (ds.interactions().numEvents() == 0) {
            throw new dev.livesell.core.InvalidValueException("data", "has no events to train or evaluate on", data);
        }
        Split split = prot.split(ds, seed);
        if (split.test().isEmpty()) {
            throw new dev.livesell.core.InvalidValueException("data", "gives no " + prot.cliName() + " test cases (too few events per viewer?)", data);
        }
        InteractionMatrix m = ds.interactions();
        out.printf(Locale.ROOT, "data: %s (%s): %d users, %d items, %d events; %s split: %d validation, %d test cases (%.1f s)%n",
                data, fmt.cliName(), m.numUsers(), m.numItems(), m.numEvents(), prot.cliName(), split.validation().size(),
                split.test().size(), (System.nanoTime() - t0) / 1e9);
        Algorithm a;
        if (algo == null) {
            a = Recommenders.defaultFor(prot, split.fullTrain());
            for (Map.Entry<String, String> e : params.entrySet()) {
                a = a.withParam(e.getKey(), e.getValue());
            }
        } else {
            a = Recommenders.byName(algo, params);
        }
        out.println("algo: " + a.name() + " " + a.params());
        out.flush();
        EvalReport r = EvalRunner.run(split, a, validation);
        if (r.validation() != null) {
            out.println("validation: " + r.validation().format(EvalReport.CONTRACT));
        }
        out.println("test: " + r.test().format("precision@10", "precision@20", "coverage@10", "coverage@20"));
        out.println(r.line());
        out.flush();
        return 0;
    }
}
