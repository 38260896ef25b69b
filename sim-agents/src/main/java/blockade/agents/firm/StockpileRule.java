package blockade.agents.firm;

/**
 * Pulls purchases forward when a ban on a SKU the firm buys is announced: up to {@code
 * stockpileMonths} of its normal monthly purchases of that SKU, less what it already stockpiled for
 * this ban, and only if an order placed now ships before the ban takes effect.
 */
public final class StockpileRule {
  private StockpileRule() {}

  /**
   * Units to add this month.
   *
   * @param tick now
   * @param effectiveTick when the ban takes effect
   * @param leadTimeMonths shipping lead time for an order placed now
   * @param normalMonthlyUnits the firm's normal purchases of the SKU per month
   * @param stockpileMonths how many months of purchases to pull forward
   * @param alreadyUnits units already stockpiled for this ban
   */
  public static long extraUnits(
      int tick,
      int effectiveTick,
      int leadTimeMonths,
      double normalMonthlyUnits,
      double stockpileMonths,
      long alreadyUnits) {
    if (tick + leadTimeMonths >= effectiveTick || normalMonthlyUnits <= 0) {
      return 0;
    }
    double target = stockpileMonths * normalMonthlyUnits;
    return Math.max(0, (long) Math.floor(target - alreadyUnits));
  }
}
