package blockade.core.market;

import java.util.List;

/**
 * Outcome of one compute-exchange call auction: the uniform price, the volumes the metrics and
 * invariants need, and what each order traded and paid.
 *
 * @param clearingPriceUsd uniform price in USD per H100e-month; NaN when nothing traded
 * @param volume H100e-months traded
 * @param offeredVolume total ask quantity that took part (offshore asks excluded by the regime are
 *     not counted here)
 * @param bidVolume total bid quantity
 * @param unmetBidVolume bid quantity not filled (bids priced below the clearing price and the
 *     rationed part of marginal bids)
 * @param excludedOffshoreVolume ask quantity dropped because offshore capacity may not trade
 * @param fills one entry per order that traded a positive quantity, in the orders' input order
 */
public record AuctionResult(
    double clearingPriceUsd,
    double volume,
    double offeredVolume,
    double bidVolume,
    double unmetBidVolume,
    double excludedOffshoreVolume,
    List<Fill> fills)
    implements java.io.Serializable {

  public AuctionResult {
    fills = List.copyOf(fills);
  }

  /** Whether anything traded. */
  public boolean traded() {
    return volume > 0;
  }

  /**
   * What one order traded. Buyer: {@code payUsd + voucherUsd = grossUsd}, {@code feeUsd = 0};
   * seller: {@code payUsd} is what it receives, {@code payUsd + feeUsd = grossUsd}, {@code
   * voucherUsd = 0}.
   *
   * @param quantity H100e-months filled
   * @param grossUsd quantity × clearing price
   * @param payUsd buyer: cash it pays, gross × (1 − voucherShare); seller: cash it receives, gross
   *     × (1 − fee)
   * @param voucherUsd buyer: part paid by its voucher, gross × voucherShare
   * @param feeUsd seller: exchange fee, gross × fee
   */
  public record Fill(
      String agentId,
      Side side,
      double quantity,
      double grossUsd,
      double payUsd,
      double voucherUsd,
      double feeUsd)
      implements java.io.Serializable {}
}
