package blockade.experiment.montecarlo;

import blockade.core.observe.ReplicationRunner;
import blockade.experiment.montecarlo.Stats.Summary;
import blockade.experiment.output.Charts;
import blockade.experiment.output.Csv;
import blockade.experiment.output.OutputFolder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.duckdb.DuckDBAppender;

/**
 * The flow shared by {@code mc} and {@code compare}: prepare {@code <out>.partial}, open or resume
 * the database, run the missing replications of every scenario ("arm") on the same seeds, then
 * write quantiles, the command's own summary, charts and Parquet files, and move the directory into
 * place. Every summary is computed from the database in run order, so outputs do not depend on the
 * thread count or completion order.
 */
final class Experiment {
  private static final Logger LOG = LogManager.getLogger(Experiment.class);
  static final String SEED_SCHEME =
      "xoshiro256++ seeded by SplitMix64(master_seed); replication j = first output after j jumps"
          + " of 2^128 (ReplicationSeeds)";

  /** One scenario of the experiment and the runner that replicates it. */
  record Arm(String label, RunPlan.Runner runner) {
    Arm(String label, ReplicationRunner runner) {
      this(label, (RunPlan.Runner) (run, seed) -> runner.run(seed));
    }
  }

  /** The command-specific summary (final.csv or comparison.csv), written after the quantiles. */
  interface Summarizer {
    void write(ResultsDb db, Path dir, List<String> warnings) throws Exception;

    /** Extra tables to export with {@code --parquet}. */
    default List<String> parquetTables() {
      return List.of();
    }
  }

  private final String command;
  private final List<Arm> arms;
  private final List<String> labels;
  private final int runs;
  private final int threads;
  private final long masterSeed;
  private final Path outDir;
  private final boolean resume;
  private final boolean parquet;
  private final boolean charts;
  private final List<String> chartMetrics;
  private final Map<String, String> identity;
  private final Map<String, String> provenance;
  private RunPlan plan = RunPlan.NONE;

  /** Sets what besides the seed distinguishes the replications (default {@link RunPlan#NONE}). */
  Experiment withPlan(RunPlan plan) {
    this.plan = plan;
    return this;
  }

  Experiment(
      String command,
      List<Arm> arms,
      int runs,
      int threads,
      long masterSeed,
      Path outDir,
      boolean resume,
      boolean parquet,
      boolean charts,
      List<String> chartMetrics,
      Map<String, String> identity,
      Map<String, String> provenance) {
    this.command = command;
    this.arms = List.copyOf(arms);
    this.labels = arms.stream().map(Arm::label).toList();
    this.runs = runs;
    this.threads = threads;
    this.masterSeed = masterSeed;
    this.outDir = outDir;
    this.resume = resume;
    this.parquet = parquet;
    this.charts = charts;
    this.chartMetrics = chartMetrics;
    this.identity = new LinkedHashMap<>(identity);
    this.identity.put("command", command);
    this.identity.put("master_seed", Long.toString(masterSeed));
    this.identity.put("runs", Integer.toString(runs));
    this.provenance = provenance;
  }

  McResult execute(Summarizer summarizer, Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    try (OutputFolder folder =
        OutputFolder.open(outDir, command, List.of(), resume, Experiment::finishedIn)) {
      return execute(folder, summarizer, onWorkDir);
    }
  }

  /** Finished replications recorded in an earlier working folder (0 without a database). */
  static int finishedIn(Path workDir) throws IOException {
    Path db = workDir.resolve(ResultsDb.FILE);
    if (!Files.isRegularFile(db)) {
      return 0;
    }
    try {
      return ResultsDb.recordedRuns(db);
    } catch (SQLException e) {
      throw new IOException("cannot read " + db + ": " + e.getMessage(), e);
    }
  }

