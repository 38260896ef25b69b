package blockade.agents.supplier;

import blockade.core.engine.World;
import blockade.core.market.PurchaseChannel;
import blockade.core.observe.Aggregation;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import blockade.core.observe.PurchaseRow;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/**
 * Metrics over the month's chip purchases by channel (purchases.csv): the US vendors' share of the
 * new accelerators delivered for use in China, in chips and in nominal H100e (training throughput).
 * Chips for use in China are those bought licensed, smuggled or domestic; offshore sites' chips and
 * rented compute are abroad and count in neither part (as a vendor's China share counts sales into
 * China).
 */
public final class PurchaseMetrics {
  private PurchaseMetrics() {}

  /** {licensed, all in China} this month, in units and in H100e. */
  static double share(World w, boolean h100e) {
    double us = 0;
    double all = 0;
    for (PurchaseRow r : w.purchases().rows(w.tick())) {
      PurchaseChannel c = PurchaseChannel.valueOf(r.channel().toUpperCase(java.util.Locale.ROOT));
      if (!c.inChina()) {
        continue;
      }
      double v = r.units();
      if (h100e) {
        v *= w.catalogue().contains(r.sku()) ? w.catalogue().get(r.sku()).trainPerf() : 0;
      }
      all += v;
      if (c.soldByUsVendor()) {
        us += v;
      }
    }
    return all > 0 ? us / all : 0;
  }

  public static final MetricSource SOURCE =
      MetricSource.of(
          List.of(
              MetricSpec.of(
                  Metrics.US_VENDOR_SHARE_UNITS,
                  MetricUnit.SHARE,
                  Aggregation.RATIO,
                  "US vendors' own (licensed) share of the new accelerators delivered for use in China this month, in chips: licensed / (licensed + grey + domestic); offshore sites and rented compute excluded; 0 in a month without deliveries",
                  w -> share(w, false)),
              MetricSpec.of(
                  Metrics.US_VENDOR_SHARE_H100E,
                  MetricUnit.SHARE,
                  Aggregation.RATIO,
                  "the same share in nominal H100e (chips × training throughput relative to an H100)",
                  w -> share(w, true))));
}
