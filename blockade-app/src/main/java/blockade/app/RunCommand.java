package blockade.app;

import blockade.agents.scenario.MidRun;
import blockade.agents.scenario.ScenarioAssembly;
import blockade.agents.scenario.ScenarioBuilder;
import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.checkpoint.CheckpointException;
import blockade.core.checkpoint.Checkpoints;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.core.engine.BlockadeModel;
import blockade.core.engine.Calendar;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import blockade.experiment.output.OutputFolder;
import blockade.experiment.output.OutputRefusedException;
import blockade.experiment.output.RunOutputWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
          + " purchases.csv, summary.json and charts/*.png into the output directory.",
      "The config is checked first: a bad config prints one line per problem, exits 2 and writes"
          + " nothing. The output appears all at once; an earlier run output there is replaced."
    })
final class RunCommand extends CliCommand {
  private static final Logger LOG = LogManager.getLogger(RunCommand.class);

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "Scenario file (YAML), e.g. configs/baseline.yaml (not with --from).")
  Path config;

  @Option(
      names = "--from",
      paramLabel = "CHECKPOINT",
      description =
          "Continue the run saved in a checkpoint file (see --checkpoint-at) to its end,"
              + " instead of starting one from CONFIG; the outputs include the months before it."
              + " --set may then change mid-run levers only: usControls.rules, usControls.adaptive,"
              + " chinaPolicy, funds, startups.venture, greyMarket.")
  Path from;

  @Option(
      names = "--checkpoint-at",
      paramLabel = "YYYY-MM",
      description =
          "Also write DIR/checkpoint-YYYY-MM.bin, the run's state before that month, to"
              + " continue with --from; repeatable.")
  List<String> checkpointAt = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Master random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override a config value, e.g. --set startups.population.count=50;"
              + " repeatable, applied in order after extends.")
  List<String> sets = new ArrayList<>();

  /** A run ready to go: built from a config and started, or restored from a checkpoint. */
  private record Prepared(
      BlockadeModel model,
      String configHash,
      String resolvedYaml,
      List<Path> inputs,
      String restoredFrom) {
    ScenarioConfig scenario() {
      return ((ScenarioAssembly) model.factory()).config();
    }
  }

  @Override
  protected int execute() throws Exception {
    System.setProperty("java.awt.headless", "true");
    long started = System.nanoTime();
    if ((config == null) == (from == null)) {
      err().println("error: give either CONFIG or --from CHECKPOINT");
      err().println("Try '" + spec.qualifiedName() + " --help' for more information.");
      return ExitCodes.BAD_INPUT;
    }
    if (from != null && spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
      err()
          .println(
              "error: --seed cannot be used with --from: the checkpoint's run has its own seed");
      return ExitCodes.BAD_INPUT;
    }
    Prepared prepared = from == null ? fromConfig() : fromCheckpoint();
    if (prepared == null) {
      return ExitCodes.BAD_INPUT;
    }
    BlockadeModel model = prepared.model();
    ScenarioConfig scenario = prepared.scenario();
    seed = model.masterSeed();
    java.util.TreeMap<Integer, String> checkpoints = checkpointTicks(model);
    if (checkpoints == null) {
      return ExitCodes.BAD_INPUT;
    }
    try {
      OutputFolder.check(out, RunOutputWriter.COMMAND, prepared.inputs());
    } catch (OutputRefusedException e) {
      err().println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    String hash = prepared.configHash();
    LOG.info(
        "run {} seed {} -> {} (config {} {})",
        scenario.name(),
        seed,
        out,
        from == null ? config : from,
        hash);
    RunResult result;
    try (OutputFolder folder =
        OutputFolder.open(out, RunOutputWriter.COMMAND, prepared.inputs(), false, dir -> 0)) {
      Thread hint = interruptHint(folder);
      try {
        if (model.world() == null) {
          model.start();
        }
        for (Map.Entry<Integer, String> c : checkpoints.entrySet()) {
          model.runUntil(c.getKey());
          Checkpoints.Header h =
              new Checkpoints.Header(
                  Checkpoints.FORMAT,
                  Version.get(),
                  hash,
                  seed,
                  c.getValue(),
                  c.getKey(),
                  prepared.resolvedYaml());
          try (OutputStream o =
              new BufferedOutputStream(
                  Files.newOutputStream(folder.work().resolve(checkpointFile(c.getValue()))))) {
            Checkpoints.write(o, h, model);
          }
        }
        model.continueToEnd();
        result = ScenarioRunner.result(model);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("version", Version.get());
        summary.put("scenario", scenario.name());
        summary.put("seed", seed);
        summary.put("config_file", (from == null ? config : from).toString());
        if (prepared.restoredFrom() != null) {
          summary.put("continued_from", prepared.restoredFrom());
        }
        summary.put("config_hash", hash);
        summary.put("sets", List.copyOf(sets));
        if (!checkpoints.isEmpty()) {
          summary.put("checkpoints", List.copyOf(checkpoints.values()));
        }
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
    report(result, scenario, hash, seconds);
    return ExitCodes.OK;
  }

  /** File name of the checkpoint before a month. */
  static String checkpointFile(String date) {
    return "checkpoint-" + date + ".bin";
  }

  private Prepared fromConfig() {
    Loaded<ScenarioConfig> loaded;
    try {
      loaded = ConfigLoader.load(config, sets, ScenarioConfig.class);
    } catch (ConfigException e) {
      Problems.print(e.problems(), err());
      return null;
    }
    // started in the output folder, after the interrupt hint is in place
    BlockadeModel model = ScenarioBuilder.build(loaded.value(), seed);
    return new Prepared(model, loaded.hash(), loaded.resolvedYaml(), loaded.files(), null);
  }

  /**
   * Restores the checkpoint and applies --set to it; prints one line and returns null if it cannot.
   */
  private Prepared fromCheckpoint() throws IOException {
    Checkpoints.Restored restored;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(from))) {
      restored = Checkpoints.read(in, Version.get());
    } catch (CheckpointException e) {
      err().println("error: " + from + ": " + e.getMessage());
      return null;
    } catch (IOException e) {
      err().println("error: " + from + ": cannot read (" + describe(e) + ")");
      return null;
    }
    Checkpoints.Header h = restored.header();
    BlockadeModel model = restored.model();
    String restoredFrom = from + " (" + h.date() + ")";
    if (sets.isEmpty()) {
      return new Prepared(model, h.configHash(), h.config(), List.of(from), restoredFrom);
    }
    for (String set : sets) {
      String key = set.contains("=") ? set.substring(0, set.indexOf('=')) : set;
      String why = MidRun.refusal(key);
      if (why != null) {
        err()
            .println(
                "error: --set "
                    + key.strip()
                    + " cannot change in a run continued from a checkpoint: "
                    + why);
        return null;
      }
    }
    Loaded<ScenarioConfig> loaded;
    try {
      loaded =
          ConfigLoader.loadText(from + " (its config)", h.config(), sets, ScenarioConfig.class);
    } catch (ConfigException e) {
      Problems.print(e.problems(), err());
      return null;
    }
    try {
      model = MidRun.rebind(model, loaded.value());
    } catch (IllegalArgumentException e) {
      err().println("error: --set " + e.getMessage());
      return null;
    }
    return new Prepared(model, loaded.hash(), loaded.resolvedYaml(), List.of(from), restoredFrom);
  }

  /**
   * The --checkpoint-at months by tick, or null (after one line) if one is malformed or outside
   * what is left to run.
   */
  private java.util.TreeMap<Integer, String> checkpointTicks(BlockadeModel model) {
    java.util.TreeMap<Integer, String> out = new java.util.TreeMap<>();
    ScenarioConfig sc = ((ScenarioAssembly) model.factory()).config();
    Calendar cal = new Calendar(sc.start(), sc.end());
    int done = model.world() == null ? 0 : model.ticksDone();
    for (String s : checkpointAt) {
      YearMonth m;
      try {
        m = YearMonth.parse(s.strip());
      } catch (DateTimeParseException e) {
        err().println("error: --checkpoint-at " + s + ": not a month YYYY-MM");
        return null;
      }
      int tick = cal.tickOf(m);
      if (tick < done || tick >= cal.ticks()) {
        err()
            .println(
                "error: --checkpoint-at "
                    + s
                    + " is outside the months left to run, "
                    + cal.date(Math.min(done, cal.ticks() - 1))
                    + ".."
                    + cal.date(cal.ticks() - 1));
        return null;
      }
      out.put(tick, m.toString());
    }
    return out;
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
    o.printf(
        Locale.ROOT,
        "%s, seed %d: %d months %s..%s in %.1f s%n",
        c.name(),
        seed,
        r.metrics().ticks(),
        c.start(),
        c.end(),
        seconds);
    line(
        o,
        RunOutputWriter.METRICS_CSV,
        r.metrics().ticks() + " rows x " + r.metrics().columns().size() + " metrics");
    line(o, RunOutputWriter.EVENTS_CSV, r.events().size() + " events");
    line(o, RunOutputWriter.AGENTS_CSV, r.agents().size() + " agents");
    line(
        o,
        RunOutputWriter.PURCHASES_CSV,
        r.purchases().size() + " rows by month, buyer kind, SKU, channel");
    line(
        o,
        RunOutputWriter.SUMMARY_JSON,
        "config hash " + hash.substring(0, Math.min(12, hash.length())));
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
