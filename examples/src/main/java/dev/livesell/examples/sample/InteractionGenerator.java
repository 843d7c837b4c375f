package dev.livesell.examples.sample;

import dev.livesell.core.Comment;
import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LiveSession;
import dev.livesell.core.LivesellException;
import dev.livesell.core.Money;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.SessionId;
import dev.livesell.core.Viewer;
import dev.livesell.core.ViewerId;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.core.io.LivesellJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Simulates a year of shoppers on a catalog and writes the interaction log bundled as
 * {@code sample/interactions.jsonl}. The same settings and seed always give the same sample, on any JDK.
 *
 * <p>The simulation, day by day and viewer by viewer:
 * <ul>
 *   <li>each viewer belongs to a {@link ViewerSegment} (油皮学生党, 宝妈, 白领男, 健身, 数码爱好者, 银发,
 *       精致白领) and gets personal noise on its category tastes and activity; a product's appeal to a
 *       viewer is segment taste × tag multipliers × personal noise × product popularity × price fit
 *       (falls off above the segment's comfort price) × language fit (English listings mostly reach
 *       bilingual viewers);</li>
 *   <li>visits start at a local hour drawn from the segment's day profile; the number of visits per day
 *       follows the calendar ({@link ContextEffects#activityFactor}); within a visit the viewer sees a few
 *       products (impressions) chosen by appeal × hour × date effects ({@link ContextEffects}), plus
 *       15% exploration, and goes down the funnel impression → view → cart → purchase with probabilities
 *       that grow with appeal (favorite and share branch off views);</li>
 *   <li>a purchased consumable (one with {@link Product#replenishmentDays()}) is usually bought again
 *       about that many days later (log-normal jitter, σ = 0.15) through a view → cart → purchase
 *       "buy again" flow, sometimes switching to a sibling product; bought durables stop appealing;</li>
 *   <li>viewers attend the live sessions whose lineup appeals to them, and see each product while it
 *       is on stage; their events carry the session id, and authors of the sample comments attend and
 *       leave a {@code comment} event at their comment's instant.</li>
 * </ul>
 * Immutable and thread-safe; {@link #generate()} may be called from several threads.
 *
 * <pre>{@code
 * GeneratedSample s = InteractionGenerator.builder().seed(42).viewers(400).build().generate();
 * s.writeTo(Path.of("target/sample"));
 * }</pre>
 */
public final class InteractionGenerator {
    /** The seed of the bundled sample. */
    public static final long DEFAULT_SEED = 42;
    /** The number of viewers of the bundled sample. */
    public static final int DEFAULT_VIEWERS = 400;
    /** The first day of the bundled sample. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);
    /** The length in days of the bundled sample. */
    public static final int DEFAULT_DAYS = 365;

    private static final double USD_TO_CNY = 7.2;
    private static final String[] CITIES = {"上海", "北京", "杭州", "广州", "深圳", "成都", "武汉", "南京", "西安", "长沙",
            "郑州", "重庆", "苏州", "天津", "沈阳", "青岛", "厦门", "合肥"};
    private static final String[] NICK_HEADS = {"爱吃", "不吃", "今天也想", "认真", "快乐", "安静", "努力", "慢慢", "一只", "小小",
            "早睡", "追风", "晒太阳的", "喝茶的", "跑步的", "熬夜的", "会做饭的", "爱逛街的"};
    private static final String[] NICK_TAILS = {"小鹿", "橙子", "桃子", "柚子", "木木", "糖糖", "豆豆", "阿杰", "老王", "大熊",
            "喵喵", "团子", "星星", "小鱼", "果果", "阿姨", "大叔", "同学", "布丁", "Leo"};

    private final long seed;
    private final int viewerCount;
    private final LocalDate start;
    private final int days;
    private final ZoneId zone;
    private final InMemoryCatalog catalog;
    private final List<LiveSession> sessions;
    private final List<Comment> comments;
    private final List<ViewerSegment> segments;
    private final ContextEffects effects;

    private InteractionGenerator(Builder b) {
        this.seed = b.seed;
        this.viewerCount = b.viewers;
        this.start = b.start;
        this.days = b.days;
        this.zone = b.zone;
        this.catalog = b.catalog != null ? b.catalog : CatalogFile.readResource(InteractionGenerator.class, "/sample/catalog.jsonl");
        this.sessions = List.copyOf(b.sessions != null ? b.sessions : bundled("/sample/sessions.jsonl", LiveSession.class));
        this.comments = List.copyOf(b.comments != null ? b.comments : bundled("/sample/comments.jsonl", Comment.class));
        this.segments = List.copyOf(b.segments);
        this.effects = b.effects;
        if (catalog.size() == 0) {
            throw new InvalidValueException("catalog", "must have at least one product", 0);
        }
        for (LiveSession s : sessions) {
            for (ProductId p : s.lineup()) {
                if (catalog.find(p).isEmpty()) {
                    throw new InvalidValueException("sessions." + s.id() + ".lineup", "names no product of the catalog", p);
                }
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the simulation. */
    public GeneratedSample generate() {
        List<Product> products = catalog.products();
        SimulationRandom root = new SimulationRandom(seed);
        SimulationRandom productRandom = root.split();
        double[] popularity = new double[products.size()];
        for (int j = 0; j < popularity.length; j++) {
            popularity[j] = productRandom.logNormal(0.5);
        }
        Map<ViewerId, List<Comment>> commentsByViewer = new TreeMap<>();
        for (Comment c : comments) {
            commentsByViewer.computeIfAbsent(c.viewer(), k -> new ArrayList<>()).add(c);
        }
        Calendar calendar = new Calendar(products);
        List<Viewer> viewers = new ArrayList<>();
        List<Interaction> events = new ArrayList<>();
        for (int i = 1; i <= viewerCount; i++) {
            ViewerId id = ViewerId.of(String.format("v-%04d", i));
            SimulatedViewer v = new SimulatedViewer(id, root.split(), products, popularity, calendar,
                    commentsByViewer.getOrDefault(id, List.of()), events);
            viewers.add(v.viewer);
            v.live();
        }
        events.sort(Comparator.comparing(Interaction::at)
                .thenComparing(e -> e.viewer().value())
                .thenComparing(e -> e.product().value())
                .thenComparing(Interaction::type)
                .thenComparing(e -> e.session().map(SessionId::value).orElse("")));
        return new GeneratedSample(viewers, events);
    }

    /** The context effects tabulated once per run: per day and product, per hour and product, per day. */
    private final class Calendar {
        final double[][] date;
        final double[][] hour;
        final double[] activity;
        final List<List<LiveSession>> sessionsByDay;

        Calendar(List<Product> products) {
            date = new double[days][products.size()];
            activity = new double[days];
            sessionsByDay = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                LocalDate day = start.plusDays(d);
                activity[d] = effects.activityFactor(day);
                for (int j = 0; j < products.size(); j++) {
                    date[d][j] = effects.dateFactor(products.get(j), day);
                }
                List<LiveSession> today = new ArrayList<>();
                for (LiveSession s : sessions) {
                    if (s.start().atZone(zone).toLocalDate().equals(day)) {
                        today.add(s);
                    }
                }
                sessionsByDay.add(today);
            }
            hour = new double[24][products.size()];
            for (int h = 0; h < 24; h++) {
                for (int j = 0; j < products.size(); j++) {
                    hour[h][j] = effects.hourFactor(products.get(j), h);
                }
            }
        }
    }

    /** One simulated shopper: its segment, tastes, state and event stream. */
    private final class SimulatedViewer {
        private final ViewerId id;
        private final SimulationRandom random;
        private final List<Product> products;
        private final Calendar calendar;
        private final List<Comment> myComments;
        private final List<Interaction> out;
        private final ViewerSegment segment;
        private final Viewer viewer;
        private final double activity;
        private final double[] appeal;
        private final int[] lastPurchaseDay;
        private final boolean[] owned;
        private final TreeMap<Integer, List<Integer>> due = new TreeMap<>();

        SimulatedViewer(ViewerId id, SimulationRandom random, List<Product> products, double[] popularity,
                        Calendar calendar, List<Comment> myComments, List<Interaction> out) {
            this.id = id;
            this.random = random;
            this.products = products;
            this.calendar = calendar;
            this.myComments = myComments;
            this.out = out;
            double[] shares = segments.stream().mapToDouble(ViewerSegment::share).toArray();
            this.segment = segments.get(random.pick(shares));
            Map<String, String> traits = new LinkedHashMap<>();
            traits.put("segment", segment.name());
            segment.traits().forEach((name, dist) -> traits.put(name, draw(dist)));
            traits.put("城市", CITIES[random.below(CITIES.length)]);
            String nickname = NICK_HEADS[random.below(NICK_HEADS.length)] + NICK_TAILS[random.below(NICK_TAILS.length)];
            this.viewer = new Viewer(id, Optional.of(nickname), traits);
            this.activity = segment.visitsPerWeek() / 7.0 * random.logNormal(0.5);
            boolean bilingual = traits.getOrDefault("语言", "中文").contains("English");
            Map<String, Double> topNoise = new TreeMap<>();
            this.appeal = new double[products.size()];
            for (int j = 0; j < appeal.length; j++) {
                Product p = products.get(j);
                double top = topNoise.computeIfAbsent(p.category().top(), k -> random.logNormal(0.35));
                double language = p.language().startsWith("en") ? (bilingual ? 1.2 : 0.12) : 1.0;
                appeal[j] = segment.affinity(p) * top * random.logNormal(0.3) * popularity[j] * priceFit(p) * language;
            }
            this.lastPurchaseDay = new int[appeal.length];
            java.util.Arrays.fill(lastPurchaseDay, Integer.MIN_VALUE / 2);
            this.owned = new boolean[appeal.length];
        }

        private String draw(Map<String, Double> dist) {
            List<String> values = new ArrayList<>(dist.keySet());
            double[] w = values.stream().mapToDouble(dist::get).toArray();
            return values.get(random.pick(w));
        }

        private double priceFit(Product p) {
            Money price = catalog.offer(p.id()).map(o -> o.price()).orElse(p.listPrice());
            double cny = price.amount().doubleValue() * (price.currencyCode().equals("CNY") ? 1.0 : USD_TO_CNY);
            double over = Math.log(cny / segment.comfortPrice());
            return Math.exp(-segment.priceSensitivity() * Math.max(0, over));
        }

        void live() {
            double[] hourWeights = segment.hourActivity().stream().mapToDouble(Double::doubleValue).toArray();
            for (int d = 0; d < days; d++) {
                LocalDate date = start.plusDays(d);
                for (LiveSession s : calendar.sessionsByDay.get(d)) {
                    attend(s, d);
                }
                List<Integer> dueToday = due.remove(d);
                if (dueToday != null) {
                    for (int j : dueToday) {
                        buyAgain(j, d, date, random.pick(hourWeights));
                    }
                }
                int visits = random.poisson(activity * calendar.activity[d]);
                for (int k = 0; k < visits; k++) {
                    visit(d, date, random.pick(hourWeights));
                }
            }
        }

        /** Appeal of product j on day d before context: 0.05 when owned, 0.1 when recently bought. */
        private double ownership(int j, int d) {
            if (owned[j]) {
                return 0.05;
            }
            Optional<Integer> r = products.get(j).replenishmentDays();
            if (r.isPresent() && d - lastPurchaseDay[j] < 0.6 * r.get()) {
                return 0.1;
            }
            return 1.0;
        }

        private void visit(int d, LocalDate date, int hour) {
            Instant t = at(date, hour, random.below(3600));
            double[] context = new double[appeal.length];
            for (int j = 0; j < appeal.length; j++) {
                context[j] = appeal[j] * calendar.hour[hour][j] * calendar.date[d][j] * ownership(j, d);
            }
            double[] weights = context.clone();
            int impressions = 1 + random.poisson(2.0);
            for (int k = 0; k < impressions; k++) {
                int j = random.chance(0.15) ? random.below(appeal.length) : random.pick(weights);
                if (j < 0 || weights[j] == 0) {
                    continue;
                }
                weights[j] = 0;
                funnel(j, d, t, context[j], Optional.empty(), 0.12, 0.11, 0.06, 0.07, 0.5);
                t = t.plusSeconds(10 + random.below(110));
            }
        }

        /** Impression → view → cart → purchase for product j with context score c. */
        private Instant funnel(int j, int d, Instant t, double c, Optional<SessionId> session,
                               double viewBase, double viewSlope, double cartBase, double cartSlope, double purchase) {
            double lc = Math.log1p(c);
            emit(j, InteractionType.IMPRESSION, t, session);
            if (session.isPresent() && random.chance(0.3)) {
                emit(j, InteractionType.LIKE, t.plusSeconds(1 + random.below(60)), session);
            }
            if (!random.chance(clamp(viewBase + viewSlope * lc, 0.03, 0.75))) {
                return t;
            }
            t = t.plusSeconds(5 + random.below(85));
            emit(j, InteractionType.VIEW, t, session);
            if (random.chance(0.06)) {
                emit(j, InteractionType.FAVORITE, t.plusSeconds(3 + random.below(30)), session);
            }
            if (random.chance(0.015)) {
                emit(j, InteractionType.SHARE, t.plusSeconds(3 + random.below(60)), session);
            }
            if (!random.chance(clamp(cartBase + cartSlope * lc, 0.02, 0.6))) {
                return t;
            }
            t = t.plusSeconds(20 + random.below(280));
            emit(j, InteractionType.CART, t, session);
            if (!random.chance(purchase)) {
                return t;
            }
            t = t.plusSeconds(30 + random.below(session.isPresent() ? 240 : 1200));
            emit(j, InteractionType.PURCHASE, t, session);
            purchased(j, d);
            return t;
        }

        private void purchased(int j, int d) {
            lastPurchaseDay[j] = d;
            Optional<Integer> r = products.get(j).replenishmentDays();
            if (r.isEmpty()) {
                owned[j] = true;
                return;
            }
            if (random.chance(clamp(0.6 + 0.1 * Math.log1p(appeal[j]), 0.4, 0.9))) {
                int next = d + Math.max(1, (int) Math.round(r.get() * random.logNormal(0.15)));
                if (next < days) {
                    due.computeIfAbsent(next, k -> new ArrayList<>()).add(j);
                }
            }
        }

        /** The "buy again" flow of a due consumable; sometimes a sibling product replaces it. */
        private void buyAgain(int j, int d, LocalDate date, int hour) {
            if (lastPurchaseDay[j] == d) {
                return;
            }
            if (random.chance(0.1)) {
                j = sibling(j);
            }
            Instant t = at(date, hour, random.below(3600));
            emit(j, InteractionType.VIEW, t, Optional.empty());
            if (!random.chance(0.9)) {
                return;
            }
            t = t.plusSeconds(10 + random.below(120));
            emit(j, InteractionType.CART, t, Optional.empty());
            if (!random.chance(0.92)) {
                return;
            }
            emit(j, InteractionType.PURCHASE, t.plusSeconds(20 + random.below(600)), Optional.empty());
            purchased(j, d);
        }

        private int sibling(int j) {
            List<String> path = products.get(j).category().path();
            List<String> parent = path.subList(0, Math.max(1, path.size() - 1));
            List<Integer> options = new ArrayList<>();
            for (int k = 0; k < products.size(); k++) {
                Product p = products.get(k);
                if (k != j && p.replenishmentDays().isPresent() && p.category().isWithin(parent)
                        && p.language().equals(products.get(j).language())) {
                    options.add(k);
                }
            }
            return options.isEmpty() ? j : options.get(random.below(options.size()));
        }

        private void attend(LiveSession s, int d) {
            List<Integer> lineup = new ArrayList<>();
            double mean = 0;
            for (ProductId p : s.lineup()) {
                int j = products.indexOf(catalog.find(p).orElseThrow());
                lineup.add(j);
                mean += appeal[j];
            }
            mean /= lineup.size();
            List<Comment> here = myComments.stream().filter(c -> c.session().equals(Optional.of(s.id()))).toList();
            double p = clamp(0.05 + 0.08 * mean, 0.03, 0.8) * clamp(activity / (segment.visitsPerWeek() / 7.0), 0.5, 2.0);
            if (here.isEmpty() && !random.chance(p)) {
                return;
            }
            long plannedSeconds = s.planned().getSeconds();
            Instant join = s.start().plusSeconds(-300 + random.below((int) (0.6 * plannedSeconds) + 300));
            Instant leave = join.plusSeconds(480 + (long) (-Math.log(1 - random.uniform()) * 2700));
            for (Comment c : here) {
                if (c.at().isBefore(join)) {
                    join = c.at().minusSeconds(60 + random.below(600));
                }
                if (!c.at().isBefore(leave)) {
                    leave = c.at().plusSeconds(60 + random.below(900));
                }
            }
            Duration slot = s.planned().dividedBy(lineup.size());
            for (int k = 0; k < lineup.size(); k++) {
                Instant slotStart = s.start().plus(slot.multipliedBy(k));
                Instant slotEnd = slotStart.plus(slot);
                if (!slotEnd.isAfter(join) || !slotStart.isBefore(leave)) {
                    continue;
                }
                int j = lineup.get(k);
                Instant t = (slotStart.isAfter(join) ? slotStart : join).plusSeconds(random.below(120));
                double c = appeal[j] * calendar.date[d][j] * ownership(j, d);
                funnel(j, d, t, c, Optional.of(s.id()), 0.20, 0.10, 0.12, 0.09, 0.6);
            }
            for (Comment c : here) {
                ProductId about = c.about().orElseGet(() -> {
                    long k = Duration.between(s.start(), c.at()).dividedBy(slot);
                    return s.lineup().get((int) Math.max(0, Math.min(s.lineup().size() - 1, k)));
                });
                out.add(new Interaction(id, about, InteractionType.COMMENT, c.at(), Optional.of(s.id())));
            }
        }

        private void emit(int j, InteractionType type, Instant at, Optional<SessionId> session) {
            out.add(new Interaction(id, products.get(j).id(), type, at, session));
        }

        private Instant at(LocalDate date, int hour, int secondOfHour) {
            ZonedDateTime local = date.atStartOfDay(zone).plusHours(hour).plusSeconds(secondOfHour);
            return local.toInstant();
        }
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static <T> List<T> bundled(String resource, Class<T> type) {
        InputStream in = InteractionGenerator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LivesellException("sample resource missing: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return LivesellJson.readJsonLines(r, resource, type);
        } catch (IOException e) {
            throw new LivesellException("cannot read " + resource, e);
        }
    }

    /**
     * Builder for {@link InteractionGenerator}; defaults reproduce the bundled sample (seed 42, 400 viewers,
     * 365 days from 2026-01-01, Asia/Shanghai, the bundled catalog, sessions and comments). Not thread-safe.
     */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private int viewers = DEFAULT_VIEWERS;
        private LocalDate start = DEFAULT_START;
        private int days = DEFAULT_DAYS;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private InMemoryCatalog catalog;
        private List<LiveSession> sessions;
        private List<Comment> comments;
        private List<ViewerSegment> segments = ViewerSegment.defaults();
        private ContextEffects effects = ContextEffects.standard();

        private Builder() {
        }

        public Builder seed(long seed) { this.seed = seed; return this; }

        public Builder viewers(int count) {
            if (count < 1) {
                throw new InvalidValueException("viewers", "must be at least 1", count);
            }
            this.viewers = count;
            return this;
        }

        public Builder start(LocalDate first) {
            if (first == null) {
                throw new InvalidValueException("start", "is required", null);
            }
            this.start = first;
            return this;
        }

        public Builder days(int count) {
            if (count < 1) {
                throw new InvalidValueException("days", "must be at least 1", count);
            }
            this.days = count;
            return this;
        }

        /** The time zone whose local hours the day profiles and hour effects refer to. */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                throw new InvalidValueException("zone", "is required", null);
            }
            this.zone = zone;
            return this;
        }

        public Builder catalog(InMemoryCatalog catalog) { this.catalog = catalog; return this; }

        public Builder sessions(List<LiveSession> sessions) { this.sessions = sessions; return this; }

        /**
         * Comments whose authors attend their session and leave a comment event (default: the bundled ones).
         * Comments by viewer ids outside {@code v-0001 .. v-N} (N = {@link #viewers}) or in sessions not given
         * to {@link #sessions} have no simulated author and produce no event.
         */
        public Builder comments(List<Comment> comments) { this.comments = comments; return this; }

        public Builder segments(List<ViewerSegment> segments) {
            if (segments == null || segments.isEmpty()) {
                throw new InvalidValueException("segments", "must not be empty", segments);
            }
            this.segments = segments;
            return this;
        }

        public Builder effects(ContextEffects effects) {
            if (effects == null) {
                throw new InvalidValueException("effects", "is required", null);
            }
            this.effects = effects;
            return this;
        }

        public InteractionGenerator build() {
            return new InteractionGenerator(this);
        }
    }
}
