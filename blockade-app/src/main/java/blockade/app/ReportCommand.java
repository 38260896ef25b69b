package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.Loaded;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.Stats;
import blockade.experiment.montecarlo.SweepOptions;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.output.Charts;
import blockade.experiment.output.Csv;
import blockade.experiment.report.TargetSummaries;
import blockade.experiment.report.TargetsConfig;
import blockade.experiment.report.TargetsConfig.TargetConfig;
import blockade.experiment.report.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blockade report [CONFIG]}: runs the scenario's Monte Carlo and scores it against the
 * calibration targets of a targets file ({@code configs/targets/calibration.yaml}): each target's
 * window and range, the model's median and 90 % band, and pass / near / fail; then the file's
 * CALIBRATION §10 patterns and scenario directions ({@link ReportChecks}); writes {@code report.md}
 * with a fan chart per target (its range and window marked), {@code report.csv} and {@code
 * checks.csv}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Run a scenario's Monte Carlo and score it against calibration targets (docs/report.md).",
      "Writes report.md, report.csv, checks.csv (patterns and scenario directions),"
          + " charts/target_<id>.png, results.duckdb and report.log to the"
          + " output directory, built in <out>.partial.",
      "Exit codes: 0 all replications succeeded (whatever the verdicts), 1 output could not be"
          + " written, 2 usage or config error, 3 some replication failed, 130 interrupted."
    })
