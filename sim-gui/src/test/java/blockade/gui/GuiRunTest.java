package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.MidRun;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.SimEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's run is the headless run (same seed, same months, same numbers), and a lever pulled in
 * the model tab acts from the next month, shows as an event, and replays headless from its {@code
 * --set} overrides. These drive the GUIState without windows, so they run everywhere.
 */
class GuiRunTest {
  @TempDir Path dir;

  private static void stepTo(BlockadeGui gui, int month) {
    while (gui.model().ticksDone() < month && !gui.model().done()) {
      gui.step();
    }
  }

  @Test
  void guiMonths_equalTheHeadlessRun() throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 3);
    gui.start();
    stepTo(gui, 36);
    GuiFixtures.assertSameRun(GuiFixtures.headless(s, 3, 36), gui.model());
    assertEquals(36, gui.model().ticksDone());
    gui.finish();
  }

  @Test
  void closingTheOffshoreRouteAtMonth30_stopsOffshoreBuying_isAnEvent_andReplaysHeadless()
      throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    gui.start();
    stepTo(gui, 30);
    assertEquals(0, gui.levers().getOffshoreRoute(), "the baseline's route is open in 2025");
    gui.levers().setOffshoreRoute(2);
    assertEquals(2, gui.levers().getOffshoreRoute(), "the edit shows before it applies");
    assertEquals(0, gui.leverChanges().size(), "nothing changes before the next month");
    stepTo(gui, 99);
    assertEquals(List.of(), gui.leverErrors());
    BlockadeModel edited = gui.model();
    assertTrue(edited.done());

    String month = edited.world().calendar().date(30);
    List<SimEvent> levers =
        edited.world().events().all().stream()
            .filter(e -> e.type().equals(BlockadeGui.LEVER_CHANGED))
            .toList();
    assertEquals(1, levers.size(), levers::toString);
    assertEquals(30, levers.get(0).tick());
    assertTrue(levers.get(0).detail().contains("closed"), levers.get(0)::toString);
    assertEquals(1, gui.leverChanges().size());
    assertEquals(month, gui.leverChanges().get(0).month());

    BlockadeModel base = GuiFixtures.headless(s, 1, 99);
    MetricsTable before = GuiFixtures.metrics(base);
    MetricsTable after = GuiFixtures.metrics(edited);
    double baseOffshore = 0;
    for (int t = 30; t < 99; t++) {
      baseOffshore += before.get(t, Metrics.PURCHASES_OFFSHORE);
      assertEquals(0.0, after.get(t, Metrics.PURCHASES_OFFSHORE), "offshore buying at " + t);
    }
    assertTrue(baseOffshore > 0, "the baseline keeps buying offshore after month 30");
    for (int t = 0; t < 30; t++) {
      assertEquals(
          before.get(t, Metrics.PURCHASES_OFFSHORE), after.get(t, Metrics.PURCHASES_OFFSHORE));
    }
    assertFalse(
        edited.world().events().all().stream()
            .anyMatch(e -> e.type().equals(EventTypes.OFFSHORE_BUILD_STARTED) && e.tick() >= 30),
        "no offshore site started after the route closed");

    // the overrides the GUI recorded replay the edited run headless (run --from --set)
    BlockadeModel replay = GuiFixtures.headless(s, 1, 30);
    replay = MidRun.rebind(replay, s.withSets(gui.appliedSets()));
    replay.continueToEnd();
    GuiFixtures.assertSameRun(replay, edited);

    // a run saved from the GUI records the edit in events.csv and its overrides in summary.json
    Path out = dir.resolve("saved");
    RunSaver.save(gui, out);
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("\"levers\""), summary);
    assertTrue(summary.contains(month), summary);
    assertTrue(summary.contains("offshore: closed"), summary);
    assertTrue(
        Files.readString(out.resolve("events.csv")).contains(BlockadeGui.LEVER_CHANGED),
        "events.csv has the lever event");
  }

  @Test
  void stopAndPlay_startsAFreshRunOfTheScenario() throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    gui.start();
    stepTo(gui, 12);
    gui.levers().setEnforcement(0.9);
    stepTo(gui, 14);
    assertEquals(1, gui.leverChanges().size());
    gui.finish();
    gui.model().setSeed(2);
    gui.start();
    assertEquals(0, gui.leverChanges().size(), "a new run starts without the old edits");
    stepTo(gui, 20);
    GuiFixtures.assertSameRun(GuiFixtures.headless(s, 2, 20), gui.model());
    gui.finish();
  }
}
