package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import blockade.agents.scenario.ScenarioBuilder;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.SimEvent;
import blockade.core.record.MetricsRecorder;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;

/** Shared set-up of the GUI tests. */
final class GuiFixtures {
  private GuiFixtures() {}

  static Path root() {
    return Path.of(System.getProperty("blockade.root", ".."));
  }

  static ScenarioFile baseline() throws Exception {
    return ScenarioFile.load(root().resolve("configs/baseline.yaml"));
  }

  /** Skips the test (with the reason) when there is no display to open windows on. */
  static void assumeDisplay() {
    assumeFalse(
        GraphicsEnvironment.isHeadless(),
        "no display (DISPLAY unset or java.awt.headless=true): GUI test skipped; run the build"
            + " under xvfb-run -a to include it");
  }

  /** A headless run of a scenario with a seed, stopped before month {@code ticks}. */
  static BlockadeModel headless(ScenarioFile s, long seed, int ticks) {
    BlockadeModel m = ScenarioBuilder.build(s.config(), seed);
    m.start();
    m.runUntil(ticks);
    return m;
  }

  static MetricsTable metrics(BlockadeModel m) {
    return m.observer(MetricsRecorder.class).table();
  }

  /** Same months, same metrics to the bit, same events (ignoring the GUI's lever events). */
  static void assertSameRun(BlockadeModel expected, BlockadeModel actual) {
    assertEquals(expected.masterSeed(), actual.masterSeed(), "seed");
    assertEquals(expected.ticksDone(), actual.ticksDone(), "months run");
    MetricsTable a = metrics(expected);
    MetricsTable b = metrics(actual);
    assertEquals(a.dates(), b.dates());
    for (int t = 0; t < a.ticks(); t++) {
      assertArrayEquals(a.values()[t], b.values()[t], "metrics of " + a.dates().get(t));
    }
    assertEquals(events(expected), events(actual), "events");
  }

  static List<SimEvent> events(BlockadeModel m) {
    return m.world().events().all().stream()
        .filter(e -> !e.type().equals(BlockadeGui.LEVER_CHANGED))
        .toList();
  }

  /** Runs on the Swing thread and waits. */
  static void onSwing(ThrowingRunnable r) throws Exception {
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              r.run();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
