package dev.livesell.benchmarks.script;

import dev.livesell.core.Catalog;
import dev.livesell.core.Category;
import dev.livesell.core.Coupon;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import dev.livesell.core.io.CatalogFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog the script benchmarks use: the bundled sample when run from the repository root
 * ({@code examples/src/main/resources/sample/catalog.jsonl}), else twelve synthetic products.
 */
final class BenchmarkCatalog {
    private BenchmarkCatalog() {
    }

    static Catalog load() {
        Path sample = Path.of("examples/src/main/resources/sample/catalog.jsonl");
        if (Files.isRegularFile(sample)) {
            return CatalogFile.read(sample);
        }
        List<Product> products = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "b-" + (100 + i);
            products.add(Product.builder(id).title("示例商品" + i + " 500g")
                    .category(Category.of(i % 2 == 0 ? RegulatedClass.ORDINARY_FOOD : RegulatedClass.GENERAL, "食品", "零食"))
                    .brand("示例").attribute("净含量", "500g").attribute("产地", "云南").attribute("保质期", "12个月")
                    .attribute("配料", "核桃仁、腰果").sellingPoint("独立小袋，每袋25g").sellingPoint("两种坚果组合")
                    .sellingPoint("独立包装，方便携带").listPrice(Money.cny("89")).build());
            offers.add(Offer.builder(id).price(Money.cny("69")).referencePrice(Money.cny("89"))
                    .coupon(new Coupon(Money.cny("0"), Money.cny("5"), "立减5")).stockLimit(2000).build());
        }
        return InMemoryCatalog.of(products, offers);
    }
}
