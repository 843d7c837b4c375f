package dev.livesell.script;

/** Where a fact comes from in the product or offer data. JSON: upper-case names. */
public enum FactKind {
    /** The listing title. */
    TITLE,
    /** The brand name. */
    BRAND,
    /** The category path. */
    CATEGORY,
    /** One attribute (key = attribute name). */
    ATTRIBUTE,
    /** One verified selling point (key = its index). */
    SELLING_POINT,
    /** The registration or approval number. */
    APPROVAL_NUMBER,
    /** A claim the approval allows. */
    APPROVED_CLAIM,
    /** The live price. */
    PRICE,
    /** The verifiable everyday price. */
    REFERENCE_PRICE,
    /** A coupon (key = its label). */
    COUPON,
    /** The lowest price reachable with one coupon ({@code Offer.bestPrice()}). */
    BEST_PRICE,
    /** Units available at this price. */
    STOCK_LIMIT
}
