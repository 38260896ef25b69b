package blockade.agents.firm;

import blockade.core.market.Location;
import blockade.core.market.Sku;

/**
 * A way a firm can buy a chip this month: SKU, channel (vendor or grey market), location, the price
 * it would pay, the firm's own software efficiency on that chip (training, and serving last), the
 * lifetime running cost, a value factor for risk (future bans, seizure, discouragement), a unit
 * limit and the quoted lead time.
 */
public record Offer(
    Sku sku,
    String channel,
    Location location,
    double unitPriceUsd,
    double efficiency,
    double lifetimeOpexUsd,
    double valueFactor,
    long maxUnits,
    int leadTimeMonths,
    double servingEfficiency)
    implements java.io.Serializable {

  /** An offer whose serving efficiency equals its training efficiency. */
  public Offer(
      Sku sku,
      String channel,
      Location location,
      double unitPriceUsd,
      double efficiency,
      double lifetimeOpexUsd,
      double valueFactor,
      long maxUnits,
      int leadTimeMonths) {
    this(
        sku,
        channel,
        location,
        unitPriceUsd,
        efficiency,
        lifetimeOpexUsd,
        valueFactor,
        maxUnits,
        leadTimeMonths,
        efficiency);
  }

  /** Effective H100e a unit delivers for a workload mix (share of training, 0..1). */
  public double valuePerUnit(double trainShare) {
    double t = location == Location.OFFSHORE ? 1 : trainShare;
    return (t * sku.trainPerf() * efficiency + (1 - t) * sku.inferPerf() * servingEfficiency)
        * valueFactor;
  }

  /** Effective H100e per million USD of lifetime cost. */
  public double valuePerMusd(double trainShare) {
    return valuePerUnit(trainShare) / ((unitPriceUsd + lifetimeOpexUsd) / 1e6);
  }

  public boolean domestic() {
    return !sku.isUs();
  }
}
