package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.supplier.DomesticSupplierAgent;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.Metrics;
import org.junit.jupiter.api.Test;

/** The domestic yield ramp is a mid-run lever (the GUI's yield lever, run --from --set). */
class MidRunYieldRampTest {
  private static final int AT = 30;

  private static ScenarioConfig baseline(String... sets) {
    return Scenarios.load("baseline.yaml", sets);
  }

  private static BlockadeModel until(ScenarioConfig c, int tick) {
    return Scenarios.until(c, tick);
  }

  @Test
  void aHigherMaxYieldFromMonth30_raisesYieldThen_andLeavesTheHistory() throws Exception {
    BlockadeModel plain = until(baseline(), Integer.MAX_VALUE);
    BlockadeModel m = until(baseline(), AT);
    BlockadeModel rebound =
        MidRun.rebind(m, baseline("domesticSuppliers.huawei-like.maxYield=0.9"));
    rebound.continueToEnd();
    var a = ScenarioRunner.result(plain).metrics();
    var b = ScenarioRunner.result(rebound).metrics();
    for (int t = 0; t < AT; t++) {
      assertEquals(a.get(t, Metrics.DOMESTIC_YIELD), b.get(t, Metrics.DOMESTIC_YIELD), 0.0);
    }
    int last = a.ticks() - 1;
    assertTrue(
        b.get(last, Metrics.DOMESTIC_YIELD) > a.get(last, Metrics.DOMESTIC_YIELD),
        "yield "
            + b.get(last, Metrics.DOMESTIC_YIELD)
            + " vs "
            + a.get(last, Metrics.DOMESTIC_YIELD));
    DomesticSupplierAgent h = rebound.world().agent("huawei-like", DomesticSupplierAgent.class);
    assertTrue(h.getYield() <= 0.9);
  }

  @Test
  void otherSupplierKeys_areRefusedMidRun() throws Exception {
    BlockadeModel m = until(baseline(), AT);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MidRun.rebind(m, baseline("domesticSuppliers.huawei-like.diesPerWafer=80")));
    assertTrue(e.getMessage().contains("only its yield ramp"), e.getMessage());
  }
}
