package dev.livesell.recommend;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.Protocol;
import dev.livesell.recommend.model.BlendModel;
import dev.livesell.recommend.model.EaseModel;
import dev.livesell.recommend.model.IalsModel;
import dev.livesell.recommend.model.ItemKnnModel;
import dev.livesell.recommend.model.LowPassModel;
import dev.livesell.recommend.model.MarkovModel;
import dev.livesell.recommend.model.PopularityModel;
import dev.livesell.recommend.model.Reranker;
import dev.livesell.recommend.model.SessionKnnModel;
import dev.livesell.recommend.model.TunedBlend;
import java.util.List;
import java.util.Map;

/**
 * Entry point: the bundled algorithms by name, and the recommended default per evaluation protocol
 * (what a user gets without choosing). Thread-safe (stateless).
 *
 * <p>Example: {@code Recommender r = Recommenders.defaultFor(Protocol.LEAVE_ONE_OUT, train).fit(train);}
 */
public final class Recommenders {
    /** Above this many items the defaults avoid dense (items²) models. */
    public static final int DENSE_ITEM_LIMIT = 30_000;
    /**
     * Above this many items the defaults use the neighbourhood-restricted EASE instead of the dense
     * inverse: EJML's dense inverse of a 12,000-item catalogue took over 10 minutes on the 2-core
     * development machine, the sparse model with 200 neighbours well under one.
     */
    public static final int DEFAULT_DENSE_EASE_ITEMS = 8_000;

    /**
     * Items × factors the defaults' low-pass filter may cost per scored viewer (2 million multiply-adds:
     * 20 eigenvectors over 100,000 items, top-10 p50 0.26-0.46 ms / p99 0.42-0.61 ms in two runs on the 2-core
     * development machine, {@code TopKRecommendBenchmark}): large catalogues get fewer eigenvectors (at most 128,
     * at least 16). The budget was set when the scan was four times slower; it was left as it is, because raising
     * it would change the defaults at large catalogues, and no validation evidence backs that.
     */
    public static final int LOW_PASS_SCORE_BUDGET = 2_000_000;

    /**
     * Dense-EASE catalogues up to this size get λ searched (each searched value is one more dense fit: about
     * 10 s at ML-1M's 3,628 items, 25 s at 5,000 on the 2-core development machine); larger dense ones
     * keep λ 500 so the default stays near two minutes. Sparse EASE (past {@link #DEFAULT_DENSE_EASE_ITEMS})
     * fits in seconds and is always searched.
     */
    public static final int SEARCHED_DENSE_EASE_ITEMS = 5_000;

    /**
     * The L2 strengths the defaults try for EASE, stepping from its 500 to a neighbour only on a significant
     * validation gain ({@link TunedBlend.Search}): the best λ moves with the data's density (on Amazon
     * Beauty's 8:1:1 validation part EASE with λ 50 beats λ 500 by 8% NDCG@10; on ML-1M's, 500 is best).
     */
    private static final String[] EASE_LAMBDAS = {"20", "50", "150", "500", "1500"};

    /**
     * The weight the {@code ratio} default's tuning starts the low-pass part at (EASE at 1), kept unless a move
     * gains significantly. Starting from EASE alone, the significance gate kept the low-pass filter out on smaller
     * validation splits although it helped there. Chosen on validation parts only (the protocol's, seed 42): with
     * EASE + 0.3 × low-pass fixed, ML-100K (all ratings) 0.2608 → 0.2646 NDCG@10, ML-100K (ratings ≥ 3) 0.2535 →
     * 0.2593, ML-1M 0.2382 → 0.2398, against what the tuning from EASE alone chose; Amazon Beauty 0.0771 → 0.0765.
     */
    static final double RATIO_LOW_PASS_START = 0.3;

    private Recommenders() {
    }

    public static PopularityModel.Trainer popularity() {
        return PopularityModel.trainer();
    }

    public static ItemKnnModel.Trainer itemKnn() {
        return ItemKnnModel.trainer();
    }

    public static EaseModel.Trainer ease() {
        return EaseModel.trainer();
    }

    public static MarkovModel.Trainer markov() {
        return MarkovModel.trainer();
    }

    public static SessionKnnModel.Trainer sessionKnn() {
        return SessionKnnModel.trainer();
    }

    public static IalsModel.Trainer ials() {
        return IalsModel.trainer();
    }

    /** The graph low-pass filter (GF-CF's ideal low-pass part): part of the {@code ratio} default. */
    public static LowPassModel.Trainer lowPass() {
        return LowPassModel.trainer();
    }

    /**
     * User-based k-nearest neighbours: {@link SessionKnnModel} with order and recency switched off
     * (neighbours by item overlap over {@code sqrt(|neighbour|)}, 50 neighbours), the collaborative view
     * EASE's item-item weights miss; part of the {@code ratio} default.
     */
    public static SessionKnnModel.Trainer userKnn() {
        return sessionKnn().neighbours(50).sample(100_000).posDecay(1e9).neighbourDecay(1e9);
    }

