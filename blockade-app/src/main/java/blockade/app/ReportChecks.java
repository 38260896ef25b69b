package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioMetrics;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.output.Csv;
import blockade.experiment.report.DirectionConfig;
import blockade.experiment.report.PatternConfig;
import blockade.experiment.report.TargetSummaries;
import blockade.experiment.report.TargetsConfig;
import blockade.experiment.report.Verdict;
import blockade.experiment.report.WindowConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The pattern and direction checks of {@code report} (docs/report.md): each CALIBRATION §10 pattern
 * of the targets file is a window's value, or its ratio to another window, scored over the report's
 * replications; each scenario direction runs another scenario on the first {@code directionRuns}
 * replication seeds and scores the paired differences against the expected sign. Both pass / near /
 * fail like the targets ({@link Verdict}); none is tuned to pass.
 */
final class ReportChecks {
  /** One scored check. */
  record Check(
      String kind,
      String id,
      String label,
      String what,
      String measure,
      String bounds,
      Verdict verdict,
      String source) {}

  private final Path targetsFile;
  private final TargetsConfig targets;
  private final Map<String, Loaded<ScenarioConfig>> scenarios = new LinkedHashMap<>();

  private ReportChecks(Path targetsFile, TargetsConfig targets) {
    this.targetsFile = targetsFile;
    this.targets = targets;
  }

  /**
   * Loads the direction scenarios and checks every metric and window against the report's scenario
   * (and the direction's); prints one line per problem and returns null when there are any.
   */
  static ReportChecks load(
      Path targetsFile, TargetsConfig targets, ScenarioConfig scenario, PrintWriter err) {
    ReportChecks c = new ReportChecks(targetsFile, targets);
    Map<String, Integer> lines = ConfigLoader.keyLines(targetsFile);
    boolean ok = true;
    for (Map.Entry<String, PatternConfig> e : targets.patterns().entrySet()) {
      String at = "patterns." + e.getKey();
      ok &= c.check(at + ".value", e.getValue().value(), scenario, "the scenario", lines, err);
      if (e.getValue().versus() != null) {
        ok &= c.check(at + ".versus", e.getValue().versus(), scenario, "the scenario", lines, err);
      }
    }
    Path dir = targetsFile.toAbsolutePath().getParent();
    for (Map.Entry<String, DirectionConfig> e : targets.directions().entrySet()) {
      String at = "directions." + e.getKey();
      DirectionConfig d = e.getValue();
      Path file = shown(dir.resolve(d.scenario()).normalize());
      Loaded<ScenarioConfig> other = c.scenarios.get(file.toString());
      if (other == null) {
        java.io.StringWriter why = new java.io.StringWriter();
        other = ExperimentCommand.loadScenario(file, List.of(), new PrintWriter(why));
        if (other == null) {
          err.println(
              targetsFile
                  + ":"
                  + lines.getOrDefault(at + ".scenario", 0)
                  + ": "
                  + at
                  + ".scenario "
                  + d.scenario()
                  + ": "
                  + why.toString().strip().lines().findFirst().orElse("invalid"));
          ok = false;
          continue;
        }
        c.scenarios.put(file.toString(), other);
      }
      ok &= c.check(at + ".value", d.value(), scenario, "the scenario", lines, err);
      ok &= c.check(at + ".value", d.value(), other.value(), file.toString(), lines, err);
    }
    return ok ? c : null;
  }

  private static Path shown(Path abs) {
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  private boolean check(
      String at,
      WindowConfig w,
      ScenarioConfig s,
      String name,
      Map<String, Integer> lines,
      PrintWriter err) {
    if (!ScenarioMetrics.registry(s).columns().contains(w.metric())) {
      err.println(
          targetsFile
              + ":"
              + lines.getOrDefault(at + ".metric", 0)
              + ": "
              + at
              + ".metric "
              + w.metric()
              + " is not a metric of "
              + name);
      return false;
    }
    if (w.from().isBefore(s.start()) || w.end().isAfter(s.end())) {
      err.println(
          targetsFile
              + ":"
              + lines.getOrDefault(at + ".from", 0)
              + ": "
              + at
              + " window "
              + w.from()
              + " → "
              + w.end()
              + " is outside "
              + name
              + "'s "
              + s.start()
              + " → "
              + s.end());
      return false;
    }
    return true;
  }

  /** The direction scenarios' files (an --out holding one is refused). */
  List<Path> files() {
    List<Path> out = new ArrayList<>();
    scenarios.values().forEach(l -> out.addAll(l.files()));
    return out;
  }

  /** Provenance: each direction scenario's hash (a resume with a changed one is refused). */
  Map<String, String> provenance() {
    Map<String, String> p = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, Loaded<ScenarioConfig>> e : scenarios.entrySet()) {
      p.put("direction_scenario_" + i, e.getKey());
      p.put("config_hash_direction_" + i, e.getValue().hash());
      i++;
    }
    return p;
  }