public final class ReportCommand extends ExperimentCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CONFIG",
      defaultValue = "configs/baseline.yaml",
      description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "100",
      description = "Number of replications (default: ${DEFAULT-VALUE}).")
  void setRuns(int n) {
    runs = n;
  }

  @Option(
      names = "--targets",
      paramLabel = "FILE",
      defaultValue = "configs/targets/calibration.yaml",
      description = "Calibration targets (default: ${DEFAULT-VALUE}).")
  Path targetsFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "report",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin EngineOptions engine = new EngineOptions();

  private ClusterEngine cluster;
  private Loaded<ScenarioConfig> loaded;
  private Loaded<TargetsConfig> targets;
  private ReportChecks checks;
  private Function<ScenarioConfig, ReplicationRunner> runners;
  private int threadCount;

  @Override
  String commandName() {
    return "report";
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
    }
    loaded = loadScenario(config, List.of(), err);
    targets = TargetsFile.load(targetsFile, err);
    if (loaded == null || targets == null) {
      return false;
    }
    Map<String, String> problems =
        TargetsFile.inexpressible(targetsFile, targets.value(), loaded.value(), config);
    problems.values().forEach(err::println);
    checks = ReportChecks.load(targetsFile, targets.value(), loaded.value(), err);
    return problems.isEmpty() && checks != null;
  }

  @Override
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(loaded.files());
    files.addAll(targets.files());
    files.addAll(checks.files());
    return files;
  }

  @Override
  Map<String, String> configProvenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("config_file", config.toString());
    p.put("config_hash", loaded.hash());
    p.put("targets_file", targetsFile.toString());
    p.put("config_hash_targets", targets.hash());
    p.putAll(checks.provenance());
    p.put("config", loaded.resolvedYaml());
    return p;
  }

  @Override
  List<String> arguments() {
    List<String> words = new ArrayList<>(List.of(config.toString()));
    words.addAll(sharedArguments());
    words.addAll(List.of("--targets", targetsFile.toString()));
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
    this.runners = runners;
    this.threadCount = threadCount;
    if (cluster != null) {
      // the scenario's replications on the executors, read back from their Parquet datasets by
      // the same analysis; the direction runs of other scenarios stay on this machine
      ClusterJob job =
          new ClusterJob(
              "report",
              engine.masterOrDefault(),
              List.of(
                  new ClusterJob.Arm(loaded.value().name(), loaded.resolvedYaml(), loaded.hash())),
              runs,
              seed,
              out,
              resume,
              false,
              List.of(),
              inputFiles(),
              provenance,
              new ClusterJob.Design(
                  List.of(),
                  new double[1][0],
                  runs,
                  true,
                  List.of(List.of()),
                  Map.of(),
                  this::analyse));
      return cluster.run(job, onWorkDir, executed::addAndGet);
    }
    ReplicationRunner runner = runners.apply(loaded.value());
    SweepOptions options =
        new SweepOptions(
            "report",
            List.of(),
            new double[1][0],
            runs,
            threadCount,
            seed,
            out,
            resume,
            parquet,
            loaded.value().name(),
            Map.of(),
            provenance);
    return SweepRunner.run((run, s) -> runner.run(s), options, this::analyse, onWorkDir);
  }

  /** One scored target. */
  private record Scored(String id, TargetConfig target, Verdict verdict) {}

  private void analyse(SweepRunner.Results results, Path dir, List<String> warnings)
      throws Exception {
    List<String> dates = results.dates();
    List<Scored> scored = new ArrayList<>();
    Map<String, double[][]> byMetric = new LinkedHashMap<>();
    for (Map.Entry<String, TargetConfig> e : targets.value().targets().entrySet()) {
      TargetConfig t = e.getValue();
      double[][] series = byMetric.get(t.metric());
      if (series == null) {
        series = TargetSummaries.series(results, t.metric(), dates);
        byMetric.put(t.metric(), series);
      }
      double[] summary = TargetSummaries.of(t, dates, series);
      scored.add(new Scored(e.getKey(), t, Verdict.of(summary, t.low(), t.high())));
      if (charts()) {
        drawFan(dir, e.getKey(), t, dates, series, warnings);
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    List<ReportChecks.Check> checked = new ArrayList<>(checks.patterns(results, dates));
    checked.addAll(
        checks.directions(results, dates, runs, seed, threadCount, runners, o, warnings));
    writeCsv(dir.resolve("report.csv"), scored);
    if (!checked.isEmpty()) {
      ReportChecks.writeCsv(dir.resolve("checks.csv"), checked);
    }
    writeMarkdown(dir.resolve("report.md"), scored, ReportChecks.markdown(checked));
    for (Scored s : scored) {
      o.println(
          String.format(
              Locale.ROOT,
              "%-26s %-5s median %s [%s–%s] vs %s–%s",
              s.id(),
              s.verdict().verdict(),
              fmt(s.verdict().median()),
              fmt(s.verdict().p05()),
              fmt(s.verdict().p95()),
              fmt(s.target().low()),
              fmt(s.target().high())));
    }
    for (ReportChecks.Check c : checked) {
      o.println(
          String.format(
              Locale.ROOT,
              "%-26s %-5s median %s [%s–%s] vs %s",
              c.id(),
              c.verdict().verdict(),
              fmt(c.verdict().median()),
              fmt(c.verdict().p05()),
              fmt(c.verdict().p95()),
              c.bounds()));
    }
    o.flush();
  }

  private void drawFan(
      Path dir, String id, TargetConfig t, List<String> dates, double[][] series, List<String> w) {
    int n = dates.size();
    double[][] q = new double[5][n];
    double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
    for (int m = 0; m < n; m++) {
      double[] v = Arrays.stream(series[m]).filter(x -> !Double.isNaN(x)).sorted().toArray();
      for (int k = 0; k < 5; k++) {
        q[k][m] = v.length == 0 ? Double.NaN : Stats.quantileSorted(v, v.length, ps[k]);
      }
    }
    String label =
        t.statistic() == TargetsConfig.Statistic.VALUE
            ? "the record's range"
            : "the record's range ("
                + t.statistic().name().toLowerCase(Locale.ROOT)
                + " over the window)";
    try {
      Charts.fan(
          dir.resolve("charts").resolve("target_" + id + ".png"),
          id + ": " + t.metric(),
          t.metric(),
          dates,
          List.of(new Charts.Band(loaded.value().name(), q[0], q[1], q[2], q[3], q[4])),
          new Charts.Target(label, t.from().toString(), t.end().toString(), t.low(), t.high()));
    } catch (IOException | RuntimeException e) {
      w.add("chart of target " + id + " not drawn: " + e.getMessage());
    }
  }

  private static String fmt(double v) {
    return ReportChecks.fmt(v);
  }

  private void writeCsv(Path file, List<Scored> scored) throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "target,metric,from,to,statistic,low,high,runs,median,p05,p95,verdict,what,source\n");
    for (Scored s : scored) {
      TargetConfig t = s.target();
      Verdict v = s.verdict();
      sb.append(Csv.text(s.id())).append(',').append(Csv.text(t.metric()));
      sb.append(',').append(t.from()).append(',').append(t.end());
      sb.append(',').append(t.statistic().name().toLowerCase(Locale.ROOT));
      sb.append(',').append(Csv.num(t.low())).append(',').append(Csv.num(t.high()));
      sb.append(',').append(v.n()).append(',').append(Csv.num(v.median()));
      sb.append(',').append(Csv.num(v.p05())).append(',').append(Csv.num(v.p95()));
      sb.append(',').append(v.verdict()).append(',').append(Csv.text(t.what()));
      sb.append(',').append(Csv.text(t.source())).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private void writeMarkdown(Path file, List<Scored> scored, String checksSection)
      throws IOException {
    long pass = scored.stream().filter(s -> s.verdict().verdict().equals(Verdict.PASS)).count();
    long near = scored.stream().filter(s -> s.verdict().verdict().equals(Verdict.NEAR)).count();
    long fail = scored.size() - pass - near;
    StringBuilder sb = new StringBuilder();
    sb.append("# Calibration report: ").append(loaded.value().name()).append("\n\n");
    sb.append("Scenario `")
        .append(config)
        .append("` (config hash `")
        .append(loaded.hash(), 0, 12)
        .append("`), ")
        .append(runs)
        .append(" replications, seed ")
        .append(seed)
        .append(", targets `")
        .append(targetsFile)
        .append("`; blockade ")
        .append(Provenance.VERSION)
        .append(".\n\n");
    sb.append("Each target is a metric summarised over a window of months in every replication;")
        .append(" the table gives the median and 90 % band (p05–p95) of those summaries.")
        .append(" **pass**: the median lies in the record's range; **near**: only the band")
        .append(" overlaps it; **fail**: neither. Ranges are the sources' (or a stated")
        .append(" tolerance); none is tuned to pass.\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "**%d pass, %d near, %d fail** of %d targets.%n%n",
            pass,
            near,
            fail,
            scored.size()));
    sb.append("| target | record | metric, window | model median [p05–p95] | range | verdict |\n");
    sb.append("|---|---|---|---|---|---|\n");
    for (Scored s : scored) {
      TargetConfig t = s.target();
      Verdict v = s.verdict();
      String window =
          t.from().equals(t.end())
              ? t.from().toString()
              : t.statistic().name().toLowerCase(Locale.ROOT) + " " + t.from() + " → " + t.end();
      sb.append("| ")
          .append(s.id())
          .append(" | ")
          .append(t.what().replace("|", "\\|"))
          .append(" (")
          .append(t.source().replace("|", "\\|"))
          .append(") | `")
          .append(t.metric())
          .append("`, ")
          .append(window)
          .append(" | ")
          .append(fmt(v.median()))
          .append(" [")
          .append(fmt(v.p05()))
          .append("–")
          .append(fmt(v.p95()))
          .append("] | ")
          .append(fmt(t.low()))
          .append("–")
          .append(fmt(t.high()))
          .append(" | ")
          .append(v.verdict().equals(Verdict.FAIL) ? "**fail**" : v.verdict())
          .append(" |\n");
    }
    sb.append(checksSection);
    if (charts()) {
      sb.append("\n## Charts\n");
      sb.append("\n");
      for (Scored s : scored) {
        sb.append("![").append(s.id()).append("](charts/target_").append(s.id()).append(".png)\n");
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  @Override
  String reproduce(FailedRun f) {
    return Provenance.shellLine(
        List.of("./blockade", "run", config.toString(), "--seed", Long.toString(f.seed())));
  }

  @Override
  String outputsSummary() {
    return "report.md, report.csv"
        + (targets.value().patterns().isEmpty() && targets.value().directions().isEmpty()
            ? ""
            : ", checks.csv")
        + (charts() ? ", charts/" : "")
        + (cluster != null
            ? ", runs/, ticks/, events/ (Parquet, partitioned by scenario), final.csv"
            : ", results.duckdb, final.csv" + (parquet ? ", *.parquet" : ""))
        + ", report.log";
  }
}