    /** Names accepted by {@link #byName}. */
    public static List<String> names() {
        return List.of("pop", "itemknn", "ease", "ials", "lowpass", "markov", "sknn", "blend");
    }

    /** An algorithm by its {@code --algo} name with {@code --param} overrides applied. */
    public static Algorithm byName(String name, Map<String, String> params) {
        Algorithm a = switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pop", "popularity" -> popularity();
            case "itemknn", "item-knn" -> itemKnn();
            case "ease" -> ease();
            case "markov" -> markov();
            case "sknn", "session-knn" -> sessionKnn();
            case "ials", "als" -> ials();
            case "lowpass", "low-pass", "gfcf" -> lowPass();
            case "blend" -> BlendModel.trainer(List.of(itemKnn(), markov()), 1.0, 1.0);
            default -> throw new InvalidValueException("algo", "must be one of " + String.join(", ", names()), name);
        };
        for (Map.Entry<String, String> e : params.entrySet()) {
            a = a.withParam(e.getKey(), e.getValue());
        }
        return a;
    }

    /** Eigenvectors of the defaults' low-pass filter for a catalogue: 128 within {@link #LOW_PASS_SCORE_BUDGET}. */
    public static int lowPassFactors(int items) {
        return Math.max(16, Math.min(128, LOW_PASS_SCORE_BUDGET / Math.max(1, items)));
    }

    /**
     * The recommended default for a protocol and data set, named {@code default-<protocol>}: a
     * {@link TunedBlend} whose weights are tuned, at fit time, on a validation part held out of the
     * training data it is given (never on test data), so unseen data sets get their own weights.
     * <ul>
     *   <li>{@code loo}, {@code time}: EASE (whole history) + EASE scoring recent events more (decay 0.5) +
     *       item transitions (Markov over the last 5 items); validation = each user's last event.</li>
     *   <li>{@code ratio}, {@code ratio-user}: EASE + the graph low-pass filter ({@link LowPassModel}; 128
     *       eigenvectors, fewer past 15,625 items, see {@link #LOW_PASS_SCORE_BUDGET}) + user-kNN + Markov;
     *       validation = a random ninth of the pairs; the tuning starts from EASE + 0.3 × low-pass
     *       ({@link #RATIO_LOW_PASS_START}).</li>
     *   <li>{@code session}: session-kNN + item-kNN over recent items + Markov; validation = each session's
     *       last item, repeats allowed; its top 100 re-ordered by a learned {@link Reranker} (kept only when
     *       it gains significantly on the newest tenth of the sessions, held out).</li>
     * </ul>
     * In the {@code loo}, {@code time} and {@code ratio} defaults EASE's λ is searched first on the same validation
     * part (20, 50, 150, 500, 1500, from 500, moving only on a significant gain; see
     * {@link #SEARCHED_DENSE_EASE_ITEMS}).
     * EASE is the dense inverse up to {@link #DEFAULT_DENSE_EASE_ITEMS} items and the
     * neighbourhood-restricted {@link dev.livesell.recommend.model.SparseEaseModel} above.
     */
    public static Algorithm defaultFor(Protocol protocol, InteractionMatrix data) {
        int n = data.numItems();
        EaseModel.Trainer ease = n > DEFAULT_DENSE_EASE_ITEMS ? ease().neighbours(EaseModel.Trainer.AUTO_NEIGHBOURS) : ease();
        boolean searchLambda = n <= SEARCHED_DENSE_EASE_ITEMS || n > DEFAULT_DENSE_EASE_ITEMS;
        return switch (protocol) {
            case LEAVE_ONE_OUT, TIME -> searchingLambda(TunedBlend.builder("default-" + protocol.cliName(), TunedBlend.Holdout.LAST)
                    .base(ease).base(markov())
                    .part(0, 1).part(0, 0.5).part(1, 1), searchLambda).build();
            case RATIO, RATIO_BY_USER -> searchingLambda(TunedBlend.builder("default-" + protocol.cliName(), TunedBlend.Holdout.RANDOM)
                    .base(ease).base(lowPass().factors(lowPassFactors(n))).base(userKnn()).base(markov())
                    .part(0, 1).part(1, 1, RATIO_LOW_PASS_START).part(2, 1).part(3, 1), searchLambda).build();
            case SESSION -> Reranker.builder("default-session",
                    TunedBlend.builder("default-session", TunedBlend.Holdout.LAST).excludeSeen(false)
                            .base(sessionKnn().idfPower(1).posDecay(2)).base(itemKnn().neighbours(200)).base(markov())
                            .part(0, 1).part(1, 0.3).part(2, 1).build()).build();
        };
    }

    private static TunedBlend.Builder searchingLambda(TunedBlend.Builder b, boolean search) {
        return search ? b.search(0, "lambda", EASE_LAMBDAS) : b;
    }
}
