package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.ConfigProblem;
import blockade.core.config.Loaded;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.RunPlan;
import blockade.experiment.montecarlo.SweepOptions;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.study.Study;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code sweep} and {@code sensitivity} share: load a study file and its base scenario with
 * one-line problems, turn a design in [0, 1]<sup>k</sup> into parameter values, run every point
 * {@code runsPerPoint} times on the same seeds with the Monte Carlo machinery (resume,
 * output-folder rules, progress bar, exit codes as {@code mc}), then let the command analyse the
 * results.
 */
abstract class StudyCommand extends ExperimentCommand {
  @Parameters(index = "0", paramLabel = "STUDY", description = "Study YAML file (docs/studies.md).")
  Path studyFile;

  Study study;
  Loaded<ScenarioConfig> base;
  double[][] points;

  @Mixin EngineOptions engine = new EngineOptions();

  private ClusterEngine cluster;

  /** The design in [0, 1]^k, one row per point; null after printing why it cannot be made. */
  abstract double[][] design(PrintWriter err);

  /** Settings a resumed run must share (design type, sizes, method). */
  abstract Map<String, String> designIdentity();

  /** Extra words of the command line after the shared options. */
  abstract List<String> commandArguments();

  /** The command's analysis of the stored results. */
  abstract SweepRunner.Analysis analysis();

  @Override
  boolean hasRunsOption() {
    return false;
  }

  @Override
  boolean load(PrintWriter err) {
    if (!engine.local()) {
      cluster = engine.find(err);
      if (cluster == null) {
        return false;
      }
    }
    try {
      study = Study.load(studyFile, List.of());
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return false;
    }
    base = loadScenario(study.basePath(), study.config().sets(), err);
    if (base == null) {
      return false;
    }
    String shown = study.basePath().toString();
    List<ConfigProblem> problems =
        study.checkParameters(
            sets -> ConfigLoader.loadText(shown, base.resolvedYaml(), sets, ScenarioConfig.class),
            false);
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println(p.format()));
      return false;
    }
    points = points(err);
    if (points == null) {
      return false;
    }
    long total = (long) points.length * runsPerPoint();
    if (total > Integer.MAX_VALUE / 2) {
      err.println("error: " + studyFile + ": the design needs " + total + " runs; make it smaller");
      return false;
    }
    runs = (int) total;
    return true;
  }

  /** The parameter values of each point: the design mapped through the study's ranges. */
  double[][] points(PrintWriter err) {
    double[][] u = design(err);
    if (u == null) {
      return null;
    }
    double[][] v = new double[u.length][];
    for (int i = 0; i < u.length; i++) {
      v[i] = study.at(u[i]);
    }
    return v;
  }

  /** Replications of each point (the study's {@code runsPerPoint}). */
  int runsPerPoint() {
    return study.config().runsPerPoint();
  }

  /**
   * Whether every point runs on the same seeds (common random numbers, sweeps); else replication j
   * runs on seed index j as in {@code mc}.
   */
  boolean commonSeeds() {
    return true;
  }

  @Override
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(study.files());
    files.addAll(base.files());
    return files;
  }

  @Override
  Map<String, String> configProvenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("study_file", studyFile.toString());
    p.put("config_hash_study", study.hash());
    p.put("config_file", study.basePath().toString());
    p.put("config_sets", String.join(" ", study.config().sets()));
    p.put("config_hash", base.hash());
    p.put("study", study.resolvedYaml());
    p.put("config", base.resolvedYaml());
    return p;
  }

  @Override
  List<String> arguments() {
    List<String> words = new ArrayList<>();
    words.add(studyFile.toString());
    words.addAll(commandArguments());
    words.addAll(sharedArguments());
    words.addAll(engine.words());
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
    int per = runsPerPoint();
    String shown = study.basePath().toString();
    if (cluster != null) {
      List<List<String>> sets = new ArrayList<>();
      for (int p = 0; p < points.length; p++) {
        sets.add(List.copyOf(pointSets(p)));
      }
      ClusterJob job =
          new ClusterJob(
              commandName(),
              engine.masterOrDefault(),
              List.of(new ClusterJob.Arm(base.value().name(), base.resolvedYaml(), base.hash())),
              runs,
              seed,
              outDir(),
              resume,
              false,
              List.of(),
              inputFiles(),
              provenance,
              new ClusterJob.Design(
                  study.ids(), points, per, commonSeeds(), sets, designIdentity(), analysis()));
      return cluster.run(job, onWorkDir, executed::addAndGet);
    }
    String yaml = base.resolvedYaml();
    Map<Integer, ScenarioConfig> configs = new ConcurrentHashMap<>();
    RunPlan.Runner runner =
        (run, seed) -> {
          int point = run / per;
          ScenarioConfig cfg = configs.get(point);
          if (cfg == null) {
            cfg =
                ConfigLoader.loadText(shown, yaml, pointSets(point), ScenarioConfig.class).value();
            configs.put(point, cfg);
          }
          ScenarioConfig mine = cfg;
          try {
            return runners.apply(mine).run(seed);
          } finally {
            if (run % per == per - 1) {
              configs.remove(point); // the point's last replication (others may still reload it)
            }
          }
        };
    SweepOptions options =
        new SweepOptions(
            commandName(),
            study.ids(),
            points,
            per,
            threadCount,
            seed,
            outDir(),
            resume,
            parquet,
            base.value().name(),
            designIdentity(),
            provenance);
    return SweepRunner.run(runner, options, commonSeeds(), analysis(), onWorkDir);
  }

  /** The overrides of design point {@code point}. */
  List<String> pointSets(int point) {
    return study.sets(points[point]);
  }

  @Override
  String reproduce(FailedRun f) {
    List<String> words = new ArrayList<>(List.of("./blockade", "run", study.basePath().toString()));
    words.addAll(List.of("--seed", Long.toString(f.seed())));
    words.addAll(setWords("--set", study.config().sets()));
    words.addAll(setWords("--set", pointSets(f.run() / runsPerPoint())));
    return Provenance.shellLine(words);
  }

  @Override
  String outputsSummary() {
    if (cluster != null) {
      return "runs/, points/, ticks/, events/ (Parquet, partitioned by scenario), points.csv,"
          + " final.csv, quantiles.csv, meta.json, "
          + commandName()
          + ".log";
    }
    return "results.duckdb (runs, points, ticks, ...), points.csv, final.csv"
        + (parquet ? ", *.parquet" : "")
        + ", "
        + commandName()
        + ".log";
  }
}
