package dev.livesell.recommend.query;

import dev.livesell.core.Money;
import dev.livesell.core.Product;
import java.util.List;

/**
 * One product found for a request: the product, the price the buyer pays (the offer's best price
 * after one coupon, or the list price), the score and the reasons it was chosen. Immutable.
 *
 * @param product the product
 * @param price   the price compared with the request's price range
 * @param score   ranking score (higher is better; comparable within one answer only)
 * @param reasons why it matched, e.g. "category 防晒", "suits 油性 skin", "price 89 CNY within ≤ 200 CNY"
 */
public record QueryHit(Product product, Money price, double score, List<String> reasons) {
    public QueryHit {
        reasons = List.copyOf(reasons);
    }
}
