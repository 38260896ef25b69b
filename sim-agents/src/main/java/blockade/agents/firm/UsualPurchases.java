package blockade.agents.firm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A firm's usual monthly purchases of each SKU (the baseline {@link StockpileRule} pulls forward):
 * a slow moving average, {@code 0.8 × old + 0.2 × this month}, updated once a month for each SKU on
 * offer however many channels offer it; the first month seen starts it.
 */
final class UsualPurchases implements java.io.Serializable {
  /** By SKU name: {usual monthly units, tick of the last update}, in first-seen order. */
  private final Map<String, double[]> bySku = new LinkedHashMap<>();

  /**
   * Counts this month's purchases of a SKU on offer; later calls for the same SKU in the same month
   * change nothing.
   */
  void update(String sku, double unitsThisMonth, int tick) {
    double[] usual = bySku.get(sku);
    if (usual == null) {
      bySku.put(sku, new double[] {unitsThisMonth, tick});
    } else if (usual[1] != tick) {
      usual[0] = 0.8 * usual[0] + 0.2 * unitsThisMonth;
      usual[1] = tick;
    }
  }

  /**
   * {@link #update} with this month's units of the SKU on the order lines (summed in line order),
   * worked out only when the SKU's average still has to move this month.
   */
  void count(java.util.List<ProcurementRule.Line> lines, String sku, int tick) {
    if (updated(sku, tick)) {
      return;
    }
    double units = 0;
    for (ProcurementRule.Line l : lines) {
      if (l.offer().sku().name().equals(sku)) {
        units += l.units();
      }
    }
    update(sku, units, tick);
  }

  /** Whether the SKU's average was already updated this month. */
  boolean updated(String sku, int tick) {
    double[] usual = bySku.get(sku);
    return usual != null && usual[1] == tick;
  }

  /** Usual monthly units of a SKU (0 if never on offer). */
  double of(String sku) {
    double[] usual = bySku.get(sku);
    return usual == null ? 0.0 : usual[0];
  }
}
