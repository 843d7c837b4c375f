package dev.livesell.fraud;

/**
 * A source of a {@link FalseAdModel}, found with {@link java.util.ServiceLoader} (register the implementation
 * in {@code META-INF/services/dev.livesell.fraud.FalseAdModelProvider}). The {@code livesell check} command
 * uses the first provider found to enable the MODEL stage.
 *
 * <p>Example: {@code ServiceLoader.load(FalseAdModelProvider.class).findFirst().map(FalseAdModelProvider::load)}.
 * Implementations must be thread-safe.
 */
public interface FalseAdModelProvider {
    /** A short name for messages, e.g. {@code "bge-small-zh+logistic"}. */
    String name();

    /** Loads the provider's default (bundled) model; may take a while. */
    FalseAdModel load();
}
