package dev.livesell.recommend.query;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.livesell.core.Catalog;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ViewerId;
import dev.livesell.recommend.live.ViewerAffinity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers plain-language shopping requests ("防晒霜 油皮 200元以内", "送妈妈的生日礼物 三百左右",
 * "running shoes under $80") from a catalog: parses the constraints, retrieves by meaning with a
 * langchain4j {@link EmbeddingModel} (bge-small-zh-v1.5, in-process ONNX, by default), filters the
 * hard constraints (price and currency, exclusions, skin type), boosts category and tag matches and,
 * for a known viewer, personalizes with the viewer's model ({@link ViewerAffinity}).
 *
 * <pre>{@code
 * QueryRecommender q = QueryRecommender.builder(catalog)
 *     .cacheDir(Path.of("/var/cache/livesell"))      // catalog embeddings cached here
 *     .affinity(CategoryAffinity.fit(log, catalog))   // optional personalization
 *     .build();
 * QueryAnswer a = q.ask("防晒霜 油皮 200元以内", ViewerId.of("v-0042"), 5);
 * }</pre>
 *
 * <p>Product texts and prices (the offer's best price, else the list price) are read from the catalog
 * when the recommender is built; build a new one when the catalog changes.
 *
 * <p>The embedding model is created and the catalog embedded (or its cache read) lazily, on the first
 * request or {@link #warmUp()}, never in a static initializer. Thread-safe: concurrent {@code ask}
 * calls share the immutable index.
 */
public final class QueryRecommender {
    /** How products are retrieved before constraints and boosts apply. */
    public enum Retrieval {
        /** Embedding similarity only. */
        SEMANTIC,
        /** BM25 keyword matching only (the baseline). */
        KEYWORD,
        /** Embedding similarity plus a share of the keyword score (the default). */
        HYBRID
    }

    /**
     * bge's retrieval instruction for short queries. Not used by default: the bge v1.5 model card says
     * v1.5 retrieves well without it, and it doubles the query's length, hence its embedding time
     * (set it with {@link Builder#queryInstruction(String)}).
     */
    public static final String BGE_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private static final Logger LOG = LoggerFactory.getLogger(QueryRecommender.class);

    private final Catalog catalog;
    private final List<Product> products;
    private final List<String> passages;
    private final Supplier<EmbeddingModel> modelSupplier;
    private final Path cacheDir;
    private final QueryParser rules;
    private final QueryParser chatParser;
    private final ViewerAffinity affinity;
    private final double personalWeight;
    private final double keywordWeight;
    private final Retrieval retrieval;
    private final String queryInstruction;
    private final KeywordIndex keywords;
    private final Object lock = new Object();
    private volatile Index index;

    private record Index(EmbeddingModel model, CatalogEmbeddings embeddings) {
    }

    /** A product's normalized matching fields and price, computed once. */
    private record Row(Product product, Money price, String title, List<String> tags, List<String> levels, String text) {
    }

    private final Row[] rows;

    private QueryRecommender(Builder b) {
        this.catalog = b.catalog;
        this.products = List.copyOf(b.catalog.products());
        List<String> ps = new ArrayList<>(products.size());
        for (Product p : products) {
            ps.add(passage(p));
        }
        this.passages = List.copyOf(ps);
        this.modelSupplier = b.modelSupplier;
        this.cacheDir = b.cacheDir;
        this.rules = b.rules != null ? b.rules : RuleQueryParser.forCatalog(b.catalog);
        this.chatParser = b.chatModel == null ? null : ChatModelQueryParser.builder(b.chatModel).catalog(b.catalog).build();
        this.affinity = b.affinity;
        this.personalWeight = b.personalWeight;
        this.keywordWeight = b.keywordWeight;
        this.retrieval = b.retrieval;
        this.queryInstruction = b.queryInstruction;
        this.keywords = KeywordIndex.of(passages);
        this.rows = new Row[products.size()];
        for (int i = 0; i < rows.length; i++) {
            Product p = products.get(i);
            rows[i] = new Row(p, catalog.offer(p.id()).map(Offer::bestPrice).orElse(p.listPrice()),
                    RuleQueryParser.normalize(p.title()),
                    p.tags().stream().map(RuleQueryParser::normalize).toList(),
                    p.category().path().stream().map(RuleQueryParser::normalize).toList(), matchText(p));
        }
    }

    public static Builder builder(Catalog catalog) {
        return new Builder(catalog);
    }

    /** The text embedded for a product: title, category path, brand, tags and key attributes. */
    public static String passage(Product p) {
        StringBuilder sb = new StringBuilder(p.title());
        sb.append("；类目：").append(String.join("/", p.category().path()));
        if (!p.brand().isEmpty()) {
            sb.append("；品牌：").append(p.brand());
        }
        if (!p.tags().isEmpty()) {
            sb.append("；标签：").append(String.join(" ", p.tags()));
        }
        for (String a : List.of(RuleQueryParser.SKIN_TYPE, "材质", "适用人群", "功效")) {
            p.attribute(a).ifPresent(v -> sb.append("；").append(a).append("：").append(v));
        }
        if (!p.sellingPoints().isEmpty()) {
            sb.append("；").append(p.sellingPoints().get(0));
        }
        return sb.toString();
    }

    /** Loads the embedding model and the catalog embeddings now (otherwise the first request does). */
    public void warmUp() {
        if (retrieval != Retrieval.KEYWORD) {
            index();
        }
    }

    /** True when the catalog embeddings came from the disk cache (after {@link #warmUp()}). */
    public boolean embeddingsFromCache() {
        return index().embeddings().fromCache();
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (lock) {
                i = index;
                if (i == null) {
                    EmbeddingModel model = Objects.requireNonNull(modelSupplier.get(), "embedding model supplier returned null");
                    Path file = cacheDir == null ? null : cacheDir.resolve("catalog-embeddings-" + catalogKey() + ".v"
                            + CatalogEmbeddings.FORMAT_VERSION + ".bin");
                    long t0 = System.nanoTime();
                    CatalogEmbeddings e = CatalogEmbeddings.load(products, passages, model, file);
                    LOG.debug("catalog embeddings ready in {} ms (cached: {})", (System.nanoTime() - t0) / 1_000_000, e.fromCache());
                    i = new Index(model, e);
                    index = i;
                }
            }
        }
        return i;
    }

    private String catalogKey() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Product p : products) {
                md.update(p.id().value().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The constraints of a request: from the chat model when one is configured (falling back to the
     * rules, with a warning and the failure recorded in {@link QueryConstraints#source()}), else the rules.
     */
    public QueryConstraints constraintsOf(String request) {
        if (request == null || request.isBlank()) {
            throw new InvalidValueException("request", "must not be blank", request);
        }
        if (chatParser != null) {
            try {
                return chatParser.parse(request);
            } catch (LivesellException e) {
                LOG.warn("chat model could not extract constraints ({}); using the rule parser", e.getMessage());
                return rules.parse(request).withSource("rules (chat model failed: " + e.getMessage() + ")");
            }
        }
        return rules.parse(request);
    }

    /** Top 10 products for an anonymous request. */
    public QueryAnswer ask(String request) {
        return ask(request, null, 10);
    }

    /** Top {@code k} products for a request, personalized for {@code viewer} when non-null. */
    public QueryAnswer ask(String request, ViewerId viewer, int k) {
        return ask(request, constraintsOf(request), viewer, k);
    }

    /** Top {@code k} products for already parsed constraints. */
    public QueryAnswer ask(String request, QueryConstraints c, ViewerId viewer, int k) {
        dev.livesell.core.InvalidValueException.requireNonNull("constraints", c);
        if (k <= 0) {
            throw new InvalidValueException("k", "must be positive", k);
        }
        int n = products.size();
        double[] sem = null;
        if (retrieval != Retrieval.KEYWORD) {
            Index ix = index();
            String q = queryInstruction + (c.text().isBlank() ? request : c.text());
            float[] qv = CatalogEmbeddings.unit(ix.model().embed(q).content().vector());
            sem = ix.embeddings().cosines(qv);
        }
        double[] kw = null;
        if (retrieval != Retrieval.SEMANTIC) {
            kw = keywords.scores((c.text().isBlank() ? request : c.text()) + " " + String.join(" ", c.categories()) + " " + String.join(" ", c.terms()));
            double max = 0;
            for (double v : kw) {
                max = Math.max(max, v);
            }
            if (max > 0) {
                for (int i = 0; i < n; i++) {
                    kw[i] /= max;
                }
            }
        }
        List<String> exclusions = new ArrayList<>();
        for (String x : c.exclusions()) {
            exclusions.add(RuleQueryParser.normalize(x));
        }
        Optional<String> skin = c.attribute(RuleQueryParser.SKIN_TYPE);
        List<String> cats = c.categories().stream().map(RuleQueryParser::normalize).toList();
        List<String> terms = c.terms().stream().map(RuleQueryParser::normalize).toList();
        int filtered = 0;
        // top-k selection: a min-heap of row indices by score
        java.util.PriorityQueue<double[]> heap = new java.util.PriorityQueue<>(Math.min(k, n) + 1, (a, b) -> {
            int cmp = Double.compare(a[0], b[0]);
            return cmp != 0 ? cmp : -products.get((int) a[1]).id().value().compareTo(products.get((int) b[1]).id().value());
        });
        for (int i = 0; i < n; i++) {
            Row row = rows[i];
            Product p = row.product();
            if (!c.price().admits(row.price()) || excluded(row.text(), exclusions)
                    || skin.isPresent() && !RuleQueryParser.skinTypeAdmits(p, skin.get())) {
                filtered++;
                continue;
            }
            double s = switch (retrieval) {
                case SEMANTIC -> sem[i];
                case KEYWORD -> kw[i];
                case HYBRID -> sem[i] + keywordWeight * kw[i];
            };
            if (!cats.isEmpty() || !terms.isEmpty()) {
                s += boost(row, cats, terms);
            }
            if (viewer != null && personalWeight > 0) {
                s += personalWeight * affinity.score(viewer, p);
            }
            if (heap.size() < k) {
                heap.add(new double[] {s, i});
            } else {
                double[] cand = {s, i};
                if (heap.comparator().compare(cand, heap.peek()) > 0) {
                    heap.poll();
                    heap.add(cand);
                }
            }
        }
        List<double[]> best = new ArrayList<>(heap);
        best.sort(heap.comparator().reversed());
        List<QueryHit> hits = new ArrayList<>(best.size());
        for (double[] b : best) {
            int i = (int) b[1];
            hits.add(new QueryHit(rows[i].product(), rows[i].price(), b[0], reasons(rows[i], cats, terms, c,
                    sem == null ? Double.NaN : sem[i], kw == null ? Double.NaN : kw[i], viewer)));
        }
        return new QueryAnswer(request, c, hits, filtered);
    }

    private static double boost(Row row, List<String> cats, List<String> terms) {
        double b = 0;
        if (categoryMatches(row, cats)) {
            b += 0.10;
        }
        int matched = 0;
        for (String t : terms) {
            if (mentions(row, t)) {
                matched++;
            }
        }
        b += Math.min(0.15, 0.05 * matched);
        return b;
    }

    private static boolean categoryMatches(Row row, List<String> cats) {
        for (String w : cats) {
            for (String level : row.levels()) {
                if (level.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentions(Row row, String term) {
        return row.tags().contains(term) || row.title().contains(term);
    }

    /** The normalized text exclusions are matched against: title, brand, category, tags, attributes, selling points. */
    private static String matchText(Product p) {
        StringBuilder sb = new StringBuilder(p.title()).append(' ').append(p.brand()).append(' ')
                .append(String.join(" ", p.category().path())).append(' ').append(String.join(" ", p.tags()));
        p.attributes().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v));
        p.sellingPoints().forEach(x -> sb.append(' ').append(x));
        return RuleQueryParser.normalize(sb.toString());
    }

    /** True when the text contains an excluded word (ignoring "不含X"/"无X"/"X-free" statements). */
    static boolean excluded(String text, List<String> exclusions) {
        for (String x : exclusions) {
            if (x.isBlank()) {
                continue;
            }
            if (!text.contains(x)) {
                continue;
            }
            String cleaned = text.replace("不含" + x, " ").replace("无" + x, " ").replace("不添加" + x, " ")
                    .replace("0" + x, " ").replace(x + "-free", " ").replace(x + " free", " ").replace("free of " + x, " ")
                    .replace("no " + x, " ");
            if (cleaned.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private List<String> reasons(Row row, List<String> cats, List<String> terms, QueryConstraints c, double sem, double kw,
                                 ViewerId viewer) {
        Product p = row.product();
        Money price = row.price();
        List<String> r = new ArrayList<>();
        if (categoryMatches(row, cats)) {
            r.add("category " + p.category().key());
        }
        c.attribute(RuleQueryParser.SKIN_TYPE).ifPresent(s -> p.attribute(RuleQueryParser.SKIN_TYPE)
                .ifPresent(v -> r.add("suits " + s + " skin (" + RuleQueryParser.SKIN_TYPE + ": " + v + ")")));
        for (String t : terms) {
            if (mentions(row, t)) {
                r.add("matches \"" + t + "\"");
            }
        }
        if (!c.price().isUnbounded()) {
            r.add("price " + price + " within " + c.price());
        }
        if (!Double.isNaN(sem)) {
            r.add(String.format(Locale.ROOT, "similar in meaning (%.2f)", sem));
        }
        if (!Double.isNaN(kw) && kw > 0) {
            r.add(String.format(Locale.ROOT, "keyword match (%.2f)", kw));
        }
        if (viewer != null && personalWeight > 0) {
            double a = affinity.score(viewer, p);
            if (a > 0.05) {
                r.add(String.format(Locale.ROOT, "fits %s's taste (%.2f)", viewer.value(), a));
            }
        }
        return r;
    }

    /** Builder; not thread-safe. Defaults: bge-small-zh-v1.5 (lazy), rule parser, hybrid retrieval, no cache dir. */
    public static final class Builder {
        private final Catalog catalog;
        private Supplier<EmbeddingModel> modelSupplier = BgeSmallZhEmbeddingModel::singleThreaded;
        private Path cacheDir;
        private QueryParser rules;
        private ChatModel chatModel;
        private ViewerAffinity affinity = ViewerAffinity.NONE;
        private double personalWeight = 0.15;
        private double keywordWeight = 0.25;
        private Retrieval retrieval = Retrieval.HYBRID;
        private String queryInstruction = "";

        private Builder(Catalog catalog) {
            if (catalog == null) {
                throw new InvalidValueException("catalog", "must not be null", null);
            }
            this.catalog = catalog;
        }

        /** Any langchain4j embedding model (the default is {@link BgeSmallZhEmbeddingModel#singleThreaded()}, created lazily). */
        public Builder embeddingModel(EmbeddingModel model) {
            dev.livesell.core.InvalidValueException.requireNonNull("embeddingModel", model);
            this.modelSupplier = () -> model;
            return this;
        }

        /** A factory called once, on first use, to create the embedding model. */
        public Builder embeddingModel(Supplier<EmbeddingModel> factory) {
            this.modelSupplier = dev.livesell.core.InvalidValueException.requireNonNull("factory", factory);
            return this;
        }

        /** Directory for the catalog embedding cache ({@code null}: no disk cache). */
        public Builder cacheDir(Path dir) { this.cacheDir = dir; return this; }

        /** Replaces the offline rule parser. */
        public Builder parser(QueryParser parser) { this.rules = parser; return this; }

        /** Extract constraints with this chat model (structured JSON output); the rules remain the fallback. */
        public Builder chatModel(ChatModel model) { this.chatModel = model; return this; }

        /** The viewer model used to personalize requests that name a viewer. */
        public Builder affinity(ViewerAffinity a) { this.affinity = dev.livesell.core.InvalidValueException.requireNonNull("affinity", a); return this; }

        /** Weight of the viewer affinity in the score (default 0.15; 0 disables personalization). */
        public Builder personalWeight(double w) {
            if (!(w >= 0)) {
                throw new InvalidValueException("personalWeight", "must be ≥ 0", w);
            }
            this.personalWeight = w;
            return this;
        }

        /** Weight of the keyword score in hybrid retrieval (default 0.25). */
        public Builder keywordWeight(double w) {
            if (!(w >= 0)) {
                throw new InvalidValueException("keywordWeight", "must be ≥ 0", w);
            }
            this.keywordWeight = w;
            return this;
        }

        public Builder retrieval(Retrieval r) { this.retrieval = dev.livesell.core.InvalidValueException.requireNonNull("retrieval", r); return this; }

        /** Text prepended to queries before embedding (none by default; e.g. {@link #BGE_QUERY_INSTRUCTION}). */
        public Builder queryInstruction(String s) { this.queryInstruction = s == null ? "" : s; return this; }

        public QueryRecommender build() {
            return new QueryRecommender(this);
        }
    }
}
