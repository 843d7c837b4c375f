package dev.livesell.fraud.model;

import dev.livesell.fraud.FalseAdModel;
import dev.livesell.fraud.FalseAdModelProvider;

/**
 * Registers the shipped learned stage with {@link java.util.ServiceLoader} (see
 * {@code META-INF/services/dev.livesell.fraud.FalseAdModelProvider}), so having {@code livesell-fraud-model}
 * on the class path enables the MODEL stage of {@code livesell check}.
 *
 * <p>Thread-safe; {@link #load()} returns the one shared shipped model (loaded lazily, once).
 */
public final class BgeFalseAdModelProvider implements FalseAdModelProvider {
    @Override
    public String name() {
        return "bge-small-zh-v1.5+mlp-head";
    }

    @Override
    public FalseAdModel load() {
        return EmbeddingFalseAdModel.shipped();
    }
}
