package dev.livesell.recommend.query;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.livesell.core.Category;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.RegulatedClass;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A small catalog and a deterministic bag-of-bigrams embedding model for fast tests. */
final class TestCatalog {
    private TestCatalog() {
    }

    static InMemoryCatalog catalog() {
        List<Product> ps = List.of(
                Product.builder("sun-oily").title("清透防晒乳 SPF50 油皮适用").category(Category.of(RegulatedClass.COSMETIC, "护肤", "防晒"))
                        .attribute("适用肤质", "油性/混合性").tag("油皮").tag("防晒").listPrice(Money.cny("129")).build(),
                Product.builder("sun-dry").title("水润防晒霜 SPF30 干皮适用").category(Category.of(RegulatedClass.COSMETIC, "护肤", "防晒"))
                        .attribute("适用肤质", "干性/中性").tag("干皮").listPrice(Money.cny("119")).build(),
                Product.builder("sun-spray").title("户外防晒喷雾 SPF50 150ml").category(Category.of(RegulatedClass.COSMETIC, "护肤", "防晒"))
                        .attribute("适用肤质", "各类肤质").listPrice(Money.cny("268")).build(),
                Product.builder("scarf").title("桑蚕丝方巾 印花").category(Category.of(RegulatedClass.GENERAL, "服饰", "丝巾"))
                        .tag("送妈妈").tag("生日礼物").listPrice(Money.cny("329")).build(),
                Product.builder("nuts").title("每日坚果 750g").category(Category.of(RegulatedClass.ORDINARY_FOOD, "食品", "零食", "坚果"))
                        .tag("零食").listPrice(Money.cny("129")).sellingPoint("不含蔗糖").build(),
                Product.builder("jerky").title("风干牛肉干 500g").category(Category.of(RegulatedClass.ORDINARY_FOOD, "食品", "零食", "肉干"))
                        .tag("零食").tag("追剧").listPrice(Money.cny("168")).build(),
                Product.builder("shoes-us").title("AeroStride Men's Running Shoes").category(Category.of(RegulatedClass.GENERAL, "运动户外", "跑步鞋"))
                        .language("en").tag("running").tag("shoes").listPrice(Money.of("79.99", "USD")).build(),
                Product.builder("shoes-trail").title("TrailPeak Trail Running Shoes").category(Category.of(RegulatedClass.GENERAL, "运动户外", "跑步鞋"))
                        .language("en").tag("running").listPrice(Money.of("119.99", "USD")).build());
        List<Offer> offers = List.of(Offer.builder("sun-oily").price(Money.cny("99")).build(),
                Offer.builder("scarf").price(Money.cny("279")).build());
        return InMemoryCatalog.of(ps, offers);
    }

    /** Deterministic embeddings: hashed character bigrams and Latin words, 64 dimensions. */
    static final class BigramModel implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                float[] v = new float[64];
                for (String t : KeywordIndex.tokens(s.text())) {
                    v[Math.floorMod(t.hashCode(), 64)] += 1;
                }
                v[63] += 0.01f;
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }

        @Override
        public String modelName() {
            return "bigram-test";
        }
    }
}
