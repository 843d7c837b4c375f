package dev.livesell.recommend;

import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.eval.Protocol;
import dev.livesell.recommend.model.BlendModel;
import dev.livesell.recommend.model.EaseModel;
import dev.livesell.recommend.model.IalsModel;
import dev.livesell.recommend.model.ItemKnnModel;
import dev.livesell.recommend.model.MarkovModel;
import dev.livesell.recommend.model.PopularityModel;
import dev.livesell.recommend.model.SessionKnnModel;
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

    /** Names accepted by {@link #byName}. */
    public static List<String> names() {
        return List.of("pop", "itemknn", "ease", "ials", "markov", "sknn", "blend");
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
            case "blend" -> BlendModel.trainer(List.of(itemKnn(), markov()), 1.0, 1.0);
            default -> throw new InvalidValueException("algo", "must be one of " + String.join(", ", names()), name);
        };
        for (Map.Entry<String, String> e : params.entrySet()) {
            a = a.withParam(e.getKey(), e.getValue());
        }
        return a;
    }

    /**
     * The recommended default for a protocol and data set (tuned on validation parts of the development
     * data; see API.md). Named {@code default-<protocol>}.
     */
    public static Algorithm defaultFor(Protocol protocol, InteractionMatrix data) {
        return switch (protocol) {
            case LEAVE_ONE_OUT, TIME -> BlendModel.trainer(List.of(itemKnn(), markov()), 1.0, 1.0).named("default-" + protocol.cliName());
            case RATIO -> BlendModel.trainer(List.of(itemKnn()), 1.0).named("default-ratio");
            case SESSION -> BlendModel.trainer(List.of(sessionKnn().idfPower(1).posDecay(2),
                    itemKnn().decay(0.3).neighbours(200)), 1.0, 0.1).named("default-session");
        };
    }
}
