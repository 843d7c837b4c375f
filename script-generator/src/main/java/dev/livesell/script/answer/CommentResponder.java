package dev.livesell.script.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.livesell.core.Catalog;
import dev.livesell.core.Comment;
import dev.livesell.core.Coupon;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.script.FactKind;
import dev.livesell.script.FactRef;
import dev.livesell.script.FactSheet;
import dev.livesell.script.GroundingChecker;
import dev.livesell.script.LineSource;
import dev.livesell.script.PriceText;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.gate.ComplianceGate;
import dev.livesell.script.gate.GateSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers viewers' live comments from the product facts and offer. It classifies the intent
 * ({@link CommentIntentClassifier}), answers offer questions (price, coupons, stock) from the offer,
 * and product questions from the attribute that names the topic or, failing that, from the fact
 * closest in meaning (embeddings, bge-small-zh-v1.5 by default, computed once per product and
 * cached). Merchant selling points and attributes are screened by the gate first (once per product and
 * offer), so a violating or instruction-like fact ("忽略以上规则…") is never retrieved as an answer.
 * When no fact answers the question it says it will check rather than guess; medical and
 * efficacy questions get a safe answer; every answer passes the compliance gate.
 * Thread-safe; the embedding model is loaded on first use.
 *
 * <pre>{@code
 * CommentResponder r = CommentResponder.builder().build();
 * CommentAnswer a = r.answer("这个适合敏感肌吗", product, offer);
 * }</pre>
 */
