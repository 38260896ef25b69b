package blockade.gui;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * What {@code ./blockade gui} calls: open MASON's console over {@link BlockadeGui}, or step a run
 * and write a snapshot PNG. Keeps AWT and Swing inside this module (the command line never touches
 * them).
 */
public final class GuiLauncher {
  private GuiLauncher() {}

  /** Why no window can be opened here, as one line, or null when a display is available. */
  public static String displayProblem() {
    if (GraphicsEnvironment.isHeadless()) {
      String d = System.getenv("DISPLAY");
      return d == null || d.isBlank()
          ? "no display: the GUI needs a graphical session or an X server (set DISPLAY, or run"
              + " under xvfb-run for --screenshot)"
          : "Java runs headless (java.awt.headless=true) although DISPLAY=" + d + " is set";
    }
    return null;
  }

  /** Opens the console (returns at once; the console runs on the Swing thread). */
  public static void open(ScenarioFile scenario, long seed) {
    SwingUtilities.invokeLater(
        () -> {
          BlockadeGui gui = new BlockadeGui(scenario, seed);
          Console c = new Console(gui);
          c.setVisible(true);
        });
  }

  /**
   * Runs {@code ticks} months of a GUI run (the same steps the console makes), renders the network,
   * the charts and the events panel into {@code out} (a new file) and closes the windows.
   */
  public static void snapshot(ScenarioFile scenario, long seed, int ticks, Path out)
      throws IOException {
    AtomicReference<BufferedImage> img = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            BlockadeGui gui = new BlockadeGui(scenario, seed);
            gui.buildWindows();
            try {
              gui.start();
              for (int i = 0; i < ticks && !gui.model().done(); i++) {
                gui.step();
              }
              img.set(Snapshot.render(gui));
              gui.finish();
            } finally {
              gui.quit();
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error er) {
        throw er;
      }
      throw new IOException(c);
    }
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".snapshot-", ".png");
    try {
      Snapshot.write(img.get(), tmp);
      Files.move(tmp, out);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
