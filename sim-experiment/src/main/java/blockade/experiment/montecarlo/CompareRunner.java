package blockade.experiment.montecarlo;

import blockade.core.observe.ReplicationRunner;
import blockade.experiment.output.Csv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;

/**
 * Scenario comparison on common random numbers ({@code blockade compare A B}): replication j of
 * both scenarios runs on the same seed, so the paired differences B − A carry far less noise than
 * two independent experiments would.
 *
 * <p>Files in {@code outDir} (same temporary-name, resume and failure rules as {@link
 * MonteCarloRunner}):
 *
 * <ul>
 *   <li>{@code comparison.csv}: {@code metric,tick,date,mean_a,mean_b,mean_diff,diff_ci95_low,
 *       diff_ci95_high} for every metric both scenarios have (in A's column order), over the
 *       replications where both succeeded and the metric is not NaN in either; the interval is
 *       mean_diff ± t(0.975, n−1)·sd/√n, empty when n = 1;
 *   <li>{@code quantiles.csv}: as for {@code mc}, A's rows then B's, each over its successful runs;
 *   <li>{@code results.duckdb}: the {@code mc} tables with a leading {@code scenario} column in
 *       {@code runs}, {@code ticks} and {@code events} naming the scenario, plus a {@code
 *       comparison} table with the columns of {@code comparison.csv};
 *   <li>{@code charts/fan_<metric>.png}: both scenarios' fans overlaid.
 * </ul>
 *
 * When both scenarios have the same name they are labelled {@code "<name> (A)"} and {@code "<name>
 * (B)"}. A replication that fails in either scenario is left out of the differences and reported.
 */
public final class CompareRunner {
  private static final String HEADER =
      "metric,tick,date,mean_a,mean_b,mean_diff,diff_ci95_low,diff_ci95_high";

  private CompareRunner() {}

  /**
   * Runs both scenarios on the same replication seeds and writes the comparison.
   *
   * @return counts over pairs ({@code ok}: both succeeded) and every failure; {@link
   *     McResult#exitCode()} is 0, or 3 when some replication failed
   * @throws IllegalArgumentException when {@code resume} finds a partial comparison started with
   *     other settings
   * @throws InterruptedException when interrupted; finished pairs stay for a resume
   * @throws IOException when the output cannot be written
   */
  public static McResult run(ReplicationRunner a, ReplicationRunner b, CompareOptions o)
      throws IOException, InterruptedException {
    return run(a, b, o, dir -> {});
  }

  /**
   * Like {@link #run(ReplicationRunner, ReplicationRunner, CompareOptions)}, calling {@code
   * onWorkDir} with the working directory ({@code <outDir>.partial}) before any replication runs
   * (see {@link MonteCarloRunner#run(ReplicationRunner, McOptions, Consumer)}).
   */
  public static McResult run(
      ReplicationRunner a, ReplicationRunner b, CompareOptions o, Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    return run(a, b, o, RunPlan.NONE, onWorkDir);
  }

  /**
   * Like {@link #run(ReplicationRunner, ReplicationRunner, CompareOptions, Consumer)} with
   * replications whose inputs vary ({@code compare --uncertain}): both scenarios of a pair get the
   * same inputs, stored as columns of {@code runs}.
   */
  public static McResult run(
      ReplicationRunner a,
      ReplicationRunner b,
      CompareOptions o,
      RunPlan plan,
      Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    String labelA = o.scenarioA();
    String labelB = o.scenarioB();
    if (labelA.equals(labelB)) {
      labelA = labelA + " (A)";
      labelB = labelB + " (B)";
    }
    String la = labelA;
    String lb = labelB;
    Experiment experiment =
        new Experiment(
            "compare",
            List.of(new Experiment.Arm(la, a), new Experiment.Arm(lb, b)),
            o.runs(),
            o.threads(),
            o.masterSeed(),
            o.outDir(),
            o.resume(),
            o.parquet(),
            o.charts(),
            o.chartMetrics(),
            identity(la, lb),
            o.provenance());
    experiment.withPlan(plan);
    return experiment.execute(
        new Experiment.Summarizer() {
          @Override
          public void write(ResultsDb db, Path dir, List<String> warnings) throws Exception {
            writeComparison(db, dir, la, lb);
          }

          @Override
          public List<String> parquetTables() {
            return List.of("comparison");
          }
        },
        onWorkDir);
  }

  /** One metric's paired statistics at one tick. */
  private record Row(
      int tick, String date, double meanA, double meanB, double diff, double lo, double hi) {}

