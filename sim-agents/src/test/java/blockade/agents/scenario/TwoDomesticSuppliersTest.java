package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import blockade.core.config.ConfigLoader;
import blockade.core.observe.AgentRow;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-kind metrics with two vendors of a kind: the yield is their mean and the HBM stock and
 * capacity their sum, as the declarations in SupplierMetrics say (a String-keyed sum would have
 * added the yields).
 */
class TwoDomesticSuppliersTest {
  @TempDir Path tmp;

  @Test
  void yieldIsAveraged_stocksAndCapacityAreSummed() throws Exception {
    Path cfg = tmp.resolve("two.yaml");
    Files.writeString(
        cfg,
        "extends: "
            + Scenarios.configs().resolve("baseline.yaml").toAbsolutePath()
            + "\n"
            + "end: 2023-12\n"
            + "domesticSuppliers:\n"
            + "  second-fab:\n"
            + "    wafersPerMonth: 200\n"
            + "    diesPerWafer: 70\n"
            + "    initialYield: 0.5\n"
            + "    maxYield: 0.7\n"
            + "    learningWafers: 30000\n"
            + "    learningExponent: 0.5\n"
            + "    dieStock: 0\n"
            + "    dieStockPerMonth: 0\n"
            + "    hbmStockStacks: 100000\n"
            + "    hbmImportStacksPerMonth: 0\n"
            + "    hbmRushStacksPerMonth: 0\n"
            + "    hbmDomesticStacksPerMonth: 0\n"
            + "    hbmDomesticGrowthPerYear: 0\n"
            + "    reinvestShare: 0\n"
            + "    capexUsdMPerWaferPerMonth: 2.0\n"
            + "    capacityLeadTimeMonths: 18\n"
            + "    allocation: priority\n"
            + "    priceSensitivity: 0.1\n"
            + "    maxPriceStepShare: 0.05\n"
            + "    priceFloorShare: 0.7\n");
    ScenarioConfig c = ConfigLoader.load(cfg, List.of(), ScenarioConfig.class).value();
    RunResult r = new ScenarioRunner(c).run(1);

    double yieldSum = 0;
    double hbm = 0;
    int n = 0;
    for (AgentRow a : r.agents()) {
      if (a.kind().equals("domestic-supplier")) {
        yieldSum += ((Number) a.fields().get("yield")).doubleValue();
        hbm += ((Number) a.fields().get("hbm_stock_stacks")).doubleValue();
        n++;
      }
    }
    assertEquals(2, n);
    double[] last = r.metrics().last();
    double yield = last[r.metrics().columnIndex(Metrics.DOMESTIC_YIELD)];
    assertEquals(yieldSum / 2, yield, 1e-12);
    assertNotEquals(yieldSum, yield, "yields are not summed");
    assertEquals(hbm, last[r.metrics().columnIndex(Metrics.HBM_STOCK)], 1e-6);
  }
}
