package dev.livesell.recommend.query;

/**
 * Turns a plain-language request into {@link QueryConstraints}. Implementations: {@link RuleQueryParser}
 * (offline, the default) and {@link ChatModelQueryParser} (a langchain4j {@code ChatModel} with
 * structured JSON output). Implementations must be thread-safe.
 *
 * <p>Example: {@code QueryConstraints c = RuleQueryParser.forCatalog(catalog).parse("running shoes under $80");}
 */
@FunctionalInterface
public interface QueryParser {
    /** Parses a request; fails with {@link dev.livesell.core.InvalidValueException} on blank input. */
    QueryConstraints parse(String request);
}
