package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.Loaded;
import blockade.core.observe.Metrics;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McOptions;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.MonteCarloRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code blockade mc}: a Monte Carlo experiment of one scenario. Replications run on a thread pool,
 * each on a seed split from the master seed, and stream into {@code results.duckdb}; the command
 * then writes {@code quantiles.csv}, {@code final.csv}, fan charts of the key metrics and {@code
 * mc.log}. Outputs are byte-identical at any thread count (docs/montecarlo.md).
 */
@Command(
    name = "mc",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Run many replications of a scenario and summarise their distribution.",
      "Writes results.duckdb (runs, ticks, events, purchases, quantiles, meta), quantiles.csv, final.csv,"
          + " charts/fan_<metric>.png and mc.log to the output directory, which is built in"
          + " <out>.partial and moved into place when complete.",
      "Exit codes: 0 all replications succeeded, 1 output could not be written, 2 usage or"
          + " config error, 3 some replication failed, 130 interrupted (resume with --resume)."
    })
public final class McCommand extends ExperimentCommand {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file.")
  Path config;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "mc",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a config key, e.g. --set energy.growthPerYear=0.3 (repeatable).")
  List<String> sets = new ArrayList<>();

  private Loaded<ScenarioConfig> loaded;

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
          "Draw each replication's inputs from the study file's distributions (docs/studies.md);"
              + " the runs table holds the drawn values.")
  Path uncertainFile;

  private UncertainInputs uncertain;

  @Mixin EngineOptions engine = new EngineOptions();

  private ClusterEngine cluster;

  @Override
  String commandName() {
    return "mc";
  }

  @Override
  Path outDir() {
    return out;
  }

  @Override
  boolean load(PrintWriter err) {
    if (!engine.local()) {
      cluster = engine.find(err);
      if (cluster == null) {
        return false;
      }
      if (uncertainFile != null) {
        err.println("error: --uncertain is not available with --engine spark yet");
        return false;
      }
    }
    loaded = loadScenario(config, sets, err);
    if (loaded == null) {
      return false;
    }
    if (uncertainFile != null) {
      uncertain = UncertainInputs.load(uncertainFile, List.of(loaded), err);
      return uncertain != null;
    }
    return true;
  }

  @Override
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(loaded.files());
    if (uncertain != null) {
      files.addAll(uncertain.study().files());
    }
    return files;
  }

  @Override
  Map<String, String> configProvenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("config_file", config.toString());
    p.put("config_sets", String.join(" ", sets));
    p.put("config_hash", loaded.hash());
    p.put("config", loaded.resolvedYaml());
    if (uncertain != null) {
      p.put("study_file", uncertainFile.toString());
      p.put("config_hash_study", uncertain.study().hash());
      p.put("study", uncertain.study().resolvedYaml());
    }
    return p;
  }

  @Override
  List<String> arguments() {
    List<String> words = new ArrayList<>();
    words.add(config.toString());
    words.addAll(sharedArguments());
    words.addAll(engine.words());
    words.addAll(setWords("--set", sets));
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
    McOptions options =
        new McOptions(
            runs,
            threadCount,
            seed,
            out,
            resume,
            parquet,
            charts(),
            Metrics.KEY,
            loaded.value().name(),
            provenance);
    if (cluster != null) {
      ClusterJob job =
          new ClusterJob(
              "mc",
              engine.masterOrDefault(),
              List.of(
                  new ClusterJob.Arm(loaded.value().name(), loaded.resolvedYaml(), loaded.hash())),
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
      return MonteCarloRunner.run(
          uncertain.runner(loaded, runners), options, uncertain.plan(), onWorkDir);
    }
    return MonteCarloRunner.run(runners.apply(loaded.value()), options, onWorkDir);
  }

  @Override
  String reproduce(FailedRun f) {
    List<String> words = new ArrayList<>(List.of("./blockade", "run", config.toString()));
    words.addAll(List.of("--seed", Long.toString(f.seed())));
    words.addAll(setWords("--set", sets));
    if (uncertain != null) {
      words.addAll(setWords("--set", uncertain.sets(f.seed())));
    }
    return Provenance.shellLine(words);
  }

  @Override
  String outputsSummary() {
    if (cluster != null) {
      return "runs/, ticks/, events/ (Parquet, partitioned by scenario), quantiles.csv, final.csv"
          + (charts() ? ", charts/" : "")
          + ", meta.json, mc.log";
    }
    return "results.duckdb, quantiles.csv, final.csv"
        + (charts() ? ", charts/" : "")
        + (parquet ? ", *.parquet" : "")
        + ", mc.log";
  }
}