  private static void writeComparison(ResultsDb db, Path dir, String labelA, String labelB)
      throws Exception {
    List<String> metrics = new ArrayList<>(db.columnsOf(labelA));
    metrics.retainAll(db.columnsOf(labelB));
    int m = metrics.size();
    List<List<Row>> rows = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      rows.add(new ArrayList<>());
    }
    Map<Integer, Double> tByDf = new TreeMap<>();
    db.forEachPairedTick(
        labelA,
        labelB,
        metrics,
        (tick, date, values, n) -> {
          for (int i = 0; i < m; i++) {
            rows.get(i).add(paired(tick, date, values[i], values[m + i], n, tByDf));
          }
        });
    db.begin();
    try {
      db.exec(
          "CREATE OR REPLACE TABLE comparison(metric VARCHAR, tick INTEGER, date VARCHAR,"
              + " mean_a DOUBLE, mean_b DOUBLE, mean_diff DOUBLE, diff_ci95_low DOUBLE,"
              + " diff_ci95_high DOUBLE)");
      try (Writer csv =
              Files.newBufferedWriter(dir.resolve("comparison.csv"), StandardCharsets.UTF_8);
          DuckDBAppender ap = db.appender("comparison")) {
        csv.write(HEADER + "\n");
        for (int i = 0; i < m; i++) {
          for (Row r : rows.get(i)) {
            double[] v = {r.meanA(), r.meanB(), r.diff(), r.lo(), r.hi()};
            StringBuilder line = new StringBuilder(Csv.text(metrics.get(i)));
            line.append(',').append(r.tick()).append(',').append(Csv.text(r.date()));
            ap.beginRow().append(metrics.get(i)).append(r.tick()).append(r.date());
            for (double x : v) {
              line.append(',').append(Csv.num(x));
              if (Double.isNaN(x)) {
                ap.appendNull();
              } else {
                ap.append(x);
              }
            }
            ap.endRow();
            csv.write(line.append('\n').toString());
          }
        }
      }
      db.commit();
    } catch (Exception e) {
      db.rollbackQuietly();
      throw e;
    }
  }

  /**
   * Paired statistics over the runs where neither value is NaN, in run order; {@code tByDf} caches
   * t quantiles, which are costly for large n.
   */
  static Row paired(
      int tick, String date, double[] a, double[] b, int count, Map<Integer, Double> tByDf) {
    double[] xa = new double[count];
    double[] xb = new double[count];
    double[] d = new double[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        xa[n] = a[i];
        xb[n] = b[i];
        d[n] = b[i] - a[i];
        n++;
      }
    }
    double nan = Double.NaN;
    if (n == 0) {
      return new Row(tick, date, nan, nan, nan, nan, nan);
    }
    double meanDiff = Stats.mean(d, n);
    double lo = nan;
    double hi = nan;
    if (n > 1) {
      double t = tByDf.computeIfAbsent(n - 1, df -> Stats.studentTQuantile(0.975, df));
      double half = t * Stats.sampleSd(d, n, meanDiff) / Math.sqrt(n);
      lo = meanDiff - half;
      hi = meanDiff + half;
    }
    return new Row(tick, date, Stats.mean(xa, n), Stats.mean(xb, n), meanDiff, lo, hi);
  }

  /**
   * The paired statistics of {@code comparison.csv} ({@code mean_a, mean_b, mean_diff,
   * diff_ci95_low, diff_ci95_high}) of values in run order, exactly as this runner computes them;
   * for other engines (sim-cluster).
   */
  public static double[] pairedStats(
      double[] a, double[] b, int count, Map<Integer, Double> tByDf) {
    Row r = paired(0, null, a, b, count, tByDf);
    return new double[] {r.meanA(), r.meanB(), r.diff(), r.lo(), r.hi()};
  }

  /** Labels of the two scenarios: their names, or "NAME (A)" and "NAME (B)" when equal. */
  public static List<String> labels(String scenarioA, String scenarioB) {
    return scenarioA.equals(scenarioB)
        ? List.of(scenarioA + " (A)", scenarioB + " (B)")
        : List.of(scenarioA, scenarioB);
  }

  /** The header of {@code comparison.csv}. */
  public static String header() {
    return HEADER;
  }

  /** The scenario labels a resumed comparison must match, in a fixed order (A then B). */
  private static Map<String, String> identity(String la, String lb) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("scenario_a", la);
    m.put("scenario_b", lb);
    return m;
  }
}
