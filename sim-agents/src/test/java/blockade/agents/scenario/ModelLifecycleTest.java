package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.engine.BlockadeModel;
import org.junit.jupiter.api.Test;

/**
 * The model driven the way MASON's console drives it ({@code setSeed}, {@code start}, repeated
 * {@code schedule.step}, {@code finish}): Stop then Play, or a changed seed, gives a fresh run
 * equal to a headless run with that seed, and nothing runs past the last month.
 */
class ModelLifecycleTest {
  private static final ScenarioConfig BASELINE = Scenarios.load("baseline.yaml");

  @Test
  void stopAfter30Months_thenPlayAgain_sameSeed_equalsAFreshHeadlessRun() {
    BlockadeModel m = ScenarioBuilder.build(BASELINE, 1);
    m.start();
    for (int i = 0; i < 30; i++) {
      assertTrue(m.schedule.step(m));
    }
    m.finish();
    m.start();
    while (m.schedule.step(m)) {
      // MASON's play loop
    }
    m.finish();
    assertEquals(
        RunText.of(Scenarios.run("baseline.yaml", 1)), RunText.of(ScenarioRunner.result(m)));
  }

  @Test
  void stop_thenPlayWithAnotherSeedSetLikeTheConsole_equalsThatSeedsHeadlessRun() {
    BlockadeModel m = ScenarioBuilder.build(BASELINE, 1);
    m.start();
    for (int i = 0; i < 30; i++) {
      m.schedule.step(m);
    }
    m.finish();
    m.setSeed(8);
    m.start();
    while (m.schedule.step(m)) {
      // MASON's play loop
    }
    m.finish();
    assertEquals(
        RunText.of(new ScenarioRunner(BASELINE).run(8)), RunText.of(ScenarioRunner.result(m)));
  }

  @Test
  void aSeedBeyond32Bits_isUsedWhole() {
    // MASON's seed() keeps 32 bits; replication seeds use all 64
    long seed = -3475142291704528229L;
    BlockadeModel m = ScenarioBuilder.build(BASELINE, seed);
    m.start();
    assertEquals(seed, m.world().masterSeed());
    assertEquals(seed, m.masterSeed());
  }

  @Test
  void steppingPastTheHorizon_doesNothing() {
    BlockadeModel m = ScenarioBuilder.build(BASELINE, 1);
    m.start();
    int steps = 0;
    while (m.schedule.step(m)) {
      steps++;
    }
    assertEquals(m.ticks(), steps);
    String end = RunText.of(ScenarioRunner.result(m));
    for (int i = 0; i < 5; i++) {
      assertFalse(m.schedule.step(m));
      assertFalse(m.stepTick());
    }
    assertEquals(m.ticks() - 1, m.world().tick());
    assertEquals(end, RunText.of(ScenarioRunner.result(m)));
    assertEquals(RunText.of(Scenarios.run("baseline.yaml", 1)), end);
  }
}