  /** Scores the patterns over every replication of the report's scenario. */
  List<Check> patterns(SweepRunner.Results results, List<String> dates) throws Exception {
    List<Check> out = new ArrayList<>();
    Map<String, double[][]> cache = new LinkedHashMap<>();
    for (Map.Entry<String, PatternConfig> e : targets.patterns().entrySet()) {
      PatternConfig p = e.getValue();
      double[] v = summary(results, dates, p.value(), cache);
      String measure = p.value().text();
      if (p.versus() != null) {
        double[] d = summary(results, dates, p.versus(), cache);
        for (int r = 0; r < v.length; r++) {
          v[r] = v[r] / d[r];
        }
        measure = measure + " ÷ " + p.versus().text();
      }
      String bounds =
          (p.low() == null ? "" : "≥ " + fmt(p.low()))
              + (p.low() != null && p.high() != null ? ", " : "")
              + (p.high() == null ? "" : "≤ " + fmt(p.high()));
      out.add(
          new Check(
              "pattern",
              e.getKey(),
              "§10." + p.item(),
              p.what(),
              measure,
              bounds,
              Verdict.of(v, p.lowOrInf(), p.highOrInf()),
              p.source()));
    }
    return out;
  }

  private static double[] summary(
      SweepRunner.Results results, List<String> dates, WindowConfig w, Map<String, double[][]> c)
      throws Exception {
    double[][] series = c.get(w.metric());
    if (series == null) {
      series = TargetSummaries.series(results, w.metric(), dates);
      c.put(w.metric(), series);
    }
    return TargetSummaries.of(w, dates, series);
  }

