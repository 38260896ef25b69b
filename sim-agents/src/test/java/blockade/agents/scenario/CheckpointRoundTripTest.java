package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import blockade.core.checkpoint.Checkpoints;
import blockade.core.engine.BlockadeModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * A run that goes through a checkpoint (ours or MASON's) and back gives exactly the outputs of one
 * that does not.
 */
class CheckpointRoundTripTest {
  private static final ScenarioConfig BASELINE = Scenarios.load("baseline.yaml");

  @Test
  void checkpointAtThreeDates_continuesToIdenticalOutputs() throws Exception {
    String direct = RunText.of(Scenarios.run("baseline.yaml", 1));
    for (String date : new String[] {"2022-11", "2025-01", "2030-06"}) {
      BlockadeModel m = ScenarioBuilder.build(BASELINE, 1);
      m.start();
      int tick = m.world().calendar().tickOf(java.time.YearMonth.parse(date));
      m.runUntil(tick);
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      Checkpoints.write(
          file,
          new Checkpoints.Header(Checkpoints.FORMAT, "test", "hash", 1, date, tick, "name: test\n"),
          m);
      // the original carries on too: a checkpoint does not disturb the run it is taken from
      m.continueToEnd();
      assertEquals(
          direct, RunText.of(ScenarioRunner.result(m)), "original after checkpoint at " + date);
      BlockadeModel restored =
          Checkpoints.read(new ByteArrayInputStream(file.toByteArray()), "test").model();
      assertEquals(tick, restored.ticksDone());
      restored.continueToEnd();
      assertEquals(direct, RunText.of(ScenarioRunner.result(restored)), "restored from " + date);
    }
  }

  @Test
  void everyShippedScenario_survivesACopyMidRun() throws Exception {
    try (var files = java.nio.file.Files.list(Scenarios.configs())) {
      for (var f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        ScenarioConfig c = Scenarios.load(f.getFileName().toString());
        BlockadeModel m = ScenarioBuilder.build(c, 3);
        m.start();
        m.runUntil(m.ticks() / 2);
        BlockadeModel copy = Checkpoints.copy(m);
        m.continueToEnd();
        copy.continueToEnd();
        assertEquals(
            RunText.of(ScenarioRunner.result(m)),
            RunText.of(ScenarioRunner.result(copy)),
            f.toString());
      }
    }
  }

  @Test
  void masonsOwnCheckpoint_writeAndRead_continuesToIdenticalOutputs() throws Exception {
    BlockadeModel m = ScenarioBuilder.build(BASELINE, 1);
    m.start();
    m.runUntil(40);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.writeToCheckpoint(bytes);
    BlockadeModel restored =
        (BlockadeModel) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
    while (restored.schedule.step(restored)) {
      // MASON's play loop
    }
    restored.finish();
    assertEquals(
        RunText.of(Scenarios.run("baseline.yaml", 1)), RunText.of(ScenarioRunner.result(restored)));
  }
}
