package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Metrics;
import org.junit.jupiter.api.Test;

/** Issue 3 directional tests: paired seeds, averages over 20 replications per scenario. */
class DirectionalScenariosTest {
  private static final int SEEDS = 20;

  private static double meanFinal(String file, String metric) {
    double s = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      var r = Scenarios.run(file, seed);
      s += r.metrics().get(r.metrics().ticks() - 1, metric);
    }
    return s / SEEDS;
  }

  @Test
  void noControls_lowerSelfSufficiencyIn2030_thanBaseline() {
    double base = meanFinal("baseline.yaml", Metrics.SELF_SUFFICIENCY);
    double none = meanFinal("no-controls.yaml", Metrics.SELF_SUFFICIENCY);
    assertTrue(none < base, "no-controls " + none + " vs baseline " + base);
  }

  @Test
  void huaweiBreakthrough_higherSelfSufficiencyIn2030_thanBaseline() {
    double base = meanFinal("baseline.yaml", Metrics.SELF_SUFFICIENCY);
    double hw = meanFinal("huawei-breakthrough.yaml", Metrics.SELF_SUFFICIENCY);
    assertTrue(hw > base, "huawei-breakthrough " + hw + " vs baseline " + base);
  }

  @Test
  void rigidDirectives_wasteMoreStateMoney_thanBigStateFund() {
    double proven = meanFinal("big-state-fund.yaml", Metrics.FUNDS_WASTED);
    double directive = meanFinal("rigid-directives.yaml", Metrics.FUNDS_WASTED);
    assertTrue(
        directive > proven, "rigid-directives " + directive + " vs big-state-fund " + proven);
  }

  @Test
  void offshoreCrackdown_lessOffshoreCompute_moreUnmetDemand() {
    double baseOff = meanFinal("baseline.yaml", Metrics.COMPUTE_OFFSHORE);
    double crackOff = meanFinal("offshore-crackdown.yaml", Metrics.COMPUTE_OFFSHORE);
    double baseUnmet = meanFinal("baseline.yaml", Metrics.UNMET_SHARE);
    double crackUnmet = meanFinal("offshore-crackdown.yaml", Metrics.UNMET_SHARE);
    assertTrue(crackOff < baseOff, "offshore " + crackOff + " vs " + baseOff);
    assertTrue(crackUnmet > baseUnmet, "unmet " + crackUnmet + " vs " + baseUnmet);
  }
}
