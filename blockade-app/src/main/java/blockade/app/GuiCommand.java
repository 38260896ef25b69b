package blockade.app;

import blockade.core.config.ConfigException;
import blockade.gui.GuiLauncher;
import blockade.gui.ScenarioFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blockade gui [CONFIG] [--seed S] [--ticks N --screenshot FILE]}: MASON's console over the
 * model (sim-gui), or a snapshot PNG of a GUI run after N months. AWT and Swing stay in sim-gui.
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Open the interactive MASON GUI: console (play, pause, step, stop, seed), market network,"
          + " live charts, events and policy levers (docs/gui.md).",
      "With --screenshot, run --ticks months instead and write the network, charts and events"
          + " into one PNG (needs a display too: use xvfb-run on a server)."
    })
final class GuiCommand extends CliCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "Scenario file (YAML); default configs/baseline.yaml.")
  Path config;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Master random seed of the first run (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--ticks",
      paramLabel = "N",
      description = "With --screenshot: months to run before the snapshot (default: all).")
  Integer ticks;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE",
      description = "Write a PNG of the GUI after --ticks months and exit (a new file).")
  Path screenshot;

  @Override
  protected int execute() throws Exception {
    if (ticks != null && screenshot == null) {
      err().println("error: --ticks needs --screenshot (the console runs until you stop it)");
      return ExitCodes.BAD_INPUT;
    }
    Path file = config != null ? config : defaultConfig();
    ScenarioFile scenario;
    try {
      scenario = ScenarioFile.load(file);
    } catch (ConfigException e) {
      Problems.print(e.problems(), err());
      return ExitCodes.BAD_INPUT;
    }
    int horizon =
        new blockade.core.engine.Calendar(scenario.config().start(), scenario.config().end())
            .ticks();
    int n = ticks == null ? horizon : ticks;
    if (n < 0 || n > horizon) {
      err()
          .println(
              "error: --ticks " + n + ": must be 0 to " + horizon + " (the scenario's months)");
      return ExitCodes.BAD_INPUT;
    }
    if (screenshot != null) {
      if (Files.exists(screenshot)) {
        err()
            .println(
                "error: "
                    + screenshot
                    + " exists; Blockade does not overwrite files (remove it or choose another"
                    + " name)");
        return ExitCodes.BAD_INPUT;
      }
      Path parent = screenshot.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        err().println("error: " + screenshot + ": folder " + parent + " does not exist");
        return ExitCodes.BAD_INPUT;
      }
    }
    String problem = GuiLauncher.displayProblem();
    if (problem != null) {
      err().println("error: " + problem);
      return ExitCodes.BAD_INPUT;
    }
    if (screenshot != null) {
      GuiLauncher.snapshot(scenario, seed, n, screenshot);
      out()
          .println(
              "wrote "
                  + screenshot
                  + " ("
                  + scenario.config().name()
                  + ", seed "
                  + seed
                  + ", "
                  + n
                  + " months)");
      return ExitCodes.OK;
    }
    GuiLauncher.open(scenario, seed);
    // MASON's console ends the program when it is closed
    new java.util.concurrent.CountDownLatch(1).await();
    return ExitCodes.OK;
  }

  /** configs/baseline.yaml of the installation (or the working directory). */
  static Path defaultConfig() {
    String home = System.getProperty("blockade.home", System.getProperty("blockade.root", "."));
    return Path.of(home, "configs", "baseline.yaml");
  }
}
