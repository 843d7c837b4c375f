package dev.livesell.script.offline;

import dev.livesell.core.Coupon;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.script.FactKind;
import dev.livesell.script.FactRef;
import dev.livesell.script.FactSheet;
import dev.livesell.script.GroundingChecker;
import dev.livesell.script.LineSource;
import dev.livesell.script.LiveScript;
import dev.livesell.script.PriceText;
import dev.livesell.script.ScriptBlock;
import dev.livesell.script.ScriptGenerator;
import dev.livesell.script.ScriptItem;
import dev.livesell.script.ScriptLine;
import dev.livesell.script.ScriptRequest;
import dev.livesell.script.Segment;
import dev.livesell.script.SegmentType;
import dev.livesell.script.gate.ComplianceGate;
import dev.livesell.script.gate.GateSession;
import dev.livesell.script.plan.SessionPlanner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline script generator: fills templates (several per segment, per language and persona style)
 * from the product facts and offer, so it never states a number, material, origin, certification or
 * claim that is not in the data; then passes every line through the compliance gate. Deterministic
 * for a request (same seed, same script). Immutable and thread-safe.
 *
 * <pre>{@code
 * ScriptGenerator g = OfflineScriptGenerator.builder().detector(FalseAdDetector.rulesOnly()).build();
 * LiveScript s = g.generate(ScriptRequest.builder().add(catalog, ProductId.of("p-1001")).minutes(10).seed(7).build());
 * }</pre>
 */
public final class OfflineScriptGenerator implements ScriptGenerator {
    /** Identifies this generator's output in {@link LiveScript#generator()}. */
    public static final String NAME = "offline-templates/1";

    private final ComplianceGate gate;

