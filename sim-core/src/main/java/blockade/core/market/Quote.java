package blockade.core.market;

/**
 * What a channel will sell a buyer this month: a SKU at a location and price, the lead time, the
 * chance an order arrives (grey-market seizures), an upper limit on units (0 = no limit), and
 * whether the chips are smuggled (buyers may weigh the legal risk).
 */
public record Quote(
    String channel,
    Sku sku,
    Location location,
    double unitPriceUsd,
    int leadTimeMonths,
    double deliveryProbability,
    long maxUnits,
    boolean smuggled)
    implements java.io.Serializable {}
