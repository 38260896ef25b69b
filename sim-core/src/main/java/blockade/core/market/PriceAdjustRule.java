package blockade.core.market;

/**
 * Moves a supplier's list price with excess demand by a bounded step per tick (DESIGN §2.1), so
 * prices respond to scarcity without jumping: step = clamp(sensitivity × (demanded − supplied) /
 * max(supplied, 1), ±maxStepShare), next = max(floor, price × (1 + step)).
 */
public final class PriceAdjustRule implements java.io.Serializable {
  static final String BAD_ARGUMENT = "%s must be finite and ≥ 0, got %s";
  static final String BAD_MAX_STEP = "maxStepShare must be in [0, 1], got %s";

  private PriceAdjustRule() {}

  /**
   * Next tick's price.
   *
   * @param price current price (USD), ≥ 0
   * @param demanded units ordered this tick, ≥ 0
   * @param supplied units available this tick, ≥ 0 (below 1 the excess is taken over 1 unit)
   * @param sensitivity price step per unit of relative excess demand, ≥ 0
   * @param maxStepShare largest move per tick as a share of the price, in [0, 1]
   * @param floorPrice the price never goes below this (e.g. unit cost), ≥ 0
   * @throws IllegalArgumentException on negative or non-finite arguments
   */
  public static double next(
      double price,
      double demanded,
      double supplied,
      double sensitivity,
      double maxStepShare,
      double floorPrice) {
    check("price", price);
    check("demanded", demanded);
    check("supplied", supplied);
    check("sensitivity", sensitivity);
    check("floorPrice", floorPrice);
    if (!(maxStepShare >= 0 && maxStepShare <= 1)) {
      throw new IllegalArgumentException(String.format(BAD_MAX_STEP, maxStepShare));
    }
    double excess = (demanded - supplied) / Math.max(supplied, 1);
    double step = Math.max(-maxStepShare, Math.min(maxStepShare, sensitivity * excess));
    return Math.max(floorPrice, price * (1 + step));
  }

  private static void check(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(String.format(BAD_ARGUMENT, name, v));
    }
  }
}
