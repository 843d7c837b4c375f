package dev.livesell.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.ProductId;
import dev.livesell.core.io.CatalogFile;
import java.nio.file.Path;

/** The bundled sample catalog of the examples module (read from its source tree; tests run in the module directory). */
final class SampleCatalog {
    static final InMemoryCatalog CATALOG = CatalogFile.read(Path.of("../examples/src/main/resources/sample/catalog.jsonl"));

    private SampleCatalog() {
    }

    /** A checker for one sample product with its offer. */
    static GroundingChecker checker(String id) {
        ProductId p = ProductId.of(id);
        return GroundingChecker.of(FactSheet.of(CATALOG.require(p), CATALOG.offer(p).orElse(null)));
    }
}
