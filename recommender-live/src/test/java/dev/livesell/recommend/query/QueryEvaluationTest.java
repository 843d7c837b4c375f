package dev.livesell.recommend.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryEvaluationTest {
    @Test
    void ndcgMatchesAHandComputedExample() {
        // gains 2^2-1=3 at rank 2, 2^1-1=1 at rank 3; ideal: 3 at rank 1, 1 at rank 2
        double dcg = 3 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
        double idcg = 3 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / idcg, QueryEvaluation.ndcg(List.of("x", "a", "b"), Map.of("a", 2, "b", 1), 5), 1e-12);
        assertEquals(1.0, QueryEvaluation.ndcg(List.of("a", "b"), Map.of("a", 2, "b", 1), 5), 1e-12);
        assertEquals(0.0, QueryEvaluation.ndcg(List.of("x"), Map.of("a", 2), 5), 1e-12);
    }

    @Test
    void readerNamesTheBadLineAndField() {
        String text = "{\"query\":\"防晒\",\"relevant\":{\"p-1\":2}}\n{\"query\":\"x\",\"relevant\":{}}\n";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> QueryEvaluation.read(new StringReader(text), "q.jsonl"));
        assertTrue(e.getMessage().contains("q.jsonl:2") && e.getMessage().contains("relevant"), e.getMessage());
    }

    @Test
    void labelledSetHasAtLeastFortyQueriesAndValidIds() {
        List<QueryEvaluation.LabelledQuery> qs = QueryEvaluation.read(Path.of("src/test/resources/query-eval/sample-queries.jsonl"));
        assertTrue(qs.size() >= 40, "queries: " + qs.size());
        Path catalog = Path.of("../examples/src/main/resources/sample/catalog.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(catalog));
        var c = dev.livesell.core.io.CatalogFile.read(catalog);
        for (var q : qs) {
            for (String id : q.relevant().keySet()) {
                assertTrue(c.find(dev.livesell.core.ProductId.of(id)).isPresent(), q.query() + ": unknown " + id);
            }
        }
    }

    @Test
    void keywordRetrievalRanksLabelledSampleRequests() {
        Path catalog = Path.of("../examples/src/main/resources/sample/catalog.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(catalog));
        var c = dev.livesell.core.io.CatalogFile.read(catalog);
        QueryRecommender keyword = QueryRecommender.builder(c).retrieval(QueryRecommender.Retrieval.KEYWORD).build();
        QueryEvaluation.Result r = QueryEvaluation.evaluate(keyword,
                QueryEvaluation.read(Path.of("src/test/resources/query-eval/sample-queries.jsonl")), 5);
        assertTrue(r.ndcg() > 0 && r.ndcg() <= 1, r.line());
        assertTrue(r.line().startsWith("ndcg@5="), r.line());
    }
}
