package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import blockade.core.output.RunOutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    String outProblem = checkOutDir(out);
    if (outProblem != null) {
      err().println("error: --out " + outProblem);
      return ExitCodes.BAD_INPUT;
    }
    ScenarioConfig scenario = loaded.value();
    LOG.info("run {} seed {} -> {} (config {} {})", scenario.name(), seed, out, config, loaded.hash());
    RunResult result = new ScenarioRunner(scenario).run(seed);

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
    RunOutputWriter.write(result, out, summary, Metrics.KEY);
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("run {} seed {} written to {} in {} s", scenario.name(), seed, out, seconds);
    report(result, scenario, loaded.hash(), seconds);
    return ExitCodes.OK;
  }

  /** Why {@code dir} cannot receive a run output, or null when it can (checked before running). */
  static String checkOutDir(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return dir + " exists and is not a directory";
    }
    if (Files.exists(dir.resolve(RunOutputWriter.SUMMARY_JSON))) {
      return null;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      if (s.iterator().hasNext()) {
        return dir + " is not empty and holds no earlier run output (no "
            + RunOutputWriter.SUMMARY_JSON + "); choose another directory";
      }
    }
    return null;
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
