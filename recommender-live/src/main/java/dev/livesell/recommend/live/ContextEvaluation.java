package dev.livesell.recommend.live;

import dev.livesell.core.Context;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Time-split evaluation of context re-ranking on a Taobao UserBehavior log ({@code user,item,category,behavior,unix_ts}):
 * the last calendar day (in the log's zone) is the test, everything before it trains; the day before
 * that is the validation day on which the context strength β is chosen. For each user active on the
 * test day with earlier history, the model ranks all items at the instant of the user's first
 * test-day event; the truth is every item the user touched that day.
 *
 * <p>The model is {@link RecentInterest} (decayed personal interest plus the user's categories'
 * trending items); the context-aware variant multiplies each score by {@code exp(β · logLift)} from
 * {@link ContextAffinity} learned on the training part. Both are printed, in the same line format as
 * the recommender evaluation. Stateless; thread-safe.
 *
 * <p>Example: {@code ContextEvaluation.run(Path.of("UserBehavior.csv"), ZoneId.of("Asia/Shanghai"))}
 */
public final class ContextEvaluation {
    private ContextEvaluation() {
    }

    /** One event, dense ids. */
    record Event(int user, int item, int category, double weight, long ts) {
    }

    /** A loaded log. */
    public record Log(List<Event> events, int users, int items, int categories, List<String> categoryNames) {
    }

    /** Both lines and the chosen β. */
    public record Outcome(NextBasketEvaluation.Result withoutContext, NextBasketEvaluation.Result withContext, double beta,
                          LocalDate testDay, int trainEvents, Map<Double, Double> validationNdcg10,
                          NextBasketEvaluation.Result withContextUnitBeta) {
    }

    public static Log read(Path file) {
        Map<String, Integer> users = new HashMap<>();
        Map<String, Integer> items = new HashMap<>();
        Map<String, Integer> cats = new HashMap<>();
        List<String> catNames = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || n == 1 && line.toLowerCase(Locale.ROOT).startsWith("user")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c.length < 5) {
                    throw new DataFormatException(file.toString(), n, "line", "needs user,item,category,behavior,unix_ts (was " + line + ")", null);
                }
                InteractionType type;
                try {
                    type = InteractionType.parse(c[3]);
                } catch (InvalidValueException e) {
                    throw new DataFormatException(file.toString(), n, "behavior", e.problem() + " (was " + c[3] + ")", e);
                }
                long ts;
                try {
                    ts = Long.parseLong(c[4].strip());
                } catch (NumberFormatException e) {
                    throw new DataFormatException(file.toString(), n, "unix_ts", "is not an integer (was " + c[4] + ")", e);
                }
                int u = users.computeIfAbsent(c[0].strip(), k -> users.size());
                int i = items.computeIfAbsent(c[1].strip(), k -> items.size());
                int cat = cats.computeIfAbsent(c[2].strip(), k -> {
                    catNames.add(k);
                    return cats.size();
                });
                events.add(new Event(u, i, cat, type.defaultWeight(), ts));
            }
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
        events.sort((a, b) -> Long.compare(a.ts(), b.ts()));
        return new Log(List.copyOf(events), users.size(), items.size(), cats.size(), List.copyOf(catNames));
    }

    public static Outcome run(Path file, ZoneId zone) {
        return run(read(file), zone);
    }

    public static Outcome run(Log log, ZoneId zone) {
        if (log.events().isEmpty()) {
            throw new InvalidValueException("log", "has no events to evaluate on", 0);
        }
        long last = log.events().get(log.events().size() - 1).ts();
        LocalDate testDay = Instant.ofEpochSecond(last).atZone(zone).toLocalDate();
        long testStart = testDay.atStartOfDay(zone).toEpochSecond();
        long valStart = testDay.minusDays(1).atStartOfDay(zone).toEpochSecond();
        // choose β on the validation day (train = before it)
        double[] betas = {0, 0.25, 0.5, 1, 2, 4};
        double bestBeta = 0;
        double bestNdcg = -1;
        Split val = split(log, zone, valStart, testStart);
        Map<Double, Double> table = new java.util.LinkedHashMap<>();
        for (double b : betas) {
            double ndcg = val.evaluate(b).ndcg10();
            table.put(b, ndcg);
            if (ndcg > bestNdcg + 1e-9) {
                bestNdcg = ndcg;
                bestBeta = b;
            }
        }
        Split test = split(log, zone, testStart, Long.MAX_VALUE);
        return new Outcome(test.evaluate(0), test.evaluate(bestBeta), bestBeta, testDay, test.trainEvents, table, test.evaluate(1));
    }

    private static Split split(Log log, ZoneId zone, long from, long to) {
        long t0 = System.nanoTime();
        List<Event> train = new ArrayList<>();
        Map<Integer, Set<Integer>> truth = new HashMap<>();
        Map<Integer, Long> firstTs = new HashMap<>();
        for (Event e : log.events()) {
            if (e.ts() < from) {
                train.add(e);
            } else if (e.ts() < to) {
                truth.computeIfAbsent(e.user(), k -> new HashSet<>()).add(e.item());
                firstTs.merge(e.user(), e.ts(), Math::min);
            }
        }
        RecentInterest model = RecentInterest.fit(train, log.items(), log.categories(), from);
        ContextAffinity.Builder cb = ContextAffinity.builder(zone);
        int[] itemCat = new int[log.items()];
        for (Event e : log.events()) {
            itemCat[e.item()] = e.category();
        }
        for (Event e : train) {
            cb.add(log.categoryNames().get(e.category()), Instant.ofEpochSecond(e.ts()), e.weight(), Optional.empty());
        }
        ContextAffinity ctx = cb.build();
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        return new Split(log, zone, model, ctx, itemCat, truth, firstTs, train.size(), trainSeconds);
    }

    private record Split(Log log, ZoneId zone, RecentInterest model, ContextAffinity ctx, int[] itemCat,
                         Map<Integer, Set<Integer>> truth, Map<Integer, Long> firstTs, int trainEvents, double trainSeconds) {
        NextBasketEvaluation.Result evaluate(double beta) {
            long t0 = System.nanoTime();
            double[] sum = new double[8];
            int users = 0;
            double[] catLift = new double[log.categories()];
            List<Integer> us = new ArrayList<>(truth.keySet());
            us.sort(Integer::compare);
            for (int u : us) {
                if (!model.knows(u)) {
                    continue;
                }
                Context c = Context.at(Instant.ofEpochSecond(firstTs.get(u)), zone);
                Map<Integer, Double> scores = model.scores(u);
                if (beta != 0) {
                    Arrays.fill(catLift, Double.NaN);
                    for (Map.Entry<Integer, Double> s : scores.entrySet()) {
                        int cat = itemCat[s.getKey()];
                        if (Double.isNaN(catLift[cat])) {
                            catLift[cat] = ctx.logLift(log.categoryNames().get(cat), c);
                        }
                        s.setValue(s.getValue() * Math.exp(beta * catLift[cat]));
                    }
                }
                int[] ranked = scores.entrySet().stream()
                        .sorted((a, b) -> {
                            int cmp = Double.compare(b.getValue(), a.getValue());
                            return cmp != 0 ? cmp : Integer.compare(a.getKey(), b.getKey());
                        })
                        .limit(20).mapToInt(Map.Entry::getKey).toArray();
                users++;
                Metrics.accumulate(sum, ranked, truth.get(u));
            }
            double n = Math.max(1, users);
            return new NextBasketEvaluation.Result(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n,
                    sum[6] / n, sum[7] / n, users, trainSeconds, (System.nanoTime() - t0) / 1e9);
        }
    }
}
