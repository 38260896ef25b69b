package blockade.core.market;

/**
 * One order in the compute exchange's monthly call auction (DESIGN §2.5). Immutable, so the auction
 * can be replayed from the orders alone.
 *
 * @param agentId id of the agent that posted it
 * @param side bid (buy) or ask (sell)
 * @param quantity H100e-months wanted or offered, ≥ 0
 * @param limitPriceUsd for a bid the highest market price the buyer accepts (already grossed up for
 *     its voucher by the agent layer); for an ask the lowest price the seller accepts (its reserve:
 *     energy plus depreciation); USD per H100e-month
 * @param offshore the capacity is in an offshore site; such asks trade only where the export regime
 *     allows (ignored on bids)
 * @param voucherShare share in [0, 1] of the price a voucher pays for this buyer (ignored on asks)
 */
public record ExchangeOrder(
    String agentId,
    Side side,
    double quantity,
    double limitPriceUsd,
    boolean offshore,
    double voucherShare)
    implements java.io.Serializable {

  /** A bid without a voucher. */
  public static ExchangeOrder bid(String agentId, double quantity, double limitPriceUsd) {
    return new ExchangeOrder(agentId, Side.BID, quantity, limitPriceUsd, false, 0);
  }

  /** An onshore ask. */
  public static ExchangeOrder ask(String agentId, double quantity, double limitPriceUsd) {
    return new ExchangeOrder(agentId, Side.ASK, quantity, limitPriceUsd, false, 0);
  }
}