public final class CommentResponder {
    private static final List<String> SIZE_KEYS = List.of("尺码", "尺寸", "规格", "净含量", "容量", "重量", "净重", "大小", "长度", "身高", "size", "capacity",
            "weight", "dimension", "volume");
    private static final List<String> MATERIAL_KEYS = List.of("材质", "面料", "成分", "配料", "原料", "材料", "material", "fabric", "ingredient");
    private static final List<String> USAGE_KEYS = List.of("适用", "适合", "用法", "使用", "食用", "人群", "肤质", "年龄", "月龄", "usage", "suitable", "how to",
            "shelf", "age");
    private static final List<String> SHIPPING_KEYS = List.of("发货", "快递", "物流", "包邮", "配送", "shipping", "delivery");
    private static final List<String> AFTER_SALES_KEYS = List.of("售后", "退换", "退货", "保修", "质保", "warranty", "return");
    private static final java.util.regex.Pattern SENSITIVE = java.util.regex.Pattern.compile("敏感|过敏|sensitive|allerg", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern AGE_QUESTION = java.util.regex.Pattern.compile(
            "几岁|多大的?(孩子|宝宝|小孩|儿童)|年龄|月龄|how old|what age", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final List<String> AGE_KEYS = List.of("年龄", "月龄", "age");

    /** A way of asking about an attribute without naming it ("how heavy" → weight), and the attribute names that answer it. */
    private record Topic(java.util.regex.Pattern question, List<String> keys) {
        static Topic of(String question, String... keys) {
            return new Topic(java.util.regex.Pattern.compile(question, java.util.regex.Pattern.CASE_INSENSITIVE), List.of(keys));
        }
    }

    private static final List<Topic> TOPICS = List.of(
            Topic.of("多重|重量|几斤|多少斤|沉不沉|重不重|\\bheavy|\\bweigh", "重量", "净重", "克重", "车重", "毛重", "weight"),
            Topic.of("防水|下水|游泳|淋雨|\\bwaterproof|\\bwater.?resistant|\\bswim", "防水", "waterproof"),
            Topic.of("续航|待机|电池|充一次|\\bbattery", "续航", "电池", "电量", "battery"),
            Topic.of("装多少|能装|容量|\\bhold|\\bcapacity", "容量", "净含量", "capacity", "volume"),
            Topic.of("保修|质保|\\bwarranty|\\bguarantee", "保修", "质保", "联保", "warranty"));

    private static final double KEY_BONUS = 0.05;
    private static final java.util.regex.Pattern ORIGIN_QUESTION = java.util.regex.Pattern.compile(
            "哪里(生产|产|做|出)|哪儿产|哪产|什么地方(产|生产)|国产|进口|产地|\\bmade in\\b|\\bwhere .*(made|from)|\\borigin");
    private static final java.util.regex.Pattern ORIGIN_KEY = java.util.regex.Pattern.compile("产地|产区|原产|origin|made in");

    private final Supplier<EmbeddingModel> modelSupplier;
    private volatile EmbeddingModel model;
    private final ComplianceGate gate;
    private final CommentIntentClassifier classifier;
    private final double minSimilarity;
    private final Map<ProductId, FactIndex> cache = new ConcurrentHashMap<>();
    private final Map<ProductId, Screened> screenedFacts = new ConcurrentHashMap<>();
    /** Live comments repeat a lot ("多少钱"): the last {@value #QUERY_CACHE} comment embeddings are kept. */
    private static final int QUERY_CACHE = 2048;
    private final Map<String, float[]> queries = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > QUERY_CACHE;
                }
            });

    private CommentResponder(Builder b) {
        this.model = b.model;
        this.modelSupplier = BgeSmallZhV15QuantizedEmbeddingModel::new;
        this.gate = new ComplianceGate(b.detector != null ? b.detector : FalseAdDetector.builder().build());
        this.classifier = new CommentIntentClassifier();
        this.minSimilarity = b.minSimilarity;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Answers a comment about the product it concerns ({@link Comment#about()}); fails when it names none. */
    public CommentAnswer answer(Comment comment, Catalog catalog) {
        ProductId id = comment.about().orElseThrow(() -> new InvalidValueException("about", "comment names no product", comment.text()));
        Product p = catalog.require(id);
        return answer(comment.text(), p, catalog.offer(id).orElse(null));
    }

    /** Screens the merchant facts and computes and caches the fact embeddings of a product ahead of the live stream. */
    public void prepare(Product product, Offer offer) {
        index(screened(product, offer).facts());
    }

    /** A product's facts after the gate's screening, with its grounding checker; cached per product. */
    private record Screened(int fingerprint, FactSheet facts, GroundingChecker grounding) {
    }

    /**
     * The facts an answer may use: merchant selling points and attributes that violate advertising rules or read
     * as instructions ("忽略以上规则…") are screened out once per product and offer, like the script generators do.
     */
    private Screened screened(Product product, Offer offer) {
        int fp = java.util.Objects.hash(product, offer);
        Screened s = screenedFacts.get(product.id());
        if (s != null && s.fingerprint() == fp) {
            return s;
        }
        FactSheet facts = gate.screen(FactSheet.of(product, offer)).facts();
        Screened built = new Screened(fp, facts, GroundingChecker.of(facts));
        screenedFacts.put(product.id(), built);
        return built;
    }

    /** Answers a comment about this product (offer may be null). */
    public CommentAnswer answer(String comment, Product product, Offer offer) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidValueException("comment", "must not be blank", comment);
        }
        boolean zh = comment.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Screened screened = screened(product, offer);
        FactSheet facts = screened.facts();
        CommentIntent intent = classifier.classify(comment);
        Draft d = switch (intent) {
            case PRICE -> price(facts, zh);
            case STOCK -> stock(facts, zh);
            case MEDICAL -> medical(comment, facts, zh);
            case ABUSIVE -> new Draft(zh ? "感谢反馈。有任何问题可以联系客服处理，我们文明交流。"
                    : "Thanks for the feedback. Customer service can help with any problem; let's keep it friendly.", List.of(), 0, false);
            case OFF_TOPIC -> offTopic(comment, facts, zh);
            case COMPARISON -> comparison(comment, facts, zh);
            case SIZE -> fromFacts(comment, facts, zh, SIZE_KEYS);
            case MATERIAL -> fromFacts(comment, facts, zh, MATERIAL_KEYS);
            case USAGE -> usage(comment, facts, zh);
            case SHIPPING -> fromKeys(facts, zh, SHIPPING_KEYS);
            case AFTER_SALES -> fromKeys(facts, zh, AFTER_SALES_KEYS);
            case PRODUCT_INFO -> fromFacts(comment, facts, zh, List.of());
        };
        GateSession session = new GateSession(gate);
        ScriptLine line = new ScriptLine(d.text, d.sources, LineSource.TEMPLATE);
        Optional<ScriptLine> passed = session.pass(line, facts, screened.grounding(), null, null);
        if (passed.isPresent()) {
            return new CommentAnswer(comment, intent, passed.get().text(), d.sources, d.similarity, d.followUp, session.audit());
        }
        String fallback = checkLater(zh);
        return new CommentAnswer(comment, intent, fallback, List.of(), 0, true, session.audit());
    }

    private record Draft(String text, List<FactRef> sources, double similarity, boolean followUp) {
    }

    private static String checkLater(boolean zh) {
        return zh ? "这个问题我帮你确认一下，核实后回复你，也可以先看商品详情页。"
                : "Let me check that for you and get back to you; the product page also has the details.";
    }

    private Draft price(FactSheet f, boolean zh) {
        String lang = zh ? "zh" : "en";
        List<FactRef> src = new ArrayList<>(List.of(f.priceFact()));
        StringBuilder sb = new StringBuilder(zh ? "直播间价格" + PriceText.format(f.price(), lang) : "The price in the stream is "
                + PriceText.format(f.price(), lang));
        f.referencePrice().ifPresent(r -> {
            sb.append(zh ? "，日常价" + PriceText.format(r, lang) : " (everyday price " + PriceText.format(r, lang) + ")");
            src.add(new FactRef(FactKind.REFERENCE_PRICE, r.currencyCode(), PriceText.amount(r)));
        });
        for (Coupon c : f.coupons()) {
            sb.append(zh ? "，可以用" + c.label() + "的券" : "; you can use the " + c.label() + " coupon");
            src.add(new FactRef(FactKind.COUPON, c.label(), c.label()));
        }
        f.bestPrice().ifPresent(b -> {
            sb.append(zh ? "，用券后到手" + PriceText.format(b, lang) : ", which brings it to " + PriceText.format(b, lang));
            src.add(new FactRef(FactKind.BEST_PRICE, b.currencyCode(), PriceText.amount(b)));
        });
        sb.append(zh ? "。" : ".");
        return new Draft(sb.toString(), src, 0, false);
    }

    private Draft stock(FactSheet f, boolean zh) {
        if (f.stockLimit().filter(s -> s == 0).isPresent()) {
            return new Draft(zh ? "这款本场的库存已经没有了，可以先收藏，补货会在直播间通知。"
                    : "It's out of stock for this stream; save it and we'll announce a restock here.",
                    List.of(new FactRef(FactKind.STOCK_LIMIT, "", "0")), 0, false);
        }
        if (f.stockLimit().isPresent()) {
            int s = f.stockLimit().get();
            return new Draft(zh ? "这款本场备货" + s + "件，以小黄车页面显示的库存为准。"
                    : "We have " + s + " units for this stream; the cart shows what is left.",
                    List.of(new FactRef(FactKind.STOCK_LIMIT, "", Integer.toString(s))), 0, false);
        }
        return new Draft(zh ? "库存以小黄车页面显示为准，拍不了的话我帮你确认一下。" : "The cart shows what is in stock; if you can't order, I'll check for you.",
                List.of(), 0, true);
    }

    /**
     * A safe answer to a health question: the caution on the label when the comment names someone it covers
     * ("孕妇能吃吗" → 禁忌：…孕妇…慎用); else, for drugs, devices and health food, the approved indication,
     * intended use or function with its number; else, for a drug or medical device, the label notice (read the
     * package insert, ask a pharmacist / medical staff); else that the product is not a medicine. Always points to a doctor.
     */
    private Draft medical(String comment, FactSheet f, boolean zh) {
        Product p = f.product();
        Optional<FactRef> caution = f.cautions().stream().filter(c -> sharesTerm(comment, c.value())).findFirst();
        String doctor = zh ? "具体健康问题请咨询医生或药师。" : "Please ask a doctor or pharmacist about health concerns.";
        if (caution.isPresent()) {
            FactRef c = caution.get();
            return new Draft((zh ? "说明里写的是：" + c.key() + "：" + c.value() + "。" : "The label says: " + c.key() + ": " + c.value() + ". ")
                    + doctor, List.of(c), 0, false);
        }
        dev.livesell.core.RegulatedClass rc = p.category().regulatedClass();
        List<String> approved = f.approvals().stream().filter(a -> a.kind() == FactKind.APPROVED_CLAIM).map(FactRef::value).toList();
        if (rc.mayClaimHealthFunction() && !approved.isEmpty()) {
            List<FactRef> src = new ArrayList<>(f.approvals());
            String claims = String.join(zh ? "、" : ", ", approved).replaceAll("[。.]+$", "");
            String number = p.approvalNumber().map(n -> zh ? "（" + n + "）" : " (" + n + ")").orElse("");
            String what = switch (rc) {
                case DRUG -> zh ? "这款药品批准的适应症是：" : "Its approved indication: ";
                case MEDICAL_DEVICE -> zh ? "这款医疗器械注册的适用范围是：" : "Its registered intended use: ";
                default -> zh ? "这款经批准的保健功能是：" : "Its approved function is: ";
            };
            String use = switch (rc) {
                case DRUG -> zh ? "请按药品说明书或者在药师指导下使用，" : "Use it according to the package insert or a pharmacist's guidance. ";
                case MEDICAL_DEVICE -> zh ? "请按说明书使用，" : "Use it according to the instructions. ";
                default -> zh ? "它不能代替药物治疗，" : "It is not a substitute for medical treatment. ";
            };
            return new Draft(what + claims + number + (zh ? "。" : ". ") + use + doctor, src, 0, false);
        }
        String leaf = p.category().leaf();
        if (rc == dev.livesell.core.RegulatedClass.DRUG || rc == dev.livesell.core.RegulatedClass.MEDICAL_DEVICE) {
            // no approved indication or intended use to quote: point to the label, never say what the product is not
            boolean drug = rc == dev.livesell.core.RegulatedClass.DRUG;
            String notice = drug
                    ? (zh ? "请按药品说明书或者在药师指导下使用，具体请咨询医生。"
                          : "Please use it according to the package insert or under a pharmacist's guidance, and ask a doctor about your case.")
                    : (zh ? "请仔细阅读产品说明书或者在医务人员的指导下使用，具体请咨询医生。"
                          : "Please read the instructions carefully or use it under the guidance of medical staff, and ask a doctor about your case.");
            return new Draft(notice, List.of(), 0, false);
        }
        return new Draft(zh ? "这款是" + leaf + "，不是药品，不能用来治疗或预防疾病，效果因人而异。有健康方面的问题，建议咨询医生。"
                : "This is a " + leaf + " product, not a medicine: it does not treat or prevent any disease, and results vary by person. "
                + "Please ask a doctor about health concerns.", List.of(f.category()), 0, false);
    }

    /** True when the comment and the text share a Chinese two-character term or an English word of four letters or more. */
    static boolean sharesTerm(String comment, String text) {
        String c = comment.toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 2 <= c.length(); i++) {
            String bi = c.substring(i, i + 2);
            if (bi.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) && t.contains(bi)) {
                return true;
            }
        }
        for (String w : c.split("[^a-z]+")) {
            if (w.length() >= 4 && t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Draft offTopic(String comment, FactSheet f, boolean zh) {
        return new Draft(zh ? "谢谢支持！关于" + f.product().category().leaf() + "有什么想了解的，随时打在公屏上。"
                : "Thanks for being here! Ask me anything about this product.", List.of(f.category()), 0, false);
    }

    private Draft comparison(String comment, FactSheet f, boolean zh) {
        Draft about = fromFacts(comment, f, zh, List.of());
        String prefix = zh ? "不同产品不好直接比，我只说这款的信息：" : "I won't compare it with other products; here is what this one offers: ";
        return about.followUp ? new Draft(prefix + (zh ? "详细参数可以看商品详情页。" : "see the product page for the full details."), List.of(), 0, true)
                : new Draft(prefix + plain(about.sources.get(0), zh), about.sources, about.similarity, false);
    }

    private Draft usage(String comment, FactSheet f, boolean zh) {
        if (AGE_QUESTION.matcher(comment).find()) {
            Draft age = fromKeys(f, zh, AGE_KEYS);
            if (!age.followUp()) {
                return age;
            }
        }
        Draft d = fromFacts(comment, f, zh, USAGE_KEYS);
        if (SENSITIVE.matcher(comment).find()) {
            String caution = zh ? "敏感肌或过敏体质建议先在耳后或手臂内侧小范围试用，有不适请停用。"
                    : "If your skin is sensitive or you have allergies, try a small area first and stop if it feels uncomfortable.";
            return new Draft(d.followUp ? (zh ? "详情页没有写到这一点，我帮你确认一下。" : "The listing doesn't say; I'll check for you. ") + caution
                    : d.text + caution, d.sources, d.similarity, d.followUp);
        }
        return d;
    }

    /** Answers only from an attribute whose name matches the topic (no guessing by similarity). */
    private Draft fromKeys(FactSheet f, boolean zh, List<String> keys) {
        for (FactRef a : f.attributes()) {
            String k = a.key().toLowerCase(Locale.ROOT);
            if (keys.stream().anyMatch(k::contains)) {
                return new Draft(say(a, zh), List.of(a), 0, false);
            }
        }
        return new Draft(checkLater(zh), List.of(), 0, true);
    }

    /**
     * Answers from an attribute the comment names outright ({@code 保质期}, {@code 色号}); else from the fact
     * closest in meaning (attributes whose names match the intent get a small bonus) when it is close
     * enough; else, for size and material questions, from the one attribute that matches the intent;
     * else promises to check.
     */
    private Draft fromFacts(String comment, FactSheet f, boolean zh, List<String> keys) {
        String lower = comment.toLowerCase(Locale.ROOT);
        boolean asksOrigin = ORIGIN_QUESTION.matcher(lower).find();
        List<FactRef> matched = new ArrayList<>();
        for (FactRef a : f.attributes()) {
            String k = a.key().toLowerCase(Locale.ROOT);
            if ((k.length() >= 2 && lower.contains(k)) || (asksOrigin && ORIGIN_KEY.matcher(k).find())) {
                return new Draft(say(a, zh), List.of(a), 1, false);
            }
            if (keys.stream().anyMatch(k::contains)) {
                matched.add(a);
            }
        }
        for (Topic t : TOPICS) {
            if (t.question().matcher(lower).find()) {
                for (FactRef a : f.attributes()) {
                    String k = a.key().toLowerCase(Locale.ROOT);
                    if (t.keys().stream().anyMatch(k::contains)) {
                        return new Draft(say(a, zh), List.of(a), 1, false);
                    }
                }
            }
        }
        FactIndex index = index(f);
        if (!index.facts.isEmpty()) {
            float[] q = queryVector(comment);
            int best = -1;
            double bestScore = -2;
            double bestRaw = 0;
            for (int i = 0; i < index.facts.size(); i++) {
                double raw = index.similarity(i, q);
                double score = raw + (matched.contains(index.facts.get(i)) ? KEY_BONUS : 0);
                if (score > bestScore) {
                    bestScore = score;
                    bestRaw = raw;
                    best = i;
                }
            }
            if (best >= 0 && bestScore >= minSimilarity) {
                FactRef fact = index.facts.get(best);
                return new Draft(say(fact, zh), List.of(fact), bestRaw, false);
            }
            if (matched.size() == 1 && (keys == SIZE_KEYS || keys == MATERIAL_KEYS)) {
                return new Draft(say(matched.get(0), zh), matched, bestRaw, false);
            }
            return new Draft(checkLater(zh), List.of(), bestRaw, true);
        }
        return new Draft(checkLater(zh), List.of(), 0, true);
    }

    private static String plain(FactRef f, boolean zh) {
        String v = f.value().replaceAll("[。.!！]+$", "");
        return f.kind() == FactKind.ATTRIBUTE ? f.key() + (zh ? "是" : " is ") + v + (zh ? "。" : ".") : v + (zh ? "。" : ".");
    }

    private static String say(FactRef f, boolean zh) {
        if (f.kind() == FactKind.ATTRIBUTE) {
            return zh ? "这款的" + f.key() + "是" + f.value() + "。" : "The " + f.key() + " is " + f.value() + ".";
        }
        String v = f.value().replaceAll("[。.!！]+$", "");
        return zh ? "商品信息写的是：" + v + "。" : "The product information says: " + v + ".";
    }

    private float[] queryVector(String comment) {
        float[] q = queries.get(comment);
        if (q == null) {
            q = FactIndex.normalized(embeddingModel().embed(comment).content().vector());
            queries.put(comment, q);
        }
        return q;
    }

    private FactIndex index(FactSheet f) {
        List<FactRef> facts = new ArrayList<>(f.attributes());
        facts.addAll(f.sellingPoints());
        int fp = FactIndex.fingerprint(facts);
        FactIndex cached = cache.get(f.product().id());
        if (cached != null && cached.fingerprint == fp) {
            return cached;
        }
        FactIndex built = FactIndex.build(facts, embeddingModel());
        cache.put(f.product().id(), built);
        return built;
    }

    /** The embedding model, loading the default on first use. */
    EmbeddingModel embeddingModel() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = modelSupplier.get();
                    model = m;
                }
            }
        }
        return m;
    }

    /** Builder for {@link CommentResponder}; not thread-safe. */
    public static final class Builder {
        private EmbeddingModel model;
        private FalseAdDetector detector;
        private double minSimilarity = 0.55;

        private Builder() {
        }

        /** The embedding model for fact retrieval (default: bge-small-zh-v1.5 quantized, in-process, loaded on first use). */
        public Builder embeddingModel(EmbeddingModel model) { this.model = model; return this; }

        /** The detector of the compliance gate (default: {@code FalseAdDetector.builder().build()}). */
        public Builder detector(FalseAdDetector detector) { this.detector = detector; return this; }

        /** Cosine similarity a retrieved fact needs to be used as the answer (default 0.55). */
        public Builder minSimilarity(double value) {
            if (!(value >= -1 && value <= 1)) {
                throw new InvalidValueException("minSimilarity", "must be between -1 and 1", value);
            }
            this.minSimilarity = value;
            return this;
        }

        public CommentResponder build() {
            return new CommentResponder(this);
        }
    }
}
