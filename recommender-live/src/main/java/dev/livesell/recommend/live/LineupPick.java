package dev.livesell.recommend.live;

import dev.livesell.core.Product;
import java.util.List;

/**
 * One lineup product as the live room ranker sees it now: expected conversions among the viewers
 * present, the evidence counts and the reasons in words. Immutable.
 *
 * @param product              the lineup product
 * @param expectedConversions  expected purchases among viewers present if it is featured next
 * @param present              viewers present
 * @param carted               present viewers who carted it in the last 7 days without buying since
 * @param viewed               present viewers who viewed it in the last 7 days
 * @param dueForRepurchase     present viewers for whom a repurchase is due
 * @param asked                present viewers who commented about it in this session
 * @param reasons              e.g. "312 viewers present", "41 carted it last week", "due for repurchase for 27"
 */
public record LineupPick(Product product, double expectedConversions, int present, int carted, int viewed,
                         int dueForRepurchase, int asked, List<String> reasons) {
    public LineupPick {
        reasons = List.copyOf(reasons);
    }
}
