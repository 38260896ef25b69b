package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import blockade.core.engine.BlockadeModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/**
 * MASON's real console over the GUI (under a display): Play runs the headless run's months, Stop
 * then Play runs the next seed's, the events panel highlights an event's agents, and a bad scenario
 * file leaves the running model alone.
 */
class ConsoleTest {
  @TempDir Path dir;
  private BlockadeGui gui;
  private Console console;

  @AfterEach
  void close() throws Exception {
    if (console != null) {
      console.pressStop();
      GuiFixtures.onSwing(
          () -> {
            gui.quit();
            console.dispose();
          });
    }
  }

  /**
   * Presses Play with the console set to pause at month 36 (MASON forgets the pause point once
   * reached) and waits for it; the wait only guards against a hang, it times nothing.
   */
  private void playTo36() throws InterruptedException {
    console.setWhenShouldPause(36);
    console.pressPlay();
    long guard = System.nanoTime() + 600_000_000_000L;
    while (console.getPlayState() != Console.PS_PAUSED || gui.model().ticksDone() < 36) {
      if (System.nanoTime() > guard) {
        fail(
            "console never paused at month 36: state "
                + console.getPlayState()
                + ", month "
                + gui.model().ticksDone());
      }
      Thread.sleep(50);
    }
  }

  @Test
  void playStopPlay_matchesHeadlessRuns_ofBothSeeds() throws Exception {
    GuiFixtures.assumeDisplay();
    ScenarioFile s = GuiFixtures.baseline();
    GuiFixtures.onSwing(
        () -> {
          gui = new BlockadeGui(s, 5);
          console = new Console(gui);
          console.setIncrementSeedOnStop(true);
          console.setVisible(true);
        });
    playTo36();
    assertEquals(36, gui.model().ticksDone());
    GuiFixtures.assertSameRun(GuiFixtures.headless(s, 5, 36), gui.model());

    console.pressStop();
    playTo36();
    assertEquals(6, gui.model().masterSeed(), "Stop moved the console to the next seed");
    GuiFixtures.assertSameRun(GuiFixtures.headless(s, 6, 36), gui.model());

    // the events panel: an entity listing highlights the firm and the regulator
    GuiFixtures.onSwing(() -> {});
    EventsPanel ev = gui.eventsPanel();
    GuiFixtures.onSwing(() -> ev.setFilter("entity_listed"));
    assertTrue(ev.shownCount() >= 1, "entity listing shown");
    GuiFixtures.onSwing(() -> ev.select(0));
    long lit = gui.network().nodes().values().stream().filter(AgentNode::highlighted).count();
    assertEquals(2, lit, "the listed firm and the regulator are highlighted");

    // a broken scenario file: its problems are reported, the running model is untouched
    BlockadeModel running = gui.model();
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "extends: missing-parent.yaml\n");
    String[] error = new String[1];
    GuiFixtures.onSwing(() -> error[0] = ScenarioMenu.open(console, gui, bad));
    assertNotNull(error[0]);
    assertTrue(error[0].contains("bad.yaml"), error[0]);
    assertSame(running, gui.model());
    assertSame(s, gui.scenario());
    assertEquals(36, gui.model().ticksDone());
  }
}
