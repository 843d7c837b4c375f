package dev.livesell.fraud;

import dev.livesell.core.Money;
import dev.livesell.core.Offer;
import dev.livesell.core.Product;
import dev.livesell.core.text.SpokenYuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The FACTS stage: claims that contradict the product's own facts or the offer — material and percentages
 * ("100%纯棉" vs 材质 涤纶65%), origin, net weight/volume, certifications, reference price ("原价999" vs the
 * offer's reference price), current price, stock limit. Without a product it still flags an implausible
 * unverifiable reference price ("原价899，今天只要99"). Prices said with their jiao are read whole ("29块9" is 29.9,
 * via {@link SpokenYuan}). Scans the normalized text once per check; no regular expressions of its own.
 * Thread-safe (stateless).
 */
final class FactChecker {
    private static final String[] REF_PRICE = {"原价", "专柜价", "吊牌价", "市场价", "官网价", "日常价", "划线价", "平时卖",
        "平常卖", "门店价", "零售价", "指导价", "平时要", "外面卖", "原来卖", "本来卖", "本来要", "之前卖", "以前卖", "专柜卖",
        "商场卖", "list price", "regular price", "originally",
        "retail price", "msrp", "compare at", "was"};
    private static final String[] NOW_PRICE = {"只要", "仅需", "到手价", "到手", "直播间价", "现价", "秒杀价", "券后",
        "今天", "直接", "只需", "直播间", "now", "only", "today"};
    private static final String[] STOCK_TOTAL = {"限量", "库存", "一共", "总共", "只有", "只备了", "只准备了", "stock of"};
    private static final String[] STOCK_LEFT = {"仅剩", "只剩", "还剩", "就剩", "最后", "only", "just"};
    private static final String[] COUNT_UNITS = {"件", "单", "份", "套", "瓶", "盒", "个", "支", "台", "条", "双", "袋",
        "units", "left", "pieces"};
    private static final String[] FIBERS = {"桑蚕丝", "聚酯纤维", "羊毛", "羊绒", "真丝", "蚕丝", "亚麻", "涤纶", "锦纶", "尼龙",
        "氨纶", "粘胶", "莫代尔", "天丝", "乳胶", "棉", "麻", "cotton", "wool", "silk", "cashmere", "linen", "polyester", "nylon",
        "latex"};
    /**
     * The names under which an attribute states a claimed fiber: its other names in Chinese and English (涤纶 is
     * 聚酯纤维 is polyester, 乳胶 is latex, 桑蚕丝 is 真丝 is silk), and for 麻 (any bast fiber) its kind 亚麻 (linen) too.
     * A fiber not listed is named only by itself.
     */
    private static final Map<String, List<String>> SAME_FIBER = sameFiber(
            List.of("棉", "cotton"), List.of("羊毛", "wool"), List.of("羊绒", "cashmere"),
            List.of("桑蚕丝", "真丝", "蚕丝", "silk"), List.of("亚麻", "linen"), List.of("涤纶", "聚酯纤维", "polyester"),
            List.of("锦纶", "尼龙", "nylon"), List.of("乳胶", "latex"));

    @SafeVarargs
    private static Map<String, List<String>> sameFiber(List<String>... groups) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (List<String> g : groups) {
            for (String name : g) {
                out.put(name, g);
            }
        }
        List<String> hemp = new ArrayList<>(List.of("麻"));
        hemp.addAll(out.get("亚麻"));
        out.put("麻", List.copyOf(hemp));
        return Map.copyOf(out);
    }

    private static final String[] MATERIAL_KEYS = {"材质", "面料", "成分", "材料", "material", "fabric", "composition"};
    private static final String[] ORIGIN_KEYS = {"产地", "原产地", "产区", "origin", "country", "made in", "生产地"};
    private static final String[] PLACES = {"日本", "韩国", "法国", "意大利", "德国", "美国", "英国", "澳洲", "澳大利亚",
        "新西兰", "泰国", "越南", "瑞士", "西班牙", "加拿大", "智利", "俄罗斯", "荷兰", "丹麦", "比利时", "中国", "国产",
        "云南", "新疆", "东北", "五常", "宁夏", "福建", "浙江", "广东", "四川", "内蒙古", "西藏", "青海", "安溪", "武夷山",
        "普洱", "阳澄湖", "japan", "korea", "france", "italy", "germany", "usa", "new zealand", "australia", "china"};
    private static final String[] ORIGIN_MARKERS = {"产自", "来自", "原产", "产地", "进口", "原装", "产的", "made in", "from",
        "imported"};
    private static final String[] DOMESTIC = {"中国", "国产", "china", "云南", "新疆", "东北", "五常", "宁夏", "福建", "浙江",
        "广东", "四川", "内蒙古", "西藏", "青海", "安溪", "武夷山", "普洱", "阳澄湖", "江苏", "山东", "河南", "河北", "湖南",
        "湖北", "江西", "安徽", "广西", "贵州", "陕西", "甘肃", "黑龙江", "吉林", "辽宁", "海南", "上海", "北京", "天津", "重庆"};
    private static final String[] QUANTITY_KEYS = {"净含量", "重量", "净重", "规格", "容量", "weight", "volume", "net", "size"};
    private static final String[] CERTS = {"有机", "绿色食品", "3c", "ce认证", "fda", "iso", "地理标志", "专利", "gmp",
        "无公害", "非转基因", "欧盟认证", "国家认证", "organic", "certified", "patent", "patented"};

    List<Finding> apply(NormalizedText text, Claim claim) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        Optional<Product> product = claim.product();
        Optional<Offer> offer = claim.offer();
        prices(text, s, product, offer, out);
        sunProtection(text, s, product, out);
        if (offer.isPresent()) {
            stock(text, s, offer.get(), out);
        }
        if (product.isPresent()) {
            Product p = product.get();
            material(text, s, p, out);
            origin(text, s, p, out);
            quantity(text, s, p, out);
            certification(text, s, p, out);
        }
        return out;
    }

    // ---- prices ----
    private void prices(NormalizedText t, String s, Optional<Product> product, Optional<Offer> offer, List<Finding> out) {
        Map<Integer, SpokenYuan.Match> spoken = null; // yuan said with jiao, by start (found on first use)
        for (String kw : REF_PRICE) {
            int i = indexOfWord(s, kw, 0);
            while (i >= 0) {
                if (spoken == null) {
                    spoken = new java.util.HashMap<>();
                    for (SpokenYuan.Match m : SpokenYuan.find(s)) {
                        spoken.put(m.start(), m);
                    }
                }
                Num ref = withJiao(numberAfter(s, i + kw.length(), 6), spoken);
                if (ref != null) {
                    Optional<Money> verifiable = offer.flatMap(Offer::referencePrice)
                            .or(() -> product.map(Product::listPrice));
                    if (verifiable.isPresent()) {
                        double v = verifiable.get().amount().doubleValue();
                        if (ref.value > v * 1.01) {
                            out.add(finding(t, i, ref.end, ViolationCategory.FACT_CONTRADICTION, "facts.reference_price",
                                    Severity.HIGH, "价格法 第十四条; 明码标价和禁止价格欺诈规定",
                                    "宣称的原价 " + fmt(ref.value) + " 高于可核实的参考价 " + verifiable.get().amountText(),
                                    kw + verifiable.get().amountText()));
                        }
                    }
                    Num now = nowPriceAfter(s, ref.end, spoken);
                    if (now != null && offer.isPresent()) {
                        double best = offer.get().bestPrice().amount().doubleValue();
                        if (now.value < best * 0.99) {
                            out.add(finding(t, now.start, now.end, ViolationCategory.FACT_CONTRADICTION,
                                    "facts.current_price", Severity.HIGH, "价格法 第十四条; 明码标价和禁止价格欺诈规定",
                                    "宣称的到手价 " + fmt(now.value) + " 低于实际最低价 " + offer.get().bestPrice().amountText(),
                                    offer.get().bestPrice().amountText()));
                        }
                    } else if (now != null && verifiable.isEmpty() && now.value > 0 && now.value / ref.value <= 0.3) {
                        out.add(finding(t, i, now.end, ViolationCategory.FALSE_PRICE, "facts.unverifiable_reference_price",
                                Severity.MEDIUM, "价格法 第十四条; 明码标价和禁止价格欺诈规定",
                                "无法核实的高额原价对比（折扣低于三折），参考价须真实可查", "优惠价" + fmt(now.value)));
                    }
                }
                i = indexOfWord(s, kw, i + kw.length());
            }
        }
    }

    /** {@code n}, or the whole amount when it starts yuan said with jiao ({@code 29块9} is 29.9, not 29). */
    private static Num withJiao(Num n, Map<Integer, SpokenYuan.Match> spoken) {
        SpokenYuan.Match m = n == null ? null : spoken.get(n.start);
        return m == null || m.end() < n.end ? n : new Num(n.start, m.end(), m.yuan().doubleValue());
    }

    private Num nowPriceAfter(String s, int from, Map<Integer, SpokenYuan.Match> spoken) {
        int end = from;
        while (end < s.length() && s.charAt(end) != '。' && s.charAt(end) != '!' && s.charAt(end) != '！' && end - from < 30) {
            end++;
        }
        String seg = s.substring(from, end);
        for (String kw : NOW_PRICE) {
            int i = indexOfWord(seg, kw, 0);
            if (i >= 0) {
                Num n = withJiao(numberAfter(s, from + i + kw.length(), 6), spoken);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    // ---- stock ----
    private void stock(NormalizedText t, String s, Offer offer, List<Finding> out) {
        if (offer.stockLimit().isEmpty()) {
            return;
        }
        int limit = offer.stockLimit().get();
        check(t, s, STOCK_TOTAL, limit, true, out);
        check(t, s, STOCK_LEFT, limit, false, out);
    }

    private void check(NormalizedText t, String s, String[] kws, int limit, boolean total, List<Finding> out) {
        for (String kw : kws) {
            int i = indexOfWord(s, kw, 0);
            while (i >= 0) {
                Num n = numberAfter(s, i + kw.length(), 4);
                if (n != null && startsWithAny(s, n.end, COUNT_UNITS)) {
                    boolean wrong = total ? Math.abs(n.value - limit) > 0.5 : n.value > limit;
                    if (wrong) {
                        out.add(finding(t, i, n.end + unitLength(s, n.end), ViolationCategory.FACT_CONTRADICTION,
                                "facts.stock", Severity.HIGH, "网络直播营销管理办法(试行); 广告法 第二十八条(二)",
                                "宣称的数量 " + fmt(n.value) + " 与本场库存上限 " + limit + " 不符",
                                (total ? "库存" : "剩余") + limit + "件以内"));
                    }
                }
                i = indexOfWord(s, kw, i + kw.length());
            }
        }
    }

    // ---- material ----
    /**
     * A claimed fiber share ("100%纯棉", "全棉", "85%乳胶") against the product's material. When the text names a part
     * the product describes in its own attribute just before the claim ("外套全棉" with 外套 = 棉100%), that part's
     * attribute is the fact. Otherwise the material attribute (材质, 面料, ...) is, and a claim that another attribute
     * states exactly (a part's fabric the text does not name) is not a contradiction.
     */
    private void material(NormalizedText t, String s, Product p, List<Finding> out) {
        String attr = attribute(p, MATERIAL_KEYS);
        if (attr == null) {
            return;
        }
        String a = TextNormalizer.standard().normalize(attr).text();
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            String value = TextNormalizer.standard().normalize(e.getValue()).text();
            if (countFibers(value) > 0) {
                parts.add(new Part(TextNormalizer.standard().normalize(e.getKey()).text(), value, e.getValue()));
            }
        }
        ShareOrder order = ShareOrder.of(s);
        for (String fiber : FIBERS) {
            int i = s.indexOf(fiber);
            while (i >= 0) {
                if (!partOfLongerFiber(s, i, fiber) && !freeOf(s, i + fiber.length())) {
                    Share share = claimedShare(s, i, fiber, order);
                    double claimed = share.value();
                    if (claimed > 0 && !denied(s, shareStart(s, i))) {
                        int start = shareStart(s, i);
                        Part part = namedPart(s, start, parts);
                        String fact = part == null ? a : part.value();
                        boolean stated = Math.abs(share(fact, fiber) - claimed) <= 1.0
                                || part == null && parts.stream().anyMatch(e -> Math.abs(share(e.value(), fiber) - claimed) <= 1.0);
                        if (!stated) {
                            String shown = part == null ? attr : part.original();
                            out.add(finding(t, start, share.end(), ViolationCategory.FACT_CONTRADICTION,
                                    "facts.material", Severity.HIGH, "广告法 第二十八条(二); 产品质量法 第二十七条",
                                    "宣称 " + fiber + " " + fmt(claimed) + "%，商品" + (part == null ? "材质" : part.key())
                                            + "为：" + shown, shown));
                        }
                    }
                }
                i = s.indexOf(fiber, i + fiber.length());
            }
        }
        if ((s.contains("真皮") || s.contains("头层牛皮") || s.contains("genuine leather"))
                && (a.contains("pu") || a.contains("人造革") || a.contains("合成革") || a.contains("超纤"))) {
            int i = s.contains("真皮") ? s.indexOf("真皮") : s.contains("头层牛皮") ? s.indexOf("头层牛皮") : s.indexOf("genuine leather");
            int len = s.startsWith("真皮", i) ? 2 : s.startsWith("头层牛皮", i) ? 4 : 15;
            out.add(finding(t, i, i + len, ViolationCategory.FACT_CONTRADICTION, "facts.material", Severity.HIGH,
                    "广告法 第二十八条(二)", "宣称真皮，商品材质为：" + attr, attr));
        }
    }

    private static final String[] DENIALS = {"不是", "并不是", "并非", "不算", "非", "没有", "not ", "isn't ", "is not ",
        "not made of "};

    /** An attribute that states a fiber: its key and value normalized, and the value as the merchant wrote it. */
    private record Part(String key, String value, String original) {
    }

    /** A share claim the text denies right before it ("这款不是纯棉的", "not 100% cotton"): no claim to check. */
    private static boolean denied(String s, int claimStart) {
        for (String d : DENIALS) {
            int b = claimStart - d.length();
            if (b >= 0 && s.startsWith(d, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribute whose key the text says just before a share claim in the same clause (at most 4 characters
     * between, e.g. "外套是全棉", "外套采用纯棉"; not "外套好看，乳胶85%"), or null. Material keys (材质, 面料) name no part.
     */
    private static Part namedPart(String s, int claimStart, List<Part> parts) {
        Part best = null;
        int bestEnd = -1;
        for (Part e : parts) {
            String key = e.key();
            if (key.length() < 2 || containsAny(key, MATERIAL_KEYS)) {
                continue;
            }
            for (int end = claimStart; end >= Math.max(key.length(), claimStart - 4); end--) { // nearest first
                int k = end - key.length();
                if (s.startsWith(key, k)) {
                    if (end > bestEnd && !clauseEndBetween(s, end, claimStart)) {
                        best = e;
                        bestEnd = end;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Whether "free" follows a fiber ending at {@code end} ("latex-free", "latex free"): the product has none of it. */
    private static boolean freeOf(String s, int end) {
        int k = end;
        if (k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == ' ')) {
            k++;
        }
        return s.startsWith("free", k);
    }

    /** Whether clause punctuation lies in {@code [from, to)} of {@code s}. */
    private static boolean clauseEndBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ClaimContext.endsClause(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfLongerFiber(String s, int i, String fiber) {
        for (String f : FIBERS) {
            if (f.length() > fiber.length() && f.contains(fiber)) {
                int off = f.indexOf(fiber);
                if (i - off >= 0 && s.startsWith(f, i - off)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A share a text states for a fiber: {@code value} in percent (0 when none) and {@code end}, where the claim ends:
     * after the fiber, or after a share said behind it (棉100%, 乳胶（含量100%）).
     */
    private record Share(double value, int end) {
    }

    /** The share the claim states for the fiber at {@code i}: 100 for 纯/全/100%, N for N%, 0 when none. */
    private static Share claimedShare(String s, int i, String fiber, ShareOrder order) {
        int fiberEnd = i + fiber.length();
        int j = i;
        while (j > 0 && i - j < 2 && (s.charAt(j - 1) == '纯' || s.charAt(j - 1) == '全' || s.charAt(j - 1) == ' ')) {
            j--;
        }
        if (j < i && (s.charAt(j) == '纯' || s.charAt(j) == '全') && !(j > 0 && s.charAt(j - 1) == '%')) {
            return new Share(100, fiberEnd);
        }
        boolean prefix = order.percentBeforeFiber(i);
        if (prefix && j > 0 && s.charAt(j - 1) == '%') {
            Num n = numberBefore(s, j - 1);
            return new Share(n == null ? 0 : n.value, fiberEnd);
        }
        if (s.startsWith("pure ", Math.max(0, i - 5)) && i >= 5) {
            return new Share(100, fiberEnd);
        }
        if (prefix) {
            return new Share(0, fiberEnd);
        }
        int k = fiberEnd;
        boolean bracket = false;
        while (k < s.length() && " (（:：".indexOf(s.charAt(k)) >= 0) {
            bracket |= s.charAt(k) == '(' || s.charAt(k) == '（';
            k++;
        }
        if (s.startsWith("含量", k)) {
            k += 2;
            while (k < s.length() && " :：".indexOf(s.charAt(k)) >= 0) {
                k++;
            }
        }
        Num after = numberAfter(s, k, 1);
        if (after != null && after.start == k && after.end < s.length() && s.charAt(after.end) == '%') {
            int end = after.end + 1;
            if (bracket && end < s.length() && (s.charAt(end) == ')' || s.charAt(end) == '）')) {
                end++; // the bracket the share was said in closes with it
            }
            return new Share(after.value, end);
        }
        return new Share(0, fiberEnd);
    }

    /**
     * Per clause of a text, whether its percentages precede their fibers ("65%涤纶35%棉") or follow them ("涤纶65% 棉35%"):
     * the first percent sign of the clause comes before its first fiber. Read per clause, so 外套全棉，100%乳胶 reads
     * the 100% of the second clause. Built once per text, in one pass per fiber.
     */
    private static final class ShareOrder {
        private final int[] clause; // per position: its clause
        private final boolean[] prefix; // per clause

        private ShareOrder(int[] clause, boolean[] prefix) {
            this.clause = clause;
            this.prefix = prefix;
        }

        static ShareOrder of(String s) {
            int n = s.length();
            int[] clause = new int[n + 1];
            int c = 0;
            for (int i = 0; i < n; i++) {
                clause[i] = c;
                if (ClaimContext.endsClause(s, i)) {
                    c++;
                }
            }
            clause[n] = c;
            int[] firstPct = new int[c + 1];
            int[] firstFiber = new int[c + 1];
            java.util.Arrays.fill(firstPct, Integer.MAX_VALUE);
            java.util.Arrays.fill(firstFiber, Integer.MAX_VALUE);
            for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
                firstPct[clause[i]] = Math.min(firstPct[clause[i]], i);
            }
            for (String f : FIBERS) {
                for (int i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) {
                    firstFiber[clause[i]] = Math.min(firstFiber[clause[i]], i);
                }
            }
            boolean[] prefix = new boolean[c + 1];
            for (int k = 0; k <= c; k++) {
                prefix[k] = firstPct[k] < firstFiber[k];
            }
            return new ShareOrder(clause, prefix);
        }

        /** Whether the clause holding position {@code i} writes percentages before fibers. */
        boolean percentBeforeFiber(int i) {
            return prefix[clause[Math.min(i, clause.length - 1)]];
        }
    }

    private static int shareStart(String s, int i) {
        int j = i;
        while (j > 0 && i - j < 8 && (Character.isDigit(s.charAt(j - 1)) || "%.纯全 ".indexOf(s.charAt(j - 1)) >= 0)) {
            j--;
        }
        while (j < i && s.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** The share of {@code fiber} in a normalized material attribute ("涤纶65%棉35%", "100% cotton", "纯棉"). */
    private static double share(String a, String fiber) {
        double best = 0;
        for (String name : SAME_FIBER.getOrDefault(fiber, List.of(fiber))) {
            best = Math.max(best, shareNamed(a, name));
        }
        return best;
    }

    /** The share of the fiber written exactly {@code fiber} in a normalized material attribute. */
    private static double shareNamed(String a, String fiber) {
        int i = a.indexOf(fiber);
        while (i >= 0 && partOfLongerFiber(a, i, fiber)) {
            i = a.indexOf(fiber, i + 1);
        }
        if (i < 0) {
            return 0;
        }
        double c = claimedShare(a, i, fiber, ShareOrder.of(a)).value();
        if (c > 0) {
            return c;
        }
        // a lone fiber with no percentages anywhere: the whole material
        return a.indexOf('%') < 0 && countFibers(a) == 1 ? 100 : 0;
    }

    private static int countFibers(String a) {
        int n = 0;
        for (String f : FIBERS) {
            int i = a.indexOf(f);
            if (i >= 0 && !partOfLongerFiber(a, i, f)) {
                n++;
            }
        }
        return n;
    }

    // ---- origin ----
    private void origin(NormalizedText t, String s, Product p, List<Finding> out) {
        String attr = attribute(p, ORIGIN_KEYS);
        if (attr == null) {
            return;
        }
        String a = TextNormalizer.standard().normalize(attr).text();
        boolean domestic = containsAny(a, DOMESTIC);
        for (String place : PLACES) {
            int i = indexOfWord(s, place, 0);
            while (i >= 0) {
                if (nearMarker(s, i, place.length()) && !a.contains(place) && !(place.equals("国产") && domestic)
                        && !(place.equals("中国") && domestic) && !(place.equals("china") && domestic)) {
                    out.add(finding(t, i, i + place.length(), ViolationCategory.FACT_CONTRADICTION, "facts.origin",
                            Severity.HIGH, "广告法 第二十八条(二); 产品质量法 第二十七条",
                            "宣称产地 " + place + "，商品产地为：" + attr, attr));
                }
                i = indexOfWord(s, place, i + place.length());
            }
        }
        int imp = s.indexOf("进口");
        if (imp >= 0 && domestic && !s.startsWith("非进口", Math.max(0, imp - 1))) {
            out.add(finding(t, imp, imp + 2, ViolationCategory.FACT_CONTRADICTION, "facts.origin", Severity.HIGH,
                    "广告法 第二十八条(二)", "宣称进口，商品产地为：" + attr, ""));
        }
    }

    private static boolean nearMarker(String s, int i, int len) {
        int from = Math.max(0, i - 4);
        int to = Math.min(s.length(), i + len + 3);
        String w = s.substring(from, to);
        return containsAny(w, ORIGIN_MARKERS) || s.startsWith("产", i + len);
    }

    // ---- sun protection factor ----
    private static final String[] SPF_KEYS = {"防晒指数", "spf", "防晒值"};
    /** SPF values above 50 are labelled "50+" (防晒化妆品防晒效果标识管理要求): a higher number is not a true label. */
    private static final double SPF_LABEL_MAX = 50;

    private void sunProtection(NormalizedText t, String s, Optional<Product> product, List<Finding> out) {
        int i = indexOfWord(s, "spf", 0);
        double actual = i < 0 ? Double.NaN : product.map(FactChecker::productSpf).orElse(Double.NaN);
        while (i >= 0) {
            Num claimed = numberAfter(s, i + 3, 2);
            if (claimed != null && claimed.start <= i + 5) {
                if (!Double.isNaN(actual) && claimed.value > actual) {
                    out.add(finding(t, i, claimed.end, ViolationCategory.FACT_CONTRADICTION, "facts.spf", Severity.HIGH,
                            "广告法 第二十八条(二); 化妆品监督管理条例 第四十三条",
                            "宣称的防晒指数 SPF" + fmt(claimed.value) + " 高于商品标注的 SPF" + fmt(actual), "SPF" + fmt(actual)));
                } else if (Double.isNaN(actual) && claimed.value > SPF_LABEL_MAX) {
                    out.add(finding(t, i, claimed.end, ViolationCategory.EFFICACY_GUARANTEE, "facts.spf_over_label",
                            Severity.MEDIUM, "化妆品监督管理条例 第四十三条; 防晒化妆品防晒效果标识管理要求",
                            "SPF 高于 50 只能标注为 50+，宣称 SPF" + fmt(claimed.value) + " 不是真实标识", "SPF50+"));
                }
            }
            i = indexOfWord(s, "spf", i + 3);
        }
    }

    /** The product's labelled SPF from its attributes or title (50+ counts as 50), NaN when it has none. */
    private static double productSpf(Product p) {
        String attr = attribute(p, SPF_KEYS);
        String src = TextNormalizer.standard().normalize(attr != null ? attr : p.title()).text();
        int i = indexOfWord(src, "spf", 0);
        if (i < 0) {
            return Double.NaN;
        }
        Num n = numberAfter(src, i + 3, 2);
        return n == null ? Double.NaN : n.value;
    }

    // ---- weight / volume ----
    private void quantity(NormalizedText t, String s, Product p, List<Finding> out) {
        String attr = attribute(p, QUANTITY_KEYS);
        if (attr == null) {
            return;
        }
        String a = TextNormalizer.standard().normalize(attr).text();
        Qty actual = null;
        for (int i = 0; i < a.length() && actual == null; i++) {
            actual = quantityAt(a, i);
        }
        if (actual == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            Qty q = quantityAt(s, i);
            if (q == null) {
                continue;
            }
            if (q.dimension == actual.dimension && q.base > actual.base * 1.02) {
                double ratio = q.base / actual.base;
                boolean multiple = Math.abs(ratio - Math.rint(ratio)) < 0.02 && ratio <= 50 && bundleMentioned(s);
                if (!multiple) {
                    out.add(finding(t, q.start, q.end, ViolationCategory.FACT_CONTRADICTION, "facts.quantity",
                            Severity.HIGH, "广告法 第二十八条(二); 定量包装商品计量监督管理办法",
                            "宣称的净含量/重量与商品规格不符（商品为 " + attr + "）", attr));
                }
            }
            i = q.end - 1;
        }
    }

    private static final String[] BUNDLE_WORDS = {"共", "总共", "合计", "一套", "套装", "组合", "囤", "x", "×", "*", "买一送一",
        "买二", "买2", "加量", "in total", "pack of", "bundle", "set of"};
    private static final String CLASSIFIERS = "瓶支盒袋罐包件套份组桶箱条片只";

    /** A quantity that is a whole multiple of the pack is a bundle ("两瓶共100ml") only when the text says so. */
    private static boolean bundleMentioned(String s) {
        if (containsAny(s, BUNDLE_WORDS)) {
            return true;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i - 1);
            boolean count = Character.isDigit(c) && c != '1' || "两二三四五六七八九十".indexOf(c) >= 0;
            if (count && CLASSIFIERS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Qty(int start, int end, double base, int dimension) {
    }

    private static final String[][] UNITS = {
        {"千克", "1000", "0"}, {"公斤", "1000", "0"}, {"kg", "1000", "0"}, {"克", "1", "0"}, {"g", "1", "0"},
        {"斤", "500", "0"}, {"毫升", "1", "1"}, {"ml", "1", "1"}, {"升", "1000", "1"}, {"l", "1000", "1"},
        {"oz", "28.35", "0"}, {"磅", "453.6", "0"}, {"lb", "453.6", "0"}};

    private static Qty quantityAt(String s, int i) {
        if (!Character.isDigit(s.charAt(i)) || (i > 0 && (Character.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
            return null;
        }
        Num n = numberAfter(s, i, 0);
        if (n == null || n.start != i) {
            return null;
        }
        int k = n.end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        for (String[] u : UNITS) {
            if (s.startsWith(u[0], k)) {
                int e = k + u[0].length();
                if (ClaimContext.isLatin(u[0].charAt(0)) && e < s.length() && ClaimContext.isLatin(s.charAt(e))) {
                    continue;
                }
                return new Qty(i, e, n.value * Double.parseDouble(u[1]), Integer.parseInt(u[2]));
            }
        }
        return null;
    }

    // ---- certification ----
    private void certification(NormalizedText t, String s, Product p, List<Finding> out) {
        StringBuilder facts = new StringBuilder();
        facts.append(p.title()).append(' ');
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            facts.append(e.getKey()).append(' ').append(e.getValue()).append(' ');
        }
        p.sellingPoints().forEach(x -> facts.append(x).append(' '));
        p.tags().forEach(x -> facts.append(x).append(' '));
        p.approvedClaims().forEach(x -> facts.append(x).append(' '));
        p.approvalNumber().ifPresent(x -> facts.append(x).append(' '));
        String f = TextNormalizer.standard().normalize(facts.toString()).text();
        ClaimContext ctx = new ClaimContext(t);
        for (String c : CERTS) {
            int i = indexOfWord(s, c, 0);
            if (i >= 0 && !f.contains(c) && !ctx.negated(i)) {
                out.add(finding(t, i, i + c.length(), ViolationCategory.FACT_CONTRADICTION, "facts.certification",
                        Severity.MEDIUM, "广告法 第十一条, 第十二条, 第二十八条",
                        "宣称的认证/专利「" + c + "」不在商品资料中，须提供证明", ""));
            }
        }
    }

    // ---- small parsing helpers (no regular expressions) ----
    private record Num(int start, int end, double value) {
    }

    private static final String ZH_DIGITS = "零一二两三四五六七八九";

    /** First number starting within {@code maxGap} chars after {@code from} (digits, or Chinese numerals). */
    private static Num numberAfter(String s, int from, int maxGap) {
        for (int i = from; i < s.length() && i - from <= maxGap; i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) && c < 128) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) && s.charAt(j) < 128
                        || s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))
                        || s.charAt(j) == ',' && j + 3 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                double v;
                try {
                    v = new BigDecimal(s.substring(i, j).replace(",", "")).doubleValue();
                } catch (NumberFormatException e) {
                    return null;
                }
                if (j < s.length() && s.charAt(j) == '万') {
                    v *= 10000;
                    j++;
                } else if (j < s.length() && s.charAt(j) == '千') {
                    v *= 1000;
                    j++;
                } else if (j < s.length() && (s.charAt(j) == 'w' || s.charAt(j) == 'k')
                        && (j + 1 >= s.length() || !ClaimContext.isLatin(s.charAt(j + 1)))) {
                    v *= s.charAt(j) == 'w' ? 10000 : 1000;
                    j++;
                }
                return new Num(i, j, v);
            }
            if (ZH_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万') {
                return chineseNumber(s, i);
            }
        }
        return null;
    }

    private static Num chineseNumber(String s, int i) {
        long total = 0;
        long section = 0;
        long digit = -1;
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            int d = ZH_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = c == '两' ? 2 : d > 2 ? d - 1 : d;
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else if (c == '万') {
                total += (section + Math.max(digit, 0)) * 10000;
                section = 0;
                digit = -1;
            } else {
                break;
            }
            j++;
        }
        long v = total + section + Math.max(digit, 0);
        if (j == i || v == 0) {
            return null;
        }
        return new Num(i, j, v);
    }

    private static Num numberBefore(String s, int end) {
        int j = end;
        while (j > 0 && (Character.isDigit(s.charAt(j - 1)) && s.charAt(j - 1) < 128 || s.charAt(j - 1) == '.')) {
            j--;
        }
        if (j == end) {
            return null;
        }
        try {
            return new Num(j, end, new BigDecimal(s.substring(j, end)).doubleValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int indexOfWord(String s, String w, int from) {
        int i = s.indexOf(w, from);
        while (i >= 0 && !LexiconRule.wordBounded(s, i, i + w.length())) {
            i = s.indexOf(w, i + 1);
        }
        return i;
    }

    private static boolean startsWithAny(String s, int at, String[] options) {
        int k = at;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        for (String o : options) {
            if (s.startsWith(o, k)) {
                return true;
            }
        }
        return false;
    }

    private static int unitLength(String s, int at) {
        for (String o : COUNT_UNITS) {
            if (s.startsWith(o, at)) {
                return o.length();
            }
        }
        return 0;
    }

    private static boolean containsAny(String s, String[] options) {
        for (String o : options) {
            if (s.contains(o)) {
                return true;
            }
        }
        return false;
    }

    private static String attribute(Product p, String[] keys) {
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            for (String key : keys) {
                if (k.contains(key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Finding finding(NormalizedText t, int start, int end, ViolationCategory cat, String rule, Severity sev,
                                   String law, String message, String suggestion) {
        return new Finding(cat, t.span(start, Math.min(end, t.length())), rule, sev, law, message, suggestion, Stage.FACTS);
    }
}
