package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import org.junit.jupiter.api.Test;

/** Issue 11: the channels around the export regime move outcomes in the expected direction. */
class PolicyChannelsScenarioTest {
  private static final int SEEDS = 8;

  private static ScenarioConfig baselineWith(String... sets) {
    return Scenarios.load("baseline.yaml", sets);
  }

  private static double meanOverSeeds(ScenarioConfig c, String metric, String from, String to) {
    double s = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      RunResult r = new ScenarioRunner(c).run(seed);
      s += Scenarios.mean(r, metric, from, to);
    }
    return s / SEEDS;
  }

  @Test
  void chinasGuidance_cutsUsChipPurchases_after2025_08() {
    ScenarioConfig withGuidance = Scenarios.load("baseline.yaml");
    ScenarioConfig without =
        baselineWith(
            "chinaPolicy.h20-discouraged.coverageMinH100e=1e15",
            "chinaPolicy.stop-buying-nvidia=null",
            "chinaPolicy.customs-crackdown=null");
    double g = meanOverSeeds(withGuidance, Metrics.PURCHASES_US, "2025-09", "2025-12");
    double n = meanOverSeeds(without, Metrics.PURCHASES_US, "2025-09", "2025-12");
    assertTrue(g < n, "US purchases with guidance " + g + " vs without " + n);
  }

  @Test
  void toolControls_boundDomesticCapacity() {
    ScenarioConfig tight =
        baselineWith("domesticSuppliers.huawei-like.maxWafersPerMonth={2022-10: 500}");
    ScenarioConfig loose =
        baselineWith("domesticSuppliers.huawei-like.maxWafersPerMonth={2022-10: 1000000}");
    double t = meanOverSeeds(tight, Metrics.DOMESTIC_CAPACITY, "2029-01", "2030-12");
    double l = meanOverSeeds(loose, Metrics.DOMESTIC_CAPACITY, "2029-01", "2030-12");
    assertTrue(t < l, "capacity with a 500-wafer bound " + t + " vs unbounded " + l);
  }

  @Test
  void remoteAccess_isClosedInTightControls_andUsedInTheBaseline() {
    RunResult tight = Scenarios.run("tight-controls.yaml", 1);
    RunResult base = Scenarios.run("baseline.yaml", 1);
    assertEquals(0, Scenarios.mean(tight, Metrics.REMOTE_RENTED, "2022-10", "2030-12"), 0.0);
    assertTrue(Scenarios.mean(base, Metrics.REMOTE_RENTED, "2025-01", "2030-12") > 0);
  }
}