  /**
   * Runs each direction scenario on replication seeds 0..n−1 of {@code masterSeed} ({@code n} the
   * file's {@code directionRuns}, at most {@code runs}) and scores the paired differences.
   */
  List<Check> directions(
      SweepRunner.Results results,
      List<String> dates,
      int runs,
      long masterSeed,
      int threads,
      Function<ScenarioConfig, ReplicationRunner> runners,
      PrintWriter progress,
      List<String> warnings)
      throws Exception {
    List<Check> out = new ArrayList<>();
    if (targets.directions().isEmpty()) {
      return out;
    }
    int n = Math.min(runs, targets.directionRuns());
    Map<String, List<RunResult>> byScenario = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      for (Map.Entry<String, Loaded<ScenarioConfig>> e : scenarios.entrySet()) {
        progress.println(
            "directions: " + e.getKey() + ", " + n + " replications on the report's seeds");
        progress.flush();
        ReplicationRunner runner = runners.apply(e.getValue().value());
        List<Future<RunResult>> futures = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          long seed = ReplicationSeeds.seedFor(masterSeed, j);
          futures.add(pool.submit(() -> runner.run(seed)));
        }
        List<RunResult> got = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          try {
            got.add(futures.get(j).get());
          } catch (java.util.concurrent.ExecutionException x) {
            warnings.add(
                "direction scenario "
                    + e.getKey()
                    + " replication "
                    + j
                    + " failed: "
                    + x.getCause());
            got.add(null);
          }
        }
        byScenario.put(e.getKey(), got);
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, double[][]> cache = new LinkedHashMap<>();
    Path dir = targetsFile.toAbsolutePath().getParent();
    for (Map.Entry<String, DirectionConfig> e : targets.directions().entrySet()) {
      DirectionConfig d = e.getValue();
      String file = shown(dir.resolve(d.scenario()).normalize()).toString();
      double[] base = summary(results, dates, d.value(), cache);
      List<RunResult> other = byScenario.get(file);
      double[] diff = new double[n];
      for (int j = 0; j < n; j++) {
        RunResult r = other.get(j);
        if (r == null) {
          diff[j] = Double.NaN;
          continue;
        }
        MetricsTable t = r.metrics();
        diff[j] = TargetSummaries.one(d.value(), t.dates(), t.series(d.value().metric())) - base[j];
      }
      boolean up = d.expect() == DirectionConfig.Direction.UP;
      out.add(
          new Check(
              "direction",
              e.getKey(),
              d.scenario().replaceAll("^.*/", "").replace(".yaml", ""),
              d.what(),
              d.value().text() + ", " + n + " pairs",
              up ? "> 0" : "< 0",
              Verdict.direction(diff, up),
              d.source()));
    }
    return out;
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
  }

  /** checks.csv: one row per pattern and direction. */
  static void writeCsv(Path file, List<Check> checks) throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "kind,check,label,measure,bounds,runs,median,p05,p95,verdict,what,source\n");
    for (Check c : checks) {
      Verdict v = c.verdict();
      sb.append(c.kind()).append(',').append(Csv.text(c.id())).append(',');
      sb.append(Csv.text(c.label())).append(',').append(Csv.text(c.measure().replace("`", "")));
      sb.append(',').append(Csv.text(c.bounds())).append(',').append(v.n());
      sb.append(',').append(Csv.num(v.median())).append(',').append(Csv.num(v.p05()));
      sb.append(',').append(Csv.num(v.p95())).append(',').append(v.verdict());
      sb.append(',').append(Csv.text(c.what())).append(',').append(Csv.text(c.source()));
      sb.append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** The report.md sections of the patterns and the directions. */
  static String markdown(List<Check> checks) {
    StringBuilder sb = new StringBuilder();
    for (String kind : List.of("pattern", "direction")) {
      List<Check> some = checks.stream().filter(c -> c.kind().equals(kind)).toList();
      if (some.isEmpty()) {
        continue;
      }
      long pass = some.stream().filter(c -> c.verdict().verdict().equals(Verdict.PASS)).count();
      long near = some.stream().filter(c -> c.verdict().verdict().equals(Verdict.NEAR)).count();
      boolean pattern = kind.equals("pattern");
      sb.append(pattern ? "\n## Patterns (CALIBRATION §10)\n\n" : "\n## Scenario directions\n\n");
      sb.append(
          pattern
              ? "Each pattern is a window's value, or its ratio to another window (÷), in every"
                  + " replication; **pass**: the median is within the bounds, **near**: only the"
                  + " 90 % band reaches them.\n\n"
              : "Each direction runs the other scenario on the report's first replication seeds"
                  + " and takes the paired difference (other − this scenario); **pass**: the"
                  + " median difference has the expected sign, **near**: only the 90 % band's far"
                  + " end does, **fail**: neither (no change fails).\n\n");
      sb.append(
          String.format(
              Locale.ROOT,
              "**%d pass, %d near, %d fail** of %d %ss.%n%n",
              pass,
              near,
              some.size() - pass - near,
              some.size(),
              kind));
      sb.append(
          pattern
              ? "| pattern | § | record | measure | model median [p05–p95] | bounds | verdict |\n"
              : "| direction | scenario | expected | measure | difference median [p05–p95] |"
                  + " sign | verdict |\n");
      sb.append("|---|---|---|---|---|---|---|\n");
      for (Check c : some) {
        Verdict v = c.verdict();
        sb.append("| ")
            .append(c.id())
            .append(" | ")
            .append(c.label())
            .append(" | ")
            .append(c.what().replace("|", "\\|"))
            .append(" (")
            .append(c.source().replace("|", "\\|"))
            .append(") | ")
            .append(c.measure())
            .append(" | ")
            .append(fmt(v.median()))
            .append(" [")
            .append(fmt(v.p05()))
            .append("–")
            .append(fmt(v.p95()))
            .append("] | ")
            .append(c.bounds())
            .append(" | ")
            .append(v.verdict().equals(Verdict.FAIL) ? "**fail**" : v.verdict())
            .append(" |\n");
      }
    }
    return sb.toString();
  }
}