    private OfflineScriptGenerator(ComplianceGate gate) {
        this.gate = gate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The compliance gate this generator uses. */
    public ComplianceGate gate() {
        return gate;
    }

    @Override
    public LiveScript generate(ScriptRequest request) {
        String lang = request.language();
        GateSession session = new GateSession(gate);
        List<FactSheet> sheets = new ArrayList<>();
        List<GroundingChecker> grounding = new ArrayList<>();
        for (ScriptItem item : request.items()) {
            ComplianceGate.Screening s = gate.screen(FactSheet.of(item));
            session.record(s.excluded());
            sheets.add(s.facts());
            grounding.add(GroundingChecker.of(s.facts()));
        }
        ComplianceGate.HostScreening host = request.host().map(gate::screenHost)
                .orElse(new ComplianceGate.HostScreening(Optional.empty(), List.of(), List.of()));
        session.record(host.excluded());
        List<SessionPlanner.Slot> slots = SessionPlanner.plan(request.length(), sheets.size());
        List<ScriptBlock> blocks = new ArrayList<>();
        int n = sheets.size();
        for (int b = 0; b <= n + 1; b++) {
            final int index = b;
            List<SessionPlanner.Slot> mine = slots.stream().filter(s -> s.block() == index).toList();
            List<Segment> segments = new ArrayList<>();
            if (b == 0 || b == n + 1) {
                Map<SegmentType, List<ScriptLine>> lines = b == 0
                        ? warmUp(request, host, sheets, new java.util.Random(request.seed()))
                        : closing(request, sheets, new java.util.Random(request.seed() * 31 + 7));
                for (SessionPlanner.Slot slot : mine) {
                    List<ScriptLine> kept = new ArrayList<>();
                    for (ScriptLine l : lines.getOrDefault(slot.type(), List.of())) {
                        session.passGeneral(l, sheets, grounding, slot.type()).ifPresent(kept::add);
                    }
                    if (kept.isEmpty()) {
                        ScriptLine fb = fallback(request, slot.type());
                        session.recordFallback(Optional.empty(), slot.type(), fb.text(), "every line of the segment was dropped");
                        session.passGeneral(fb, sheets, grounding, slot.type()).ifPresent(kept::add);
                    }
                    segments.add(new Segment(slot.type(), slot.duration(), slot.cues(), kept));
                }
                blocks.add(new ScriptBlock(b == 0 ? SegmentType.Block.WARM_UP : SegmentType.Block.CLOSING, Optional.empty(),
                        b == 0 ? (lang.equals("zh") ? "开场" : "Warm-up") : (lang.equals("zh") ? "收尾" : "Closing"), segments));
            } else {
                FactSheet facts = sheets.get(b - 1);
                long blockSeconds = mine.stream().mapToLong(s -> s.duration().toSeconds()).sum();
                java.util.Random random = new java.util.Random(request.seed() * 1_000_003L + facts.product().id().value().hashCode());
                Map<SegmentType, List<ScriptLine>> lines = new ProductLines(facts, request, random, blockSeconds, b == n).build();
                for (SessionPlanner.Slot slot : mine) {
                    List<ScriptLine> kept = new ArrayList<>();
                    for (ScriptLine l : lines.getOrDefault(slot.type(), List.of())) {
                        session.pass(l, facts, grounding.get(b - 1), slot.type(), null).ifPresent(kept::add);
                    }
                    if (kept.isEmpty()) {
                        // every line of the part was dropped: say something fact-free rather than leave a gap
                        ScriptLine fb = fallback(request, slot.type());
                        session.recordFallback(Optional.of(facts.product().id()), slot.type(), fb.text(), "every line of the segment was dropped");
                        session.pass(fb, facts, grounding.get(b - 1), slot.type(), null).ifPresent(kept::add);
                    }
                    segments.add(new Segment(slot.type(), slot.duration(), slot.cues(), kept));
                }
                blocks.add(new ScriptBlock(SegmentType.Block.PRODUCT, Optional.of(facts.product().id()), facts.name(), segments));
            }
        }
        String title = !request.title().isEmpty() ? request.title() : (lang.equals("zh") ? "直播脚本" : "Live script");
        return new LiveScript(title, lang, request.style(), request.length(), blocks, session.audit(), NAME);
    }

    private Map<SegmentType, List<ScriptLine>> warmUp(ScriptRequest r, ComplianceGate.HostScreening screenedHost, List<FactSheet> sheets,
                                                      java.util.Random random) {
        PhraseBook book = PhraseBook.INSTANCE;
        String lang = r.language();
        Map<SegmentType, List<ScriptLine>> out = new EnumMap<>(SegmentType.class);
        String host = screenedHost.name().orElse(lang.equals("zh") ? "主播" : "your host");
        List<ScriptLine> greet = new ArrayList<>();
        greet.add(line(PhraseBook.fill(book.pick(lang, r.style(), "greeting", random), "host", host)));
        screenedHost.catchphrases().stream().findFirst()
                .ifPresent(c -> greet.add(line(PhraseBook.fill(book.pick(lang, r.style(), "catchphrase", random), "value", c))));
        out.put(SegmentType.GREETING, greet);
        out.put(SegmentType.LUCKY_BAG, List.of(line(book.pick(lang, r.style(), "luckybag", random))));
        List<FactRef> titles = sheets.stream().map(FactSheet::title).toList();
        String joined = String.join(lang.equals("zh") ? "、" : ", ", sheets.stream().map(FactSheet::name).toList());
        out.put(SegmentType.LINEUP_PREVIEW, List.of(new ScriptLine(
                PhraseBook.fill(book.pick(lang, r.style(), "lineup", random), "titles", joined), titles, LineSource.TEMPLATE)));
        return out;
    }

    private Map<SegmentType, List<ScriptLine>> closing(ScriptRequest r, List<FactSheet> sheets, java.util.Random random) {
        PhraseBook book = PhraseBook.INSTANCE;
        String lang = r.language();
        Map<SegmentType, List<ScriptLine>> out = new EnumMap<>(SegmentType.class);
        List<ScriptLine> recap = new ArrayList<>();
        for (FactSheet f : sheets) {
            recap.add(new ScriptLine(PhraseBook.fill(book.pick(lang, r.style(), "recap_item", random), "title", f.name(),
                    "price", PriceText.format(f.price(), lang)), List.of(f.title(), f.priceFact()), LineSource.TEMPLATE));
        }
        out.put(SegmentType.RECAP, recap);
        out.put(SegmentType.NEXT_STREAM, List.of(line(book.pick(lang, r.style(), "next", random))));
        return out;
    }

    /** A fact-free line for a part whose lines were all dropped by the gate (also used by the LLM path). */
    public static ScriptLine fallback(ScriptRequest r, SegmentType type) {
        return line(PhraseBook.INSTANCE.pick(r.language(), r.style(), "fallback_" + type.id(), new java.util.Random(r.seed())));
    }

    /**
     * The notice advertising law requires for a regulated class (广告法 第十六、十八条) in {@code zh} or {@code en};
     * empty for classes that need none. Used by the LLM path to add a notice the model left out.
     */
    public static Optional<String> legalNotice(dev.livesell.core.RegulatedClass rc, ScriptRequest r) {
        String slot = switch (rc) {
            case DRUG -> "notice_drug";
            case MEDICAL_DEVICE -> "notice_device";
            case HEALTH_FOOD -> "notice_health_food";
            default -> null;
        };
        return slot == null ? Optional.empty() : Optional.of(PhraseBook.INSTANCE.pick(r.language(), r.style(), slot, new java.util.Random(r.seed())));
    }

    private static ScriptLine line(String text) {
        return new ScriptLine(text, List.of(), LineSource.TEMPLATE);
    }

    /** Builder for {@link OfflineScriptGenerator}; not thread-safe. */
    public static final class Builder {
        private FalseAdDetector detector;

        private Builder() {
        }

        /** The detector of the compliance gate (default: {@code FalseAdDetector.builder().build()}). */
        public Builder detector(FalseAdDetector detector) {
            this.detector = detector;
            return this;
        }

        public OfflineScriptGenerator build() {
            return new OfflineScriptGenerator(new ComplianceGate(detector != null ? detector : FalseAdDetector.builder().build()));
        }
    }

    /** Lines of one product block. */
    static final class ProductLines {
        /** Attributes that say who the product is for (not what size of bed it fits). */
        private static final List<String> FIT_KEYS = List.of("人群", "肤质", "发质", "年龄", "月龄", "阶段", "适合", "suitable", "for whom");

        private static final List<String> DEMO_KEYS = List.of("颜色", "规格", "材质", "面料", "尺寸", "净含量", "容量", "重量", "外观",
                "color", "colour", "size", "material", "capacity", "weight");
        private static final List<String> QA_KEYS = List.of("尺码", "规格", "产地", "保质期", "材质", "面料", "成分", "使用方法", "用法",
                "净含量", "储存", "发货", "售后", "size", "origin", "material", "ingredients", "warranty", "shelf");

        private final FactSheet facts;
        private final String lang;
        private final ScriptRequest request;
        private final java.util.Random random;
        private final long seconds;
        private final boolean last;
        private final PhraseBook book = PhraseBook.INSTANCE;
        private final List<FactRef> unusedAttributes;

        ProductLines(FactSheet facts, ScriptRequest request, java.util.Random random, long seconds, boolean last) {
            this.facts = facts;
            this.request = request;
            this.lang = request.language();
            this.random = random;
            this.seconds = seconds;
            this.last = last;
            this.unusedAttributes = new ArrayList<>(facts.attributes());
            this.cautions = facts.cautions();
            unusedAttributes.removeAll(cautions);
            dev.livesell.core.RegulatedClass rc = facts.product().category().regulatedClass();
            this.regulated = rc == dev.livesell.core.RegulatedClass.DRUG || rc == dev.livesell.core.RegulatedClass.MEDICAL_DEVICE
                    || rc == dev.livesell.core.RegulatedClass.HEALTH_FOOD;
        }

        /** Cautions ({@code 不适宜人群}, {@code 禁忌}): said in the Q&A as a caution, never used to pitch. */
        private final List<FactRef> cautions;

        /** Drugs, medical devices and health food: no emotional pain points or testimonials, plus the legal notice. */
        private final boolean regulated;

        private final java.util.Set<String> used = new java.util.HashSet<>();

        private String pick(String slot) {
            String t = book.pick(lang, request.style(), slot, random, used);
            used.add(t);
            return t;
        }

        private Optional<FactRef> takeAttribute(List<String> preferred) {
            for (String k : preferred) {
                for (FactRef a : unusedAttributes) {
                    if (a.key().toLowerCase(java.util.Locale.ROOT).contains(k)) {
                        unusedAttributes.remove(a);
                        return Optional.of(a);
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<FactRef> takeAnyAttribute() {
            return unusedAttributes.isEmpty() ? Optional.empty() : Optional.of(unusedAttributes.remove(0));
        }

        private ScriptLine attrLine(String slot, FactRef a) {
            return new ScriptLine(PhraseBook.fill(pick(slot), "key", a.key(), "value", a.value()), List.of(a), LineSource.TEMPLATE);
        }

        Map<SegmentType, List<ScriptLine>> build() {
            Map<SegmentType, List<ScriptLine>> out = new EnumMap<>(SegmentType.class);
            FactRef title = facts.title();
            List<ScriptLine> hook = new ArrayList<>();
            hook.add(new ScriptLine(PhraseBook.fill(pick("hook"), "title", facts.name()), List.of(title), LineSource.TEMPLATE));
            facts.brand().filter(b -> !facts.name().contains(b.value())).ifPresent(b ->
                    hook.add(new ScriptLine(PhraseBook.fill(pick("brand"), "brand", b.value()), List.of(b), LineSource.TEMPLATE)));
            out.put(SegmentType.HOOK, hook);

            List<ScriptLine> pain = new ArrayList<>();
            if (regulated) {
                pain.add(new ScriptLine(pick("pain_regulated"), List.of(), LineSource.TEMPLATE));
            } else {
                pain.add(new ScriptLine(PhraseBook.fill(pick("pain"), "leaf", facts.category().value()), List.of(facts.category()),
                        LineSource.TEMPLATE));
            }
            if (!regulated) {
                takeAttribute(FIT_KEYS).filter(a -> !a.value().matches(".*(各类|所有|通用|不限|all ).*"))
                        .ifPresent(a -> pain.add(attrLine("pain_fit", a)));
            }
            out.put(SegmentType.PAIN_POINT, pain);

            int wanted = seconds < 60 ? 1 : seconds < 120 ? 2 : 3;
            List<ScriptLine> sps = new ArrayList<>();
            for (FactRef sp : facts.sellingPoints()) {
                if (sps.size() == wanted) {
                    break;
                }
                String text = sp.value().replaceAll("[。.!！]+$", "");
                sps.add(new ScriptLine(PhraseBook.fill(pick(sps.isEmpty() ? "sp" : "sp+sp_next"), "sp", text), List.of(sp),
                        LineSource.TEMPLATE));
            }
            while (sps.size() < Math.min(wanted, 2)) {
                Optional<FactRef> a = takeAnyAttribute();
                if (a.isEmpty()) {
                    break;
                }
                sps.add(attrLine("attr", a.get()));
            }
            List<FactRef> claims = facts.approvals().stream().filter(f -> f.kind() == FactKind.APPROVED_CLAIM).toList();
            Optional<FactRef> number = facts.approvals().stream().filter(f -> f.kind() == FactKind.APPROVAL_NUMBER).findFirst();
            number.ifPresent(a -> unusedAttributes.removeIf(attr -> attr.value().contains(a.value())));
            if (!claims.isEmpty()) {
                // the approved function or indication, said with its approval number
                List<FactRef> src = new ArrayList<>(claims);
                number.ifPresent(src::add);
                String joined = String.join(lang.equals("zh") ? "；" : "; ", claims.stream().map(c -> c.value().replaceAll("[。.]+$", "")).toList());
                String no = number.map(a -> lang.equals("zh") ? "（" + a.value() + "）" : " (" + a.value() + ")").orElse("");
                sps.add(new ScriptLine(PhraseBook.fill(pick("approved"), "claims", joined, "number", no), src, LineSource.TEMPLATE));
            } else {
                number.filter(a -> sps.stream().noneMatch(l -> l.text().contains(a.value()))).ifPresent(a ->
                        sps.add(new ScriptLine((lang.equals("zh") ? "注册证/批准文号：" : "Registration/approval number: ") + a.value()
                                + (lang.equals("zh") ? "。" : "."), List.of(a), LineSource.TEMPLATE)));
            }
            out.put(SegmentType.SELLING_POINT, sps);

            List<ScriptLine> demo = new ArrayList<>();
            demo.add(new ScriptLine(pick("demo"), List.of(), LineSource.TEMPLATE));
            takeAttribute(DEMO_KEYS).or(this::takeAnyAttribute).ifPresent(a -> demo.add(attrLine("demo_attr", a)));
            out.put(SegmentType.DEMO, demo);

            out.put(SegmentType.PRICE_OFFER, priceLines());

            out.put(SegmentType.INTERACTION, List.of(new ScriptLine(regulated ? pick("interact_regulated")
                    : PhraseBook.fill(pick("interact"), "leaf", facts.category().value()), List.of(), LineSource.TEMPLATE)));
            List<ScriptLine> push = new ArrayList<>();
            boolean soldOut = facts.stockLimit().filter(n -> n == 0).isPresent();
            push.add(new ScriptLine(pick(soldOut ? "push_sold_out" : "push"), List.of(), LineSource.TEMPLATE));
            legalNotice().ifPresent(n -> push.add(new ScriptLine(n, List.of(facts.category()), LineSource.TEMPLATE)));
            out.put(SegmentType.PUSH_TO_BUY, push);

            List<ScriptLine> qa = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Optional<FactRef> a = takeAttribute(QA_KEYS);
                if (a.isEmpty()) {
                    break;
                }
                qa.add(attrLine("qa", a.get()));
            }
            if (qa.size() < 2) {
                qa.add(new ScriptLine(PhraseBook.fill(pick("qa_price"), "price", PriceText.format(facts.price(), lang)),
                        List.of(facts.priceFact()), LineSource.TEMPLATE));
            }
            for (FactRef c : cautions) {
                qa.add(attrLine("caution", c));
            }
            qa.add(new ScriptLine(pick("qa_unknown"), List.of(), LineSource.TEMPLATE));
            out.put(SegmentType.QA, qa);

            out.put(SegmentType.TRANSITION, List.of(new ScriptLine(pick(last ? "transition_last" : "transition"), List.of(),
                    LineSource.TEMPLATE)));
            return out;
        }

        /**
         * The notice advertising law requires for the class (广告法 第十六、十八条): drugs and medical devices
         * point to the instructions, health food says it is no substitute for medicine.
         */
        private Optional<String> legalNotice() {
            return switch (facts.product().category().regulatedClass()) {
                case DRUG -> Optional.of(book.pick(lang, request.style(), "notice_drug", random));
                case MEDICAL_DEVICE -> Optional.of(book.pick(lang, request.style(), "notice_device", random));
                case HEALTH_FOOD -> Optional.of(book.pick(lang, request.style(), "notice_health_food", random));
                default -> Optional.empty();
            };
        }

        private List<ScriptLine> priceLines() {
            List<ScriptLine> out = new ArrayList<>();
            String price = PriceText.format(facts.price(), lang);
            Optional<dev.livesell.core.Money> ref = facts.referencePrice();
            if (ref.isPresent()) {
                out.add(new ScriptLine(PhraseBook.fill(pick("price_ref"), "ref", PriceText.format(ref.get(), lang), "price", price),
                        List.of(new FactRef(FactKind.REFERENCE_PRICE, ref.get().currencyCode(), PriceText.amount(ref.get())),
                                facts.priceFact()), LineSource.TEMPLATE));
            } else {
                out.add(new ScriptLine(PhraseBook.fill(pick("price_plain"), "price", price), List.of(facts.priceFact()),
                        LineSource.TEMPLATE));
            }
            int shown = 0;
            for (Coupon c : facts.coupons()) {
                if (shown++ == 2) {
                    break;
                }
                out.add(new ScriptLine(PhraseBook.fill(pick("coupon"), "label", c.label()),
                        List.of(new FactRef(FactKind.COUPON, c.label(), c.label())), LineSource.TEMPLATE));
            }
            facts.bestPrice().ifPresent(b -> out.add(new ScriptLine(PhraseBook.fill(pick("best"), "best", PriceText.format(b, lang)),
                    List.of(new FactRef(FactKind.BEST_PRICE, b.currencyCode(), PriceText.amount(b))), LineSource.TEMPLATE)));
            facts.stockLimit().ifPresent(s -> out.add(new ScriptLine(s == 0 ? pick("stock_out") : PhraseBook.fill(pick("stock"), "stock", Integer.toString(s)),
                    List.of(new FactRef(FactKind.STOCK_LIMIT, "", Integer.toString(s))), LineSource.TEMPLATE)));
            return out;
        }
    }
}
