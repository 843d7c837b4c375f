package dev.livesell.recommend.query;

import java.util.List;

/**
 * The answer to a plain-language request: the constraints understood, the ranked products, and how
 * many products the hard constraints (price, exclusions, skin type) removed. Immutable.
 *
 * @param request     the request as asked
 * @param constraints the parsed constraints (see {@link QueryConstraints#source()} for the parser used)
 * @param hits        products, best first
 * @param filteredOut products removed by hard constraints
 */
public record QueryAnswer(String request, QueryConstraints constraints, List<QueryHit> hits, int filteredOut) {
    public QueryAnswer {
        hits = List.copyOf(hits);
    }
}
