package dev.livesell.recommend.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.ViewerId;
import dev.livesell.recommend.live.ViewerAffinity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRecommenderTest {
    private final InMemoryCatalog catalog = TestCatalog.catalog();

    private static List<String> ids(QueryAnswer a) {
        return a.hits().stream().map(h -> h.product().id().value()).toList();
    }

    @Test
    void filtersPriceCurrencyAndSkinType() {
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(new TestCatalog.BigramModel()).build();
        QueryAnswer a = q.ask("防晒霜 油皮 200元以内", null, 5);
        assertEquals("sun-oily", ids(a).get(0));
        assertFalse(ids(a).contains("sun-dry"), "dry-skin product must be filtered for 油皮");
        assertFalse(ids(a).contains("sun-spray"), "268 CNY is above 200");
        assertFalse(ids(a).contains("shoes-us"), "USD product is not admitted for a CNY budget");
        assertTrue(a.filteredOut() >= 4);
        assertTrue(a.hits().get(0).reasons().stream().anyMatch(r -> r.startsWith("price 99")), a.hits().get(0).reasons().toString());
    }

    @Test
    void usesTheOfferPriceNotTheListPrice() {
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(new TestCatalog.BigramModel()).build();
        // scarf lists at 329 but is offered at 279
        assertTrue(ids(q.ask("丝巾 280元以内", null, 5)).contains("scarf"));
    }

    @Test
    void exclusionsRemoveProductsButNotTheirNegatedMentions() {
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(new TestCatalog.BigramModel()).build();
        assertFalse(ids(q.ask("零食 不要坚果", null, 5)).contains("nuts"));
        // "不含蔗糖" in the nuts' selling points must not count as containing 蔗糖
        assertTrue(ids(q.ask("零食 不要蔗糖", null, 8)).contains("nuts"));
    }

    @Test
    void keywordRetrievalNeedsNoEmbeddingModel() {
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(() -> {
            throw new AssertionError("model must not be loaded for keyword retrieval");
        }).retrieval(QueryRecommender.Retrieval.KEYWORD).build();
        assertEquals("jerky", ids(q.ask("追剧 牛肉干", null, 3)).get(0));
    }

    @Test
    void loadsTheModelLazilyOnce() {
        TestCatalog.BigramModel model = new TestCatalog.BigramModel();
        int[] created = {0};
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(() -> {
            created[0]++;
            return model;
        }).build();
        assertEquals(0, created[0]);
        q.ask("防晒", null, 3);
        q.ask("丝巾", null, 3);
        assertEquals(1, created[0]);
    }

    @Test
    void personalizationReordersForAViewer() {
        ViewerAffinity likesTrail = (v, p) -> p.id().value().equals("shoes-trail") ? 1.0 : 0.0;
        QueryRecommender q = QueryRecommender.builder(catalog).embeddingModel(new TestCatalog.BigramModel())
                .affinity(likesTrail).personalWeight(1.0).build();
        assertEquals("shoes-us", ids(q.ask("men's running shoes", null, 2)).get(0));
        QueryAnswer personal = q.ask("men's running shoes", ViewerId.of("v-1"), 2);
        assertEquals("shoes-trail", ids(personal).get(0));
        assertTrue(personal.hits().get(0).reasons().stream().anyMatch(r -> r.contains("taste")));
    }

    @Test
    void cachesEmbeddingsAndRebuildsStaleOrCorruptedCache(@TempDir Path dir) throws Exception {
        TestCatalog.BigramModel model = new TestCatalog.BigramModel();
        QueryRecommender first = QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build();
        first.warmUp();
        assertFalse(first.embeddingsFromCache());
        Path file;
        try (var s = Files.list(dir)) {
            file = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        QueryRecommender second = QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build();
        assertTrue(second.embeddingsFromCache());
        assertEquals(ids(first.ask("防晒", null, 5)), ids(second.ask("防晒", null, 5)));

        // stale: same ids, changed text → checksum mismatch → rebuilt
        var changed = new java.util.ArrayList<>(catalog.products());
        changed.set(0, changed.get(0).toBuilder().title("清透防晒乳 SPF50 新版").build());
        QueryRecommender stale = QueryRecommender.builder(InMemoryCatalog.of(changed)).embeddingModel(model).cacheDir(dir).build();
        assertFalse(stale.embeddingsFromCache());

        // corrupted: flip a byte → CRC mismatch → rebuilt (with a warning), then readable again
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        QueryRecommender corrupted = QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build();
        assertFalse(corrupted.embeddingsFromCache());
        assertTrue(QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build().embeddingsFromCache());
    }

    @Test
    void truncatedCacheIsRebuilt(@TempDir Path dir) throws Exception {
        TestCatalog.BigramModel model = new TestCatalog.BigramModel();
        QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build().warmUp();
        try (var s = Files.list(dir)) {
            Path file = s.findFirst().orElseThrow();
            Files.write(file, new byte[] {1, 2, 3});
        }
        assertFalse(QueryRecommender.builder(catalog).embeddingModel(model).cacheDir(dir).build().embeddingsFromCache());
    }
}