  private McResult execute(OutputFolder folder, Summarizer summarizer, Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    Path dir = folder.work();
    onWorkDir.accept(dir);
    Path dbFile = dir.resolve(ResultsDb.FILE);
    List<String> warnings = new ArrayList<>();
    int[] counts;
    List<FailedRun> failures;
    try (ResultsDb db = ResultsDb.open(dbFile, arms.size() > 1, plan)) {
      int[] pending = start(db, dir);
      String task = command + " " + String.join(" vs ", labels);
      LOG.info(
          "{}: {} runs on {} threads, master seed {}, {} to run, output {}",
          task,
          runs,
          threads,
          masterSeed,
          pending.length,
          outDir);
      List<RunPlan.Runner> runners = arms.stream().map(Arm::runner).toList();
      long[] seeds = seeds();
      try (Progress progress =
          new Progress(LOG, task, runs, runs - pending.length, Progress.isTerminal())) {
        ReplicationPool.run(
            runners, pending, seeds, threads, batch -> db.append(batch, labels), progress);
      }
      counts = db.counts(arms.size());
      Map<String, Bands> bands = writeQuantiles(db, dir);
      summarizer.write(db, dir, warnings);
      if (charts) {
        drawCharts(db, dir, bands, counts[0], warnings);
      }
      if (parquet) {
        exportParquet(db, dir, summarizer.parquetTables());
      }
      failures = db.failures(labels);
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      throw e;
    } catch (SQLException e) {
      throw new IOException("results database " + dbFile + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
    folder.publish();
    for (String w : warnings) {
      LOG.warn(w);
    }
    LOG.info("{}: {} ok, {} failed; results in {}", command, counts[0], counts[1], outDir);
    return new McResult(
        runs, counts[0], counts[1], List.copyOf(failures), outDir, List.copyOf(warnings));
  }

  /** The seed of every replication, by index, as the plan assigns seed indices. */
  private long[] seeds() {
    int max = 0;
    for (int j = 0; j < runs; j++) {
      max = Math.max(max, plan.seedIndexOf(j));
    }
    long[] bySeedIndex = ReplicationSeeds.seeds(masterSeed, max + 1);
    long[] out = new long[runs];
    for (int j = 0; j < runs; j++) {
      out[j] = bySeedIndex[plan.seedIndexOf(j)];
    }
    return out;
  }

  /** Checks a resumed database belongs to this experiment, records provenance, lists the work. */
  private int[] start(ResultsDb db, Path dir) throws SQLException {
    Map<String, String> stored = db.readMeta();
    ResumeCheck.sameRun(dir, stored, identity, provenance);
    Map<String, String> meta = new LinkedHashMap<>(provenance);
    meta.putAll(identity);
    meta.put("seed_scheme", SEED_SCHEME);
    db.putMeta(meta);
    db.dropIncomplete(arms.size());
    Set<Integer> done = db.completedRuns(arms.size());
    if (!done.isEmpty()) {
      LOG.info("resuming {}: {} of {} replications already done", dir, done.size(), runs);
    }
    return java.util.stream.IntStream.range(0, runs).filter(j -> !done.contains(j)).toArray();
  }

  /** Per chart metric, a scenario's quantiles by tick (kept only for the charted metrics). */
  private static final class Bands {
    final List<Integer> ticks = new ArrayList<>();
    final List<String> dates = new ArrayList<>();
    final Map<String, List<Summary>> byMetric = new LinkedHashMap<>();
  }

  private Map<String, Bands> writeQuantiles(ResultsDb db, Path dir) throws Exception {
    Map<String, Bands> all = new LinkedHashMap<>();
    List<String> charted = chartedMetrics(db, null);
    try (Writer csv =
        Files.newBufferedWriter(dir.resolve("quantiles.csv"), StandardCharsets.UTF_8)) {
      csv.write("scenario,tick,date,metric,mean,sd,p05,p25,p50,p75,p95\n");
      db.begin();
      try {
        db.exec("DELETE FROM quantiles");
        try (DuckDBAppender ap = db.appender("quantiles")) {
          for (String label : labels) {
            Bands bands = new Bands();
            all.put(label, bands);
            List<String> metrics = db.columnsOf(label);
            db.forEachTick(
                label,
                metrics,
                (tick, date, values, n) -> {
                  bands.ticks.add(tick);
                  bands.dates.add(date);
                  for (int m = 0; m < metrics.size(); m++) {
                    String metric = metrics.get(m);
                    Summary s = Stats.summarize(values[m], n);
                    writeQuantileRow(csv, ap, label, tick, date, metric, s);
                    if (charted.contains(metric)) {
                      bands.byMetric.computeIfAbsent(metric, k -> new ArrayList<>()).add(s);
                    }
                  }
                });
          }
        }
        db.commit();
      } catch (Exception e) {
        db.rollbackQuietly();
        throw e;
      }
    }
    return all;
  }

  private static void writeQuantileRow(
      Writer csv, DuckDBAppender ap, String label, int tick, String date, String metric, Summary s)
      throws Exception {
    double[] v = {s.mean(), s.sd(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95()};
    StringBuilder line = new StringBuilder();
    line.append(Csv.text(label)).append(',').append(tick).append(',').append(Csv.text(date));
    line.append(',').append(Csv.text(metric));
    ap.beginRow().append(label).append(tick).append(date).append(metric);
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

  /** Metrics to chart: the requested ones every scenario has, or all common metrics. */
  private List<String> chartedMetrics(ResultsDb db, List<String> warnings) {
    List<String> common = new ArrayList<>(db.columnsOf(labels.get(0)));
    for (String label : labels) {
      common.retainAll(db.columnsOf(label));
    }
    if (chartMetrics.isEmpty()) {
      return common;
    }
    List<String> out = new ArrayList<>();
    for (String m : chartMetrics) {
      if (common.contains(m)) {
        out.add(m);
      } else if (warnings != null && !common.isEmpty()) {
        warnings.add(
            "no chart for " + m + ": not a metric column of " + String.join(" and ", labels));
      }
    }
    return out;
  }

  private void drawCharts(
      ResultsDb db, Path dir, Map<String, Bands> bands, int okRuns, List<String> warnings)
      throws IOException {
    List<String> metrics = chartedMetrics(db, warnings);
    if (metrics.isEmpty()) {
      return;
    }
    Path chartDir = Files.createDirectories(dir.resolve("charts"));
    Bands base = bands.get(labels.get(0));
    for (String metric : metrics) {
      List<Charts.Band> list = new ArrayList<>();
      for (String label : labels) {
        list.add(band(label, metric, base.ticks, bands.get(label)));
      }
      String title = metric + " — " + String.join(" vs ", labels) + ", " + okRuns + " runs";
      Path png = chartDir.resolve("fan_" + fileName(metric) + ".png");
      try {
        Charts.fan(png, title, metric, base.dates, list);
      } catch (UnsupportedOperationException e) {
        warnings.add("fan charts not drawn: " + e.getMessage());
        return;
      } catch (IOException | RuntimeException e) {
        warnings.add("chart " + png.getFileName() + " not drawn: " + e);
      }
    }
  }

  /** A scenario's band on the base scenario's ticks (NaN where it has no such tick). */
  private static Charts.Band band(String label, String metric, List<Integer> ticks, Bands b) {
    int len = ticks.size();
    double[][] q = new double[5][len];
    for (double[] row : q) {
      Arrays.fill(row, Double.NaN);
    }
    List<Summary> summaries = b.byMetric.getOrDefault(metric, List.of());
    for (int i = 0; i < summaries.size(); i++) {
      int at = ticks.indexOf(b.ticks.get(i));
      if (at >= 0) {
        Summary s = summaries.get(i);
        q[0][at] = s.p05();
        q[1][at] = s.p25();
        q[2][at] = s.p50();
        q[3][at] = s.p75();
        q[4][at] = s.p95();
      }
    }
    return new Charts.Band(label, q[0], q[1], q[2], q[3], q[4]);
  }

  static String fileName(String metric) {
    return metric.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private void exportParquet(ResultsDb db, Path dir, List<String> extraTables) throws SQLException {
    String by = db.tagged() ? "scenario, run" : "run";
    db.exportParquet("(SELECT * FROM runs ORDER BY " + by + ")", dir.resolve("runs.parquet"));
    if (db.hasTicks()) {
      db.exportParquet(
          "(SELECT * FROM ticks ORDER BY " + by + ", tick)", dir.resolve("ticks.parquet"));
    }
    db.exportParquet(
        "(SELECT * FROM events ORDER BY " + by + ", seq)", dir.resolve("events.parquet"));
    db.exportParquet(
        "(SELECT * FROM purchases ORDER BY " + by + ", tick, buyer_kind, sku, channel)",
        dir.resolve("purchases.parquet"));
    db.exportParquet("quantiles", dir.resolve("quantiles.parquet"));
    for (String t : extraTables) {
      db.exportParquet(t, dir.resolve(t + ".parquet"));
    }
  }
}
