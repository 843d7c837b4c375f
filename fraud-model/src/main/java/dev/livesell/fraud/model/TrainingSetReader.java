package dev.livesell.fraud.model;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Product;
import dev.livesell.core.io.CatalogFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads labelled claims from TSV files, recognising the format by its header:
 * <ul>
 *   <li><b>labelled</b> ({@code text, label[, category]}): the project's own sets; label is
 *       {@code violation}/{@code violating}/{@code compliant}; category is a taxonomy id, several
 *       separated by {@code ,} or {@code |}, or empty; an optional {@code group} column ties
 *       paraphrase variants of one base line so the dev split keeps them together.</li>
 *   <li><b>penalized ads</b> ({@code quoted_claims} column, e.g. {@code taipei-penalized-ads.tsv}): every
 *       ad is a violation; its quoted claims are split at {@code …}/{@code ／}/{@code #} into phrases
 *       (the first {@value #MAX_PHRASES_PER_AD} of 6–60 characters per ad, so no single ad dominates); category unknown.</li>
 *   <li><b>term list</b> ({@code term, category}, e.g. {@code adlaw-terms.tsv}): each prohibited term is
 *       placed in a live-stream sentence (violation) and every template is also filled with a neutral
 *       product fact (compliant), so the template itself carries no signal. Terms too generic to be a
 *       violation alone (安全, 正品, 秒杀 ...) are skipped.</li>
 *   <li><b>catalog</b> (a {@code .jsonl} file read with {@link CatalogFile}, e.g. the bundled sample catalog):
 *       each product's title and verified selling points are compliant seller text (the catalog's selling
 *       points are facts a host may say as is), grouped per product.</li>
 * </ul>
 * Rows are de-duplicated on their text (first occurrence wins). A malformed row fails with
 * {@link DataFormatException} naming file, line and field; nothing is dropped silently except the
 * documented phrase filters above.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrainingSetReader {
    static final int MAX_PHRASES_PER_AD = 1;
    private static final Pattern CLAIM_SPLIT = Pattern.compile("…+|\\.{3,}|／|/|#|\\(|\\)|（|）|\\[|\\]|【|】");
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private static final Set<String> GENERIC_TERMS = Set.of("最", "安全", "正品", "100%", "推荐", "试用", "热销",
            "抢购", "秒杀", "全面", "消除", "清除", "激活", "精确", "高档", "著名", "大牌", "奢侈", "指定", "选用",
            "排序", "评比", "获奖", "优秀", "名牌", "金牌", "最新", "全方位", "超强", "高效", "免费赠送", "保险公司",
            "升值", "投资价值", "绝对值", "王牌", "极品", "纯天然", "巨星", "领导者", "缔造者", "问鼎", "至尊", "之王",
            "尖端", "一流", "独家", "首款", "XX天见效", "XX周期见效", "世界全国X大品牌之一", "国际品质", "冥器",
            "更新肌肤", "舒眠", "护身", "旺宅", "点击转身", "点击翻转", "点击获取", "点击试穿", "特效");

    private static final Map<String, String> TERM_CATEGORY = Map.ofEntries(
            Map.entry("absolute_superlative", "absolute_term"),
            Map.entry("statutory_art9_3", "absolute_term"),
            Map.entry("medical_term_ordinary_goods", "medical_claim"),
            Map.entry("fake_authority", "false_endorsement"),
            Map.entry("pressure_selling", "pressure_scarcity"),
            Map.entry("unverifiable_claim", "unverifiable_data"));

    private static final List<String> TEMPLATES = List.of(
            "家人们，咱们这款%s，今天直播间给到大家",
            "这个产品就是%s，宝宝们放心拍",
            "我跟你们说，%s，这一点真的没话说",
            "主播自己用了半年，%s",
            "姐妹们看过来，%s，赶紧上车");

    private static final List<String> NEUTRAL_FACTS = List.of(
            "500毫升大容量装", "面料是百分之百棉", "产地是云南普洱", "保质期十八个月", "一箱十二瓶",
            "尺码从S到XXL都有", "支持七天无理由退货", "下单后四十八小时内发货", "颜色有米白和浅灰两种",
            "净含量两百五十克", "成分表在详情页可以看到", "适合油性和混合性皮肤", "拍一发二今天有赠品",
            "领券后到手价八十九元", "满三百减四十");

    private final boolean strictCategories;

    /** A reader that rejects category values outside the taxonomy. */
    public TrainingSetReader() {
        this(true);
    }

    /**
     * @param strictCategories when false, a category outside the taxonomy (e.g. the Taiwan set's own
     *        function names) marks the row's category as unknown instead of failing
     */
    public TrainingSetReader(boolean strictCategories) {
        this.strictCategories = strictCategories;
    }

    /** Reads and de-duplicates the rows of all files, in order. */
    public List<LabelledText> readAll(List<Path> files) {
        Map<String, LabelledText> byText = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            for (LabelledText t : read(f)) {
                byText.putIfAbsent(t.text(), t);
            }
        }
        return List.copyOf(byText.values());
    }

    /** Reads one file in whichever of the formats its name ({@code .jsonl}: catalog) or header shows. */
    public List<LabelledText> read(Path file) {
        if (file.getFileName().toString().endsWith(".jsonl")) {
            return readCatalog(file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LivesellException("cannot read training data " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (lines.isEmpty()) {
            throw new DataFormatException(name, 1, "", "empty file: a header line is required", null);
        }
        List<String> header = Arrays.asList(stripBom(lines.get(0)).split("\t", -1));
        if (header.contains("quoted_claims")) {
            return readPenalizedAds(name, lines, header.indexOf("quoted_claims"));
        }
        if (header.contains("term") && header.contains("category")) {
            return readTerms(name, lines, header.indexOf("term"), header.indexOf("category"));
        }
        if (header.contains("text") && header.contains("label")) {
            return readLabelled(name, lines, header.indexOf("text"), header.indexOf("label"), header.indexOf("category"),
                    header.indexOf("group"));
        }
        throw new DataFormatException(name, 1, "header",
                "expected columns text+label, quoted_claims, or term+category (was " + header + ")", null);
    }

    private static List<LabelledText> readCatalog(Path file) {
        String name = file.getFileName().toString();
        List<LabelledText> out = new ArrayList<>();
        for (Product p : CatalogFile.read(file).products()) {
            String group = name + "#" + p.id().value();
            out.add(new LabelledText(p.title(), false, Set.of(), true, name + ":" + p.id().value() + ":title", group));
            for (int i = 0; i < p.sellingPoints().size(); i++) {
                String sp = p.sellingPoints().get(i).strip();
                if (!sp.isEmpty()) {
                    out.add(new LabelledText(sp, false, Set.of(), true, name + ":" + p.id().value() + ":sellingPoint" + i, group));
                }
            }
        }
        return out;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private List<LabelledText> readLabelled(String name, List<String> lines, int ti, int li, int ci, int gi) {
        List<LabelledText> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            int lineNo = n + 1;
            if (cols.length <= Math.max(ti, li)) {
                throw new DataFormatException(name, lineNo, "", "expected at least " + (Math.max(ti, li) + 1)
                        + " tab-separated columns (was " + cols.length + ")", null);
            }
            String text = cols[ti].strip();
            if (text.isEmpty()) {
                throw new DataFormatException(name, lineNo, "text", "must not be empty", null);
            }
            String label = cols[li].strip().toLowerCase(Locale.ROOT);
            boolean violation;
            switch (label) {
                case "violation", "violating" -> violation = true;
                case "compliant" -> violation = false;
                default -> throw new DataFormatException(name, lineNo, "label",
                        "must be violation, violating or compliant (was " + cols[li] + ")", null);
            }
            Set<String> cats = new LinkedHashSet<>();
            if (ci >= 0 && ci < cols.length && violation) {
                for (String c : cols[ci].split("[,|]")) {
                    String id = c.strip().toLowerCase(Locale.ROOT);
                    if (id.isEmpty()) {
                        continue;
                    }
                    if (id.equals("fact_contradiction")) {
                        continue;
                    }
                    if (!FraudLabels.CATEGORY_IDS.contains(id) && !strictCategories) {
                        continue;
                    }
                    if (!FraudLabels.CATEGORY_IDS.contains(id)) {
                        throw new DataFormatException(name, lineNo, "category",
                                "unknown category; expected one of " + FraudLabels.CATEGORY_IDS + " (was " + c + ")", null);
                    }
                    cats.add(id);
                }
            }
            // fact_contradiction needs the product's facts; the text-only head does not score it.
            boolean known = !violation || !cats.isEmpty();
            String group = gi >= 0 && gi < cols.length && !cols[gi].isBlank() ? name + "#" + cols[gi].strip() : null;
            out.add(new LabelledText(text, violation, cats, known, name + ":" + lineNo, group));
        }
        return out;
    }

    private List<LabelledText> readPenalizedAds(String name, List<String> lines, int qi) {
        List<LabelledText> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cols = lines.get(n).split("\t", -1);
            if (cols.length <= qi) {
                if (lines.get(n).isBlank()) {
                    continue;
                }
                throw new DataFormatException(name, n + 1, "quoted_claims", "missing column", null);
            }
            int taken = 0;
            for (String raw : CLAIM_SPLIT.split(cols[qi])) {
                String p = SPACE_BETWEEN_CJK.matcher(raw.strip()).replaceAll("");
                p = p.replaceAll("^[、，,。:：;；!！?？\\s]+|[、，,。:：;；\\s]+$", "");
                int len = p.codePointCount(0, p.length());
                if (len < 6 || len > 60 || !p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    continue;
                }
                if (!seen.add(p)) {
                    continue;
                }
                out.add(new LabelledText(p, true, Set.of(), false, name + ":" + (n + 1), name + "#ad" + (n + 1)));
                if (++taken == MAX_PHRASES_PER_AD) {
                    break;
                }
            }
        }
        return out;
    }

    private List<LabelledText> readTerms(String name, List<String> lines, int ti, int ci) {
        List<LabelledText> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cols = lines.get(n).split("\t", -1);
            if (lines.get(n).isBlank()) {
                continue;
            }
            if (cols.length <= Math.max(ti, ci)) {
                throw new DataFormatException(name, n + 1, "term", "missing column", null);
            }
            String term = cols[ti].strip();
            if (term.isEmpty() || GENERIC_TERMS.contains(term) || term.length() < 2 || !seen.add(term)) {
                continue;
            }
            String cat = TERM_CATEGORY.get(cols[ci].strip());
            int t = Math.floorMod(term.hashCode(), TEMPLATES.size());
            String text = String.format(TEMPLATES.get(t), term);
            out.add(new LabelledText(text, true, cat == null ? Set.of() : Set.of(cat), cat != null, name + ":" + (n + 1)));
        }
        // The same templates with neutral facts, so the template wording itself carries no label.
        for (int t = 0; t < TEMPLATES.size(); t++) {
            for (int f = t; f < NEUTRAL_FACTS.size(); f += TEMPLATES.size()) {
                out.add(new LabelledText(String.format(TEMPLATES.get(t), NEUTRAL_FACTS.get(f)), false, Set.of(), true,
                        name + ":template" + t));
            }
        }
        return out;
    }
}
