package blockade.app;

import blockade.agents.scenario.ForkedPair;
import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.Loaded;
import blockade.core.observe.Metrics;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.CompareOptions;
import blockade.experiment.montecarlo.CompareRunner;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blockade compare}: two scenarios replicated on the same seeds (common random numbers), so
 * the paired differences B − A show the effect of what differs between them with far less noise
 * than two separate experiments. Writes {@code comparison.csv}, {@code quantiles.csv}, overlay fan
 * charts, {@code results.duckdb} and {@code compare.log} (docs/montecarlo.md).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Run two scenarios on the same replication seeds and compare them (differences are B - A).",
      "Writes comparison.csv (metric, tick, date, mean_a, mean_b, mean_diff, diff_ci95_low,"
          + " diff_ci95_high), quantiles.csv, results.duckdb, overlay charts/fan_<metric>.png and"
          + " compare.log to the output directory, built in <out>.partial.",
      "Exit codes: 0 all replications succeeded, 1 output could not be written, 2 usage or"
          + " config error, 3 some replication failed, 130 interrupted (resume with --resume)."
    })
public final class CompareCommand extends ExperimentCommand {
  @Parameters(index = "0", paramLabel = "A", description = "Reference scenario YAML file.")
  Path configA;

  @Parameters(index = "1", paramLabel = "B", description = "Scenario YAML file compared with A.")
  Path configB;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "compare",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--set-a",
      paramLabel = "KEY=VALUE",
      description = "Override a key of scenario A (repeatable).")
  List<String> setsA = new ArrayList<>();

  @Option(
      names = "--set-b",
      paramLabel = "KEY=VALUE",
      description = "Override a key of scenario B (repeatable).")
  List<String> setsB = new ArrayList<>();

  @Option(
      names = "--fork-at",
      paramLabel = "YYYY-MM",
      description =
          "Run each replication's months before YYYY-MM once, under A, and continue both"
              + " scenarios from that shared state; A and B may then differ only in mid-run levers"
              + " (usControls.rules, chinaPolicy, funds) that take effect from YYYY-MM on.")
  String forkAt;

  private Loaded<ScenarioConfig> loadedA;
  private Loaded<ScenarioConfig> loadedB;

  @Override
  String commandName() {
    return "compare";
  }

  @Override
  Path outDir() {
    return out;
  }

  @Override
  String unit() {
    return "pairs";
  }

  @Override
  int arms() {
    return 2;
  }

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "100",
      description = "Number of replications (default: ${DEFAULT-VALUE}).")
  void setRuns(int n) {
    runs = n;
  }

  @Option(
      names = "--uncertain",
      paramLabel = "STUDY",
      description =
          "Draw each pair's inputs from the study file's distributions, the same for A and B"
              + " (docs/studies.md); the runs table holds the drawn values.")
  Path uncertainFile;

  private UncertainInputs uncertain;

  @Mixin EngineOptions engine = new EngineOptions();

  private ClusterEngine cluster;

  @Override
  boolean load(PrintWriter err) {
    if (!engine.local()) {
      cluster = engine.find(err);
      if (cluster == null) {
        return false;
      }
      if (uncertainFile != null || forkAt != null) {
        err.println(
            "error: "
                + (forkAt != null ? "--fork-at" : "--uncertain")
                + " is not available with --engine spark yet");
        return false;
      }
    }
    loadedA = loadScenario(configA, setsA, err);
    loadedB = loadScenario(configB, setsB, err);
    if (loadedA == null || loadedB == null) {
      return false;
    }
    if (uncertainFile != null) {
      if (forkAt != null) {
        err.println(
            "error: --uncertain cannot be combined with --fork-at (a fork shares the months before"
                + " it, drawn inputs change them)");
        return false;
      }
      uncertain = UncertainInputs.load(uncertainFile, List.of(loadedA, loadedB), err);
      return uncertain != null;
    }
    if (forkAt != null) {
      ForkedPair pair;
      try {
        pair = new ForkedPair(loadedA.value(), loadedB.value(), YearMonth.parse(forkAt.strip()));
      } catch (DateTimeParseException e) {
        err.println("error: --fork-at " + forkAt + ": not a month YYYY-MM");
        return false;
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return false;
      }
      ScenarioConfig a = loadedA.value();
      runnerFactory = cfg -> cfg == a ? pair.a() : pair.b();
    }
    return true;
  }

  @Override
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(loadedA.files());
    files.addAll(loadedB.files());
    if (uncertain != null) {
      files.addAll(uncertain.study().files());
    }
    return files;
  }

  @Override
  Map<String, String> configProvenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("config_file_a", configA.toString());
    p.put("config_sets_a", String.join(" ", setsA));
    p.put("config_hash_a", loadedA.hash());
    p.put("config_file_b", configB.toString());
    p.put("config_sets_b", String.join(" ", setsB));
    p.put("config_hash_b", loadedB.hash());
    if (forkAt != null) {
      p.put("fork_at", forkAt.strip());
    }
    if (uncertain != null) {
      p.put("study_file", uncertainFile.toString());
      p.put("config_hash_study", uncertain.study().hash());
    }
    p.put("config_a", loadedA.resolvedYaml());
    p.put("config_b", loadedB.resolvedYaml());
    if (uncertain != null) {
      p.put("study", uncertain.study().resolvedYaml());
    }
    return p;
  }

  @Override
  List<String> arguments() {
    List<String> words = new ArrayList<>();
    words.add(configA.toString());
    words.add(configB.toString());
    words.addAll(sharedArguments());
    words.addAll(engine.words());
    words.addAll(setWords("--set-a", setsA));
    words.addAll(setWords("--set-b", setsB));
    if (forkAt != null) {
      words.addAll(List.of("--fork-at", forkAt.strip()));
    }
    if (uncertainFile != null) {
      words.addAll(List.of("--uncertain", uncertainFile.toString()));
    }
    if (resume) {
      words.add("--resume");
    }
    return words;
  }

  @Override
  McResult runExperiment(
      int threadCount,
      Map<String, String> provenance,
      Function<ScenarioConfig, ReplicationRunner> runners,
      Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    CompareOptions options =
        new CompareOptions(
            runs,
            threadCount,
            seed,
            out,
            resume,
            parquet,
            charts(),
            Metrics.KEY,
            loadedA.value().name(),
            loadedB.value().name(),
            provenance);
    if (cluster != null) {
      List<String> labels = CompareRunner.labels(loadedA.value().name(), loadedB.value().name());
      ClusterJob job =
          new ClusterJob(
              "compare",
              engine.masterOrDefault(),
              List.of(
                  new ClusterJob.Arm(labels.get(0), loadedA.resolvedYaml(), loadedA.hash()),
                  new ClusterJob.Arm(labels.get(1), loadedB.resolvedYaml(), loadedB.hash())),
              runs,
              seed,
              out,
              resume,
              charts(),
              Metrics.KEY,
              inputFiles(),
              provenance);
      return cluster.run(job, onWorkDir, executed::addAndGet);
    }
    if (uncertain != null) {
      return CompareRunner.run(
          uncertain.runner(loadedA, runners),
          uncertain.runner(loadedB, runners),
          options,
          uncertain.plan(),
          onWorkDir);
    }
    return CompareRunner.run(
        runners.apply(loadedA.value()), runners.apply(loadedB.value()), options, onWorkDir);
  }

  /** Whether a failure belongs to scenario B (labels as {@link CompareRunner} makes them). */
  private boolean isB(FailedRun f) {
    String a = loadedA.value().name();
    String b = loadedB.value().name();
    return f.scenario().equals(a.equals(b) ? b + " (B)" : b);
  }

  @Override
  String failureScenario(FailedRun f) {
    return " of " + (isB(f) ? "B" : "A") + " (" + f.scenario() + ")";
  }

  @Override
  String reproduce(FailedRun f) {
    boolean b = isB(f);
    List<String> words =
        new ArrayList<>(List.of("./blockade", "run", (b ? configB : configA).toString()));
    words.addAll(List.of("--seed", Long.toString(f.seed())));
    words.addAll(setWords("--set", b ? setsB : setsA));
    if (uncertain != null) {
      words.addAll(setWords("--set", uncertain.sets(f.seed())));
    }
    return Provenance.shellLine(words);
  }

  @Override
  String outputsSummary() {
    if (cluster != null) {
      return "comparison.csv, quantiles.csv, runs/, ticks/, events/ (Parquet, partitioned by"
          + " scenario)"
          + (charts() ? ", charts/" : "")
          + ", meta.json, compare.log";
    }
    return "comparison.csv, quantiles.csv, results.duckdb"
        + (charts() ? ", charts/" : "")
        + (parquet ? ", *.parquet" : "")
        + ", compare.log";
  }
}
