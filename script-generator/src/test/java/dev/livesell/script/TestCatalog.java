package dev.livesell.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.fraud.FalseAdDetector;

/** The small test catalog under src/test/resources, and one detector shared by the tests. */
public final class TestCatalog {
    public static final InMemoryCatalog CATALOG = CatalogFile.readResource(TestCatalog.class, "/catalog-small.jsonl");
    public static final FalseAdDetector DETECTOR = FalseAdDetector.builder().build();

    private TestCatalog() {
    }

    public static Product product(String id) {
        return CATALOG.require(ProductId.of(id));
    }

    public static Offer offer(String id) {
        return CATALOG.offer(ProductId.of(id)).orElse(null);
    }
}
