package dev.livesell.examples.script;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.examples.demo.SampleData;
import java.nio.file.Path;

/** Loads the catalog named by {@code --catalog}, or the bundled sample when none is given. */
final class CatalogOption {
    private CatalogOption() {
    }

    static InMemoryCatalog load(Path file) {
        return file == null ? CatalogFile.readResource(SampleData.class, "/sample/catalog.jsonl") : CatalogFile.read(file);
    }
}
