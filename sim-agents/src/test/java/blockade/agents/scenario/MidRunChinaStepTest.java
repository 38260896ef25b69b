package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.engine.BlockadeModel;
import org.junit.jupiter.api.Test;

/**
 * A China policy step can be added to a run in progress (the GUI's guidance lever, {@code run
 * --from --set chinaPolicy.ID=...}) if it applies from the month the run continues with or later;
 * it then acts exactly as the same step in the scenario file from the start would.
 */
class MidRunChinaStepTest {
  private static final int AT = 30;

  private static ScenarioConfig baseline(String... sets) {
    return Scenarios.load("baseline.yaml", sets);
  }

  private static BlockadeModel until(ScenarioConfig c, int tick) {
    return Scenarios.until(c, tick);
  }

  private static String step(String from) {
    return "chinaPolicy.added={from: "
        + from
        + ", coverageMinH100e: 0, complianceShare: 1, domesticShareCovered: 1}";
  }

  @Test
  void aStepAddedFromTheNextMonth_actsAsIfItHadBeenInTheFile() throws Exception {
    ScenarioConfig base = baseline();
    BlockadeModel m = until(base, AT);
    String set = step(m.world().calendar().date(AT));
    BlockadeModel rebound = MidRun.rebind(m, baseline(set));
    rebound.continueToEnd();
    BlockadeModel fromStart = until(baseline(set), Integer.MAX_VALUE);
    BlockadeModel plain = until(base, Integer.MAX_VALUE);
    String edited = RunText.of(ScenarioRunner.result(rebound));
    assertEquals(RunText.of(ScenarioRunner.result(fromStart)), edited);
    assertNotEquals(RunText.of(ScenarioRunner.result(plain)), edited, "the step changes the run");
  }

  @Test
  void aStepAddedForAMonthAlreadyRun_orAStepRemoved_isRefused() throws Exception {
    BlockadeModel m = until(baseline(), AT);
    String past = m.world().calendar().date(AT - 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MidRun.rebind(m, baseline(step(past))));
    assertTrue(e.getMessage().startsWith("chinaPolicy.added: "), e.getMessage());
    assertTrue(e.getMessage().contains(m.world().calendar().date(AT) + " or later"), e::getMessage);

    ScenarioConfig with = baseline(step(m.world().calendar().date(AT + 2)));
    BlockadeModel m2 = until(with, AT);
    IllegalArgumentException r =
        assertThrows(IllegalArgumentException.class, () -> MidRun.rebind(m2, baseline()));
    assertTrue(r.getMessage().contains("cannot be removed"), r::getMessage);
  }
}
