package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Metrics;
import blockade.core.observe.PurchaseRow;
import blockade.core.observe.RunResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * purchases.csv (issue 11 item 8) from the baseline: deliveries by channel, classified by origin
 * and seller, and the US vendors' share metric read from the same rows.
 */
class PurchasesTest {
  private static final java.util.Comparator<PurchaseRow> ORDER =
      java.util.Comparator.comparingInt(PurchaseRow::tick)
          .thenComparing(PurchaseRow::buyerKind)
          .thenComparing(PurchaseRow::sku)
          .thenComparing(PurchaseRow::channel);

  @Test
  void baselinePurchases_byChannel_andTheUsVendorShareMetric() {
    RunResult r = Scenarios.run("baseline.yaml", 1);
    ScenarioConfig c = Scenarios.load("baseline.yaml");
    Set<String> channels = new TreeSet<>();
    PurchaseRow previous = null;
    Map<Integer, double[]> byTick = new TreeMap<>(); // {licensed, in China} units, same in H100e
    for (PurchaseRow p : r.purchases()) {
      String key = p.tick() + "|" + p.buyerKind() + "|" + p.sku() + "|" + p.channel();
      assertTrue(
          previous == null || ORDER.compare(previous, p) < 0, "sorted, one row a key: " + key);
      previous = p;
      assertTrue(p.units() > 0 && p.usdM() > 0, key);
      assertEquals(r.metrics().dates().get(p.tick()), p.date());
      if (p.channel().equals("remote")) {
        // remote-access rentals: H100e-months for all renters, outside the purchase share
        assertEquals("h100e-month", p.sku());
        assertEquals("renters", p.buyerKind());
        channels.add(p.channel());
        continue;
      }
      boolean us = c.skus().get(p.sku()).origin() == blockade.core.market.Origin.US;
      assertEquals(!p.channel().equals("domestic"), us, "a domestic channel iff a domestic chip");
      channels.add(p.channel());
      double perf = c.skus().get(p.sku()).trainPerf();
      double[] t = byTick.computeIfAbsent(p.tick(), k -> new double[4]);
      if (!p.channel().equals("offshore")) {
        t[1] += p.units();
        t[3] += p.units() * perf;
        if (p.channel().equals("licensed")) {
          t[0] += p.units();
          t[2] += p.units() * perf;
        }
      }
    }
    assertEquals(Set.of("domestic", "grey", "licensed", "offshore", "remote"), channels);
    for (int tick = 0; tick < r.metrics().ticks(); tick++) {
      double[] t = byTick.getOrDefault(tick, new double[4]);
      assertEquals(
          t[1] > 0 ? t[0] / t[1] : 0,
          r.metrics().get(tick, Metrics.US_VENDOR_SHARE_UNITS),
          1e-9,
          "tick " + tick);
      assertEquals(
          t[3] > 0 ? t[2] / t[3] : 0,
          r.metrics().get(tick, Metrics.US_VENDOR_SHARE_H100E),
          1e-9,
          "tick " + tick);
    }
    // in 2023 the US vendor sells most chips (A800/H800 until the 2023-10 rule); licensed sales
    // stop with the H20 licence requirement of 2025-04
    int jun2023 = r.metrics().dates().indexOf("2023-06");
    assertTrue(r.metrics().get(jun2023, Metrics.US_VENDOR_SHARE_UNITS) > 0.5);
    int jun2025 = r.metrics().dates().indexOf("2025-06");
    assertEquals(0, r.metrics().get(jun2025, Metrics.US_VENDOR_SHARE_UNITS), 1e-12);
  }
}
