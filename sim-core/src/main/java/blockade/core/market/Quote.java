package blockade.core.market;

/**
 * What a channel will sell a buyer this month: a SKU at a location and price, the lead time, the
 * chance an order arrives (grey-market seizures), and an upper limit on units (0 = no limit).
 */
public record Quote(
    String channel, Sku sku, Location location, double unitPriceUsd, int leadTimeMonths, double deliveryProbability, long maxUnits) {}
