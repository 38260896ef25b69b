package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.ConfigProblem;
import blockade.core.config.Loaded;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.MonteCarloRunner;
import blockade.experiment.output.OutputFolder;
import blockade.experiment.output.OutputRefusedException;
import blockade.experiment.output.UnfinishedWorkException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code mc} and {@code compare} share: the replication options, loading configs with one-line
 * problems, the log file, the Ctrl-C hint, and the exit codes (0 all replications succeeded, 1
 * output could not be written, 2 usage or config error, 3 some replication failed, 130
 * interrupted).
 */
abstract class ExperimentCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_IO = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERRUPTED = 130;

  /** Failed replications listed on the terminal; the rest are in the runs table. */
  static final int SHOWN_FAILURES = 10;

  private static final Logger LOG = LogManager.getLogger(ExperimentCommand.class);

  @Spec CommandSpec spec;

  /** Replications: the {@code --runs} option of mc and compare, the design's size for studies. */
  int runs = 100;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Worker threads (default: the number of processors). Results do not depend on it.")
  Integer threads;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Master seed; replication j runs on a seed split from it (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--resume",
      description =
          "Continue an interrupted experiment in <out>.partial: run only the missing replications.")
  boolean resume;

  @Option(names = "--parquet", description = "Also export the tables as Parquet files.")
  boolean parquet;

  @Option(names = "--no-charts", description = "Do not draw the fan charts.")
  boolean noCharts;

  /**
   * Test hook: builds the replication runner of a loaded scenario (package-private on purpose; the
   * command line always uses {@link ScenarioRunner}).
   */
  Function<ScenarioConfig, ReplicationRunner> runnerFactory = ScenarioRunner::new;

  /**
   * Replications executed by this command (not those found done on resume); other engines add to it
   * as their replications finish.
   */
  final AtomicInteger executed = new AtomicInteger();

  /** Name of the subcommand ({@code mc}, {@code compare}). */
  abstract String commandName();

  /** The output directory option. */
  abstract Path outDir();

  /** Loads the scenario(s); returns false after printing every problem when a config is invalid. */
  abstract boolean load(PrintWriter err);

  /** The files the loaded scenario(s) were read from: an --out holding one is refused. */
  abstract List<Path> inputFiles();

  /** Provenance for the meta table, without version, git commit and command line. */
  abstract Map<String, String> configProvenance();

  /** The options after the command name, in canonical form, for provenance and hints. */
  abstract List<String> arguments();

  /** Runs the experiment with counted runners. */
  abstract McResult runExperiment(
      int threadCount,
      Map<String, String> provenance,
      Function<ScenarioConfig, ReplicationRunner> runners,
      Consumer<Path> onWorkDir)
      throws IOException, InterruptedException;

  /** How to reproduce one failed replication with {@code run --seed}. */
  abstract String reproduce(FailedRun failure);

  /** The main files written, named in the summary. */
  abstract String outputsSummary();

  /** "replications" or "pairs": what a unit of {@link McResult#ok()} is. */
  String unit() {
    return "runs";
  }

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (runs < 1) {
      throw new ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
    }
    if (threadCount < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threadCount);
    }
    if (!load(err)) {
      err.flush();
      return EXIT_USAGE;
    }
    try {
      OutputFolder.check(outDir(), commandName(), inputFiles());
    } catch (OutputRefusedException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return EXIT_USAGE;
    } catch (IOException e) {
      err.println("error: --out " + outDir() + ": " + CliCommand.describe(e));
      err.flush();
      return EXIT_IO;
    }
    List<String> words = new ArrayList<>(List.of("./blockade", commandName()));
    words.addAll(arguments());
    words.add("--threads");
    words.add(Integer.toString(threadCount));
    String commandLine = Provenance.shellLine(words);
    if (!resume) {
      words.add("--resume");
    }
    String resumeLine = Provenance.shellLine(words);

    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("version", Provenance.VERSION);
    provenance.put("git_commit", Provenance.gitCommit());
    provenance.putAll(configProvenance());
    provenance.put("command_line", commandLine);

    executed.set(0);
    Function<ScenarioConfig, ReplicationRunner> counted =
        cfg -> {
          ReplicationRunner inner = runnerFactory.apply(cfg);
          return s -> {
            executed.incrementAndGet();
            return inner.run(s);
          };
        };
    Path work = MonteCarloRunner.workDir(outDir());
    InterruptHint hint = new InterruptHint(work, resumeLine);
    hint.install();
    long t0 = System.nanoTime();
    McResult result;
    try (McLogFile log = new McLogFile()) {
      Consumer<Path> onWorkDir =
          dir -> {
            log.attach(dir.resolve(commandName() + ".log"));
            LOG.info("blockade {} (commit {})", Provenance.VERSION, provenance.get("git_commit"));
            LOG.info("command line: {}", commandLine);
            configProvenance()
                .forEach(
                    (k, v) -> {
                      if (!k.matches(
                          "config(_[ab])?|study")) { // the resolved YAML is in the meta table
                        LOG.info("{}: {}", k, v);
                      }
                    });
          };
      result = runExperiment(threadCount, provenance, counted, onWorkDir);
    } catch (UnfinishedWorkException e) {
      err.println("error: " + e.getMessage());
      err.println("resume with: " + resumeLine);
      err.flush();
      return EXIT_USAGE;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return EXIT_USAGE;
    } catch (InterruptedException e) {
      // handled here: the command ends with exit code 130 (the interrupt came from a replication
      // or from the caller, and either way the caller gets the code rather than a set flag)
      err.println("interrupted: " + keptLine(work, resumeLine));
      err.flush();
      return EXIT_INTERRUPTED;
    } catch (IOException e) {
      err.println("error: " + CliCommand.describe(e));
      err.println(keptLine(work, resumeLine));
      err.flush();
      return EXIT_IO;
    } finally {
      hint.remove();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    printSummary(out, err, result, executed.get(), seconds, threadCount);
    return result.exitCode();
  }

  private void printSummary(
      PrintWriter out, PrintWriter err, McResult r, int executed, double seconds, int threadCount) {
    for (String w : r.warnings()) {
      err.println("warning: " + w);
    }
    List<FailedRun> failures = r.failures();
    for (int i = 0; i < Math.min(SHOWN_FAILURES, failures.size()); i++) {
      FailedRun f = failures.get(i);
      err.println(
          String.format(
              Locale.ROOT,
              "replication %d%s failed (seed %d): %s; reproduce with: %s",
              f.run(),
              failureScenario(f),
              f.seed(),
              f.message(),
              reproduce(f)));
    }
    if (failures.size() > SHOWN_FAILURES) {
      err.println(
          "... and "
              + (failures.size() - SHOWN_FAILURES)
              + " more failed replications (see the runs table in results.duckdb)");
    }
    int perRun = Math.max(1, executed / Math.max(1, arms()));
    out.println(
        String.format(
            Locale.ROOT,
            "%s: %d %s, %d ok, %d failed; ran %d in %.1f s (%.2f %s/s on %d thread%s)",
            commandName(),
            r.runs(),
            unit(),
            r.ok(),
            r.failed(),
            executed == 0 ? 0 : perRun,
            seconds,
            executed == 0 ? 0.0 : perRun / seconds,
            unit(),
            threadCount,
            threadCount == 1 ? "" : "s"));
    out.println("results in " + r.outDir() + ": " + outputsSummary());
    out.flush();
    err.flush();
  }

  /**
   * What is left after a stop: the finished replications and how to resume, only when there are
   * some (a hint must never point at a folder that does not exist).
   */
  static String keptLine(Path work, String resumeLine) {
    if (!Files.isDirectory(work)) {
      return "no replication had finished; nothing to resume";
    }
    int done;
    try {
      done = MonteCarloRunner.finishedReplications(work);
    } catch (IOException | RuntimeException e) {
      // the database is still open (a shutdown hook): say what may be there
      return "finished replications are kept in " + work + "; resume with: " + resumeLine;
    }
    if (done == 0) {
      return "no replication had finished; nothing to resume";
    }
    return done
        + " finished replication"
        + (done == 1 ? " is" : "s are")
        + " kept in "
        + work
        + "; resume with: "
        + resumeLine;
  }

  /** Whether the command has a {@code --runs} option (studies size their runs by the design). */
  boolean hasRunsOption() {
    return true;
  }

  /** Scenarios replicated per replication index (1 for mc, 2 for compare). */
  int arms() {
    return 1;
  }

  /** Shown after the replication index in a failure line; empty for mc. */
  String failureScenario(FailedRun f) {
    return "";
  }

  /** Whether the command line asked for charts. */
  boolean charts() {
    return !noCharts;
  }

  /**
   * Loads one scenario file; prints each problem on {@code err} and returns null when it is
   * invalid.
   */
  static Loaded<ScenarioConfig> loadScenario(Path file, List<String> sets, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      err.println(file + ": no such file");
      return null;
    }
    try {
      return ConfigLoader.load(file, sets, ScenarioConfig.class);
    } catch (ConfigException e) {
      for (ConfigProblem p : e.problems()) {
        err.println(p.format());
      }
      return null;
    }
  }

  /** {@code --set} options as words for a command line. */
  /** The options every experiment spells out in its command line (provenance, resume hints). */
  List<String> sharedArguments() {
    List<String> words = new ArrayList<>();
    if (hasRunsOption()) {
      words.addAll(List.of("--runs", Integer.toString(runs)));
    }
    words.addAll(List.of("--seed", Long.toString(seed)));
    words.addAll(List.of("--out", outDir().toString()));
    if (parquet) {
      words.add("--parquet");
    }
    if (noCharts) {
      words.add("--no-charts");
    }
    return words;
  }

  static List<String> setWords(String option, List<String> sets) {
    List<String> words = new ArrayList<>();
    for (String s : sets) {
      words.add(option);
      words.add(s);
    }
    return words;
  }

  /**
   * Prints how to resume when the JVM is stopped (Ctrl-C, kill) while the experiment runs; the
   * working directory is left in place for {@code --resume}.
   */
  private static final class InterruptHint {
    private final Thread hook;
    private volatile boolean done;

    InterruptHint(Path work, String resumeLine) {
      this.hook =
          new Thread(
              () -> {
                if (!done) {
                  System.err.println();
                  System.err.println("interrupted: " + keptLine(work, resumeLine));
                  System.err.flush();
                }
              },
              "blockade-resume-hint");
    }

    void install() {
      try {
        Runtime.getRuntime().addShutdownHook(hook);
      } catch (IllegalStateException | SecurityException e) {
        // shutting down already, or not allowed: no hint
      }
    }

    void remove() {
      done = true;
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | SecurityException e) {
        // shutting down: the hook sees done and stays quiet
      }
    }
  }
}
