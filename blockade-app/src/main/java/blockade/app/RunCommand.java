package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import blockade.experiment.output.OutputFolder;
import blockade.experiment.output.OutputRefusedException;
import blockade.experiment.output.RunOutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blockade run CONFIG}: one headless run written to an output directory (DESIGN §5). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run one scenario for one seed and write metrics.csv, events.csv, agents.csv,"
          + " summary.json and charts/*.png into the output directory.",
      "The config is checked first: a bad config prints one line per problem, exits 2 and writes"
          + " nothing. The output appears all at once; an earlier run output there is replaced."
    })
final class RunCommand extends CliCommand {
  private static final Logger LOG = LogManager.getLogger(RunCommand.class);

  @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario file (YAML), e.g. configs/baseline.yaml.")
  Path config;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Master random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a config value, e.g. --set startups.population.count=50;"
          + " repeatable, applied in order after extends.")
  List<String> sets = new ArrayList<>();

  @Override
  protected int execute() throws Exception {
    System.setProperty("java.awt.headless", "true");
    long started = System.nanoTime();
    Loaded<ScenarioConfig> loaded;
    try {
      loaded = ConfigLoader.load(config, sets, ScenarioConfig.class);
    } catch (ConfigException e) {
      Problems.print(e.problems(), err());
      return ExitCodes.BAD_INPUT;
    }
    try {
      OutputFolder.check(out, RunOutputWriter.COMMAND, loaded.files());
    } catch (OutputRefusedException e) {
      err().println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    ScenarioConfig scenario = loaded.value();
    LOG.info("run {} seed {} -> {} (config {} {})", scenario.name(), seed, out, config, loaded.hash());
    RunResult result;
    try (OutputFolder folder =
        OutputFolder.open(out, RunOutputWriter.COMMAND, loaded.files(), false, dir -> 0)) {
      Thread hint = interruptHint(folder);
      try {
        result = new ScenarioRunner(scenario).run(seed);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("version", Version.get());
        summary.put("scenario", scenario.name());
        summary.put("seed", seed);
        summary.put("config_file", config.toString());
        summary.put("config_hash", loaded.hash());
        summary.put("sets", List.copyOf(sets));
        summary.put("ticks", result.metrics().ticks());
        summary.put("start", scenario.start().toString());
        summary.put("end", scenario.end().toString());
        RunOutputWriter.write(result, folder, summary, Metrics.KEY);
      } catch (Exception | Error e) {
        folder.discard();
        throw e;
      } finally {
        removeHint(hint);
      }
    } catch (OutputRefusedException e) {
      err().println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("run {} seed {} written to {} in {} s", scenario.name(), seed, out, seconds);
    report(result, scenario, loaded.hash(), seconds);
    return ExitCodes.OK;
  }

  /**
   * On Ctrl-C (or kill) during the run: says so, and that the output folder was left as it was; the
   * working folder is removed (a single run has nothing to resume).
   */
  private Thread interruptHint(OutputFolder folder) {
    Thread hook =
        new Thread(
            () -> {
              System.err.println();
              System.err.println(
                  "interrupted: nothing was written; " + out + " is as it was before");
              System.err.flush();
              try {
                folder.discard();
              } catch (IOException | RuntimeException e) {
                // best effort: a later run clears a stale working folder
              }
            },
            "blockade-run-interrupt");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      return null;
    }
    return hook;
  }

  private static void removeHint(Thread hook) {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      // shutting down already
    }
  }

  private void report(RunResult r, ScenarioConfig c, String hash, double seconds) {
    PrintWriter o = out();
    o.printf(Locale.ROOT, "%s, seed %d: %d months %s..%s in %.1f s%n", c.name(), seed,
        r.metrics().ticks(), c.start(), c.end(), seconds);
    line(o, RunOutputWriter.METRICS_CSV, r.metrics().ticks() + " rows x "
        + r.metrics().columns().size() + " metrics");
    line(o, RunOutputWriter.EVENTS_CSV, r.events().size() + " events");
    line(o, RunOutputWriter.AGENTS_CSV, r.agents().size() + " agents");
    line(o, RunOutputWriter.SUMMARY_JSON, "config hash " + hash.substring(0, Math.min(12, hash.length())));
    line(o, RunOutputWriter.CHARTS_DIR, Metrics.KEY.size() + " charts");
    o.flush();
  }

  private void line(PrintWriter o, String file, String what) {
    String shown = out.resolve(file).toString();
    if (file.equals(RunOutputWriter.CHARTS_DIR)) {
      shown += "/";
    }
    o.printf(Locale.ROOT, "  %-40s %s%n", shown, what);
  }
}
