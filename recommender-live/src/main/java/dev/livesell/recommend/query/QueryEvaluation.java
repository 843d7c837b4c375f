package dev.livesell.recommend.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.io.LivesellJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a {@link QueryRecommender} on labelled requests: JSON Lines of
 * {@code {"query": "...", "relevant": {"p-1001": 2, "p-1003": 1}}} (graded relevance, 2 = what the
 * request asks for, 1 = acceptable). Reports NDCG@k with gains 2^rel − 1 and capped Recall@k: relevant
 * products found in the top k over {@code min(k, |relevant|)}, so a request with more relevant products
 * than k can still reach 1. Stateless; thread-safe.
 *
 * <p>Example: {@code QueryEvaluation.evaluate(recommender, QueryEvaluation.read(path), 5).line()}
 */
public final class QueryEvaluation {
    private QueryEvaluation() {
    }

    /** One labelled request. */
    public record LabelledQuery(String query, Map<String, Integer> relevant) {
        public LabelledQuery {
            relevant = Map.copyOf(relevant);
        }
    }

    /** Mean metrics over the requests. */
    public record Result(double ndcg, double recall, int k, int queries) {
        /** {@code ndcg@5=0.XXXX recall@5=0.XXXX queries=N}. */
        public String line() {
            return String.format(Locale.ROOT, "ndcg@%d=%.4f recall@%d=%.4f queries=%d", k, ndcg, k, recall, queries);
        }
    }

    public static List<LabelledQuery> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<LabelledQuery> read(Reader reader, String source) {
        List<LabelledQuery> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = LivesellJson.mapper().readTree(line);
                } catch (IOException e) {
                    throw new DataFormatException(source, n, "line", "is not JSON (" + e.getMessage() + ")", e);
                }
                String q = node.path("query").asText("");
                if (q.isBlank()) {
                    throw new DataFormatException(source, n, "query", "is missing or blank", null);
                }
                JsonNode rel = node.get("relevant");
                if (rel == null || !rel.isObject() || rel.isEmpty()) {
                    throw new DataFormatException(source, n, "relevant", "must be a non-empty object of product id → grade", null);
                }
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = rel.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt() || e.getValue().asInt() < 1) {
                        throw new DataFormatException(source, n, "relevant." + e.getKey(), "must be a grade ≥ 1 (was " + e.getValue() + ")", null);
                    }
                    grades.put(e.getKey(), e.getValue().asInt());
                }
                out.add(new LabelledQuery(q, grades));
            }
        } catch (IOException e) {
            throw new LivesellException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static Result evaluate(QueryRecommender recommender, List<LabelledQuery> queries, int k) {
        double ndcg = 0;
        double recall = 0;
        for (LabelledQuery q : queries) {
            List<String> ranked = new ArrayList<>();
            for (QueryHit h : recommender.ask(q.query(), null, k).hits()) {
                ranked.add(h.product().id().value());
            }
            ndcg += ndcg(ranked, q.relevant(), k);
            int found = 0;
            for (String id : ranked) {
                if (q.relevant().containsKey(id)) {
                    found++;
                }
            }
            recall += (double) found / Math.min(k, q.relevant().size());
        }
        int n = Math.max(1, queries.size());
        return new Result(ndcg / n, recall / n, k, queries.size());
    }

    /** NDCG@k with gains 2^grade − 1 and log2(rank + 1) discounts. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int g = grades.getOrDefault(ranked.get(i), 0);
            dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }
}
