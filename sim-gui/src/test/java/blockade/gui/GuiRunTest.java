package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.regulator.PolicyStepConfig;
import blockade.agents.scenario.MidRun;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.SimEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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

  /** Runs the GUI to the end after a lever edit at month 30 and checks the edit's bookkeeping. */
  private BlockadeModel pullAtMonth30(BlockadeGui gui, Runnable pull, String detail) {
    gui.start();
    stepTo(gui, 30);
    pull.run();
    assertEquals(0, gui.leverChanges().size(), "nothing changes before the next month");
    stepTo(gui, 99);
    assertEquals(List.of(), gui.leverErrors());
    BlockadeModel edited = gui.model();
    assertTrue(edited.done());
    List<SimEvent> levers =
        edited.world().events().all().stream()
            .filter(e -> e.type().equals(BlockadeGui.LEVER_CHANGED))
            .toList();
    assertEquals(1, levers.size(), levers::toString);
    assertEquals(30, levers.get(0).tick());
    assertTrue(levers.get(0).detail().contains(detail), levers.get(0)::toString);
    assertEquals(1, gui.leverChanges().size());
    assertEquals(edited.world().calendar().date(30), gui.leverChanges().get(0).month());
    return edited;
  }

  /** The overrides the GUI recorded replay the edited run headless (run --from --set). */
  private static void assertReplaysHeadless(ScenarioFile s, BlockadeGui gui, BlockadeModel edited)
      throws Exception {
    BlockadeModel replay = GuiFixtures.headless(s, 1, 30);
    replay = MidRun.rebind(replay, s.withSets(gui.appliedSets()));
    replay.continueToEnd();
    GuiFixtures.assertSameRun(replay, edited);
  }

  @Test
  void closingRemoteAccessAtMonth30_stopsRenting_isAnEvent_andReplaysHeadless() throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    BlockadeModel edited =
        pullAtMonth30(
            gui,
            () -> {
              assertTrue(gui.levers().isRemoteAccessOpen(), "remote access is open in 2025");
              gui.levers().setRemoteAccessOpen(false);
              assertFalse(gui.levers().isRemoteAccessOpen(), "the edit shows before it applies");
            },
            "remote access closed");
    assertTrue(
        gui.appliedSets().get(0).contains("remoteAccess: false"),
        () -> gui.appliedSets().toString());
    assertFalse(gui.levers().isRemoteAccessOpen());

    MetricsTable before = GuiFixtures.metrics(GuiFixtures.headless(s, 1, 99));
    MetricsTable after = GuiFixtures.metrics(edited);
    double baseRented = 0;
    for (int t = 30; t < 99; t++) {
      baseRented += before.get(t, Metrics.REMOTE_RENTED);
      assertEquals(0.0, after.get(t, Metrics.REMOTE_RENTED), "remote renting at " + t);
    }
    assertTrue(baseRented > 0, "the baseline keeps renting remotely after month 30");
    for (int t = 0; t < 30; t++) {
      assertEquals(before.get(t, Metrics.REMOTE_RENTED), after.get(t, Metrics.REMOTE_RENTED));
    }
    assertReplaysHeadless(s, gui, edited);
  }

  @Test
  void directiveFundStrategyAtMonth30_isAnEvent_changesLaterMonths_andReplaysHeadless()
      throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    BlockadeModel edited =
        pullAtMonth30(
            gui,
            () -> {
              assertEquals(0, gui.levers().getStateFundStrategy(), "the baseline picks proven");
              gui.levers().setStateFundStrategy(2);
              assertEquals(2, gui.levers().getStateFundStrategy());
            },
            "fund strategy directive");
    MetricsTable before = GuiFixtures.metrics(GuiFixtures.headless(s, 1, 99));
    MetricsTable after = GuiFixtures.metrics(edited);
    for (int t = 0; t < 30; t++) {
      assertEquals(before.get(t, Metrics.FUNDS_WASTED), after.get(t, Metrics.FUNDS_WASTED));
    }
    assertTrue(
        after.get(98, Metrics.FUNDS_WASTED) != before.get(98, Metrics.FUNDS_WASTED),
        "directive quotas change where the state money goes");
    assertReplaysHeadless(s, gui, edited);
  }

  @Test
  void raisingDomesticMaxYieldAtMonth30_raisesTheYieldLater_isAnEvent_andReplaysHeadless()
      throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    BlockadeModel edited =
        pullAtMonth30(
            gui,
            () -> {
              assertTrue(gui.levers().getDomesticMaxYield() < 0.9, "the baseline's ramp is lower");
              gui.levers().setDomesticMaxYield(0.9);
              assertEquals(0.9, gui.levers().getDomesticMaxYield(), 1e-9);
            },
            "domestic max yield 0.90");
    MetricsTable before = GuiFixtures.metrics(GuiFixtures.headless(s, 1, 99));
    MetricsTable after = GuiFixtures.metrics(edited);
    for (int t = 0; t < 30; t++) {
      assertEquals(before.get(t, Metrics.DOMESTIC_YIELD), after.get(t, Metrics.DOMESTIC_YIELD));
    }
    assertTrue(
        after.get(98, Metrics.DOMESTIC_YIELD) > before.get(98, Metrics.DOMESTIC_YIELD),
        "a higher ceiling raises the 2030 yield");
    assertReplaysHeadless(s, gui, edited);
  }

  @Test
  void fullGuidanceAtMonth30_stopsUsChipBuying_isAnEvent_andReplaysHeadless() throws Exception {
    ScenarioFile s = GuiFixtures.baseline();
    BlockadeGui gui = new BlockadeGui(s, 1);
    gui.start();
    stepTo(gui, 30);
    assertTrue(
        Double.isInfinite(gui.levers().getGuidanceCoverageMinH100e()),
        "the baseline's guidance covers no buyer before 2025-08");
    // every buyer covered, every buyer complies, all new purchases must be domestic
    gui.levers().setGuidanceCoverageMinH100e(0);
    gui.levers().setGuidanceComplianceShare(1.0);
    gui.levers().setGuidanceDomesticShareCovered(1.0);
    assertEquals(1.0, gui.levers().getGuidanceDomesticShareCovered(), "shows before it applies");
    assertEquals(0, gui.leverChanges().size(), "nothing changes before the next month");
    stepTo(gui, 31);
    assertEquals(1.0, gui.levers().getGuidanceComplianceShare());
    assertEquals(1.0, gui.levers().getGuidanceDomesticShareCovered());
    assertEquals(0.0, gui.levers().getGuidanceCoverageMinH100e());
    stepTo(gui, 99);
    assertEquals(List.of(), gui.leverErrors());
    BlockadeModel edited = gui.model();
    assertTrue(edited.done());
    List<SimEvent> levers =
        edited.world().events().all().stream()
            .filter(e -> e.type().equals(BlockadeGui.LEVER_CHANGED))
            .toList();
    assertEquals(3, levers.size(), "one event per lever: " + levers);
    for (String what : List.of("compliance share 1.00", "share covered 1.00", "from 0.0 H100e")) {
      assertEquals(
          1,
          levers.stream().filter(e -> e.tick() == 30 && e.detail().contains(what)).count(),
          what + " in " + levers);
    }
    assertEquals(3, gui.appliedSets().size());
    assertTrue(gui.appliedSets().stream().allMatch(x -> x.startsWith("chinaPolicy.gui-guidance-")));

    // the settings hold until the scenario's next step that sets one of them again
    int until = 99;
    YearMonth from = YearMonth.parse(edited.world().calendar().date(30));
    for (PolicyStepConfig step : s.config().chinaPolicy().values()) {
      if (step.from().isAfter(from)
          && (step.complianceShare() != null
              || step.domesticShareCovered() != null
              || step.coverageMinH100e() != null)) {
        until = Math.min(until, edited.world().calendar().tickOf(step.from()));
      }
    }
    assertTrue(until > 30, "the lever holds for at least a month");
    MetricsTable before = GuiFixtures.metrics(GuiFixtures.headless(s, 1, 99));
    MetricsTable after = GuiFixtures.metrics(edited);
    double baseUs = 0;
    for (int t = 30; t < until; t++) {
      baseUs += before.get(t, Metrics.PURCHASES_US) + before.get(t, Metrics.PURCHASES_GREY);
      // a buyer held to a domestic share of 1 gives no weight to any US chip, legal or smuggled
      assertEquals(0.0, after.get(t, Metrics.PURCHASES_US), "US chips bought at " + t);
      assertEquals(0.0, after.get(t, Metrics.PURCHASES_GREY), "smuggled chips bought at " + t);
      assertTrue(after.get(t, Metrics.PURCHASES_DOMESTIC) > 0, "domestic chips bought at " + t);
    }
    assertTrue(baseUs > 0, "the baseline buys US chips (legal or smuggled) in those months");
    for (int t = 0; t < 30; t++) {
      assertArrayEquals(before.values()[t], after.values()[t], "month " + t);
    }
    assertReplaysHeadless(s, gui, edited);

    Path out = dir.resolve("saved");
    RunSaver.save(gui, out);
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("chinaPolicy.gui-guidance-1"), summary);
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
