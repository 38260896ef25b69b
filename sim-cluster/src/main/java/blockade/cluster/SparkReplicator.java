package blockade.cluster;

import blockade.core.observe.SimEvent;
import blockade.experiment.cluster.ChunkLedger;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.CompareRunner;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.Progress;
import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.montecarlo.Replications;
import blockade.experiment.montecarlo.ResumeCheck;
import blockade.experiment.montecarlo.Stats;
import blockade.experiment.montecarlo.Stats.Summary;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.output.Charts;
import blockade.experiment.output.Csv;
import blockade.experiment.output.OutputFolder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark driver of an experiment: runs the missing replications on the executors, a chunk at a
 * time, each replication on the seed the local runner gives it ({@link ReplicationSeeds}); the
 * executors write them as Parquet datasets; the driver then computes {@code quantiles.csv} and
 * {@code final.csv} with Spark aggregations, using the local runner's statistics on the values of
 * each (scenario, tick) in run order, so both files equal the local runner's byte for byte.
 *
 * <p>Files in the output folder (built in {@code <out>.partial}, moved into place when complete):
 *
 * <ul>
 *   <li>{@code runs/}: {@code run, seed, status 'ok'|'failed', error, wall_ms};
 *   <li>{@code ticks/}: {@code run, tick, date, <one DOUBLE per metric>} of the successful runs;
 *   <li>{@code events/}: {@code run, seq, tick, date, type, agent, counterparty, sku, units, usd_m,
 *       detail};
 *   <li>each dataset partitioned by {@code scenario} and {@code chunk} (the batch of replications
 *       it was written with; a chunk is committed when its line is in {@code chunks.txt});
 *   <li>{@code quantiles.csv}, {@code final.csv} (one scenario), {@code charts/fan_<metric>.png},
 *       {@code meta.json} (provenance, master seed, seed scheme, metric columns).
 * </ul>
 *
 * <p>A replication that throws is recorded as failed with its seed and message. After a crash,
 * {@code resume} deletes the uncommitted chunks and runs only the replications not yet written.
 */
public final class SparkReplicator {
  private static final Logger LOG = LogManager.getLogger(SparkReplicator.class);
  static final String META = "meta.json";
  private static final String COLUMNS_KEY = "metric_columns:";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A job for the replicator.
   *
   * @param command {@code mc}
   * @param labels scenario names, one per arm
   * @param arms how each executor builds each scenario's runner
   * @param runs replications 0..runs−1
   * @param masterSeed master seed
   * @param outDir final folder
   * @param resume keep replications written in {@code <outDir>.partial}
   * @param charts draw fan charts
   * @param chartMetrics metrics to chart, empty for all
   * @param inputs config files (an --out holding one is refused)
   * @param provenance recorded in {@code meta.json}
   * @param chunkSize replications per chunk, 0 for automatic
   * @param design the design of a sweep or sensitivity analysis (one scenario), or null
   */
  public record Spec(
      String command,
      List<String> labels,
      List<ArmRunner> arms,
      int runs,
      long masterSeed,
      Path outDir,
      boolean resume,
      boolean charts,
      List<String> chartMetrics,
      List<Path> inputs,
      Map<String, String> provenance,
      int chunkSize,
      ClusterJob.Design design) {
    public Spec {
      if (design != null && arms.size() != 1) {
        throw new IllegalArgumentException("a design has one scenario");
      }
      labels = List.copyOf(labels);
      arms = List.copyOf(arms);
      if (labels.size() != arms.size() || arms.isEmpty()) {
        throw new IllegalArgumentException("one label per scenario is required");
      }
      if (new TreeSet<>(labels).size() != labels.size()) {
        throw new IllegalArgumentException("scenario names must differ: " + labels);
      }
      chartMetrics = List.copyOf(chartMetrics);
      inputs = List.copyOf(inputs);
      provenance = new LinkedHashMap<>(provenance);
    }
  }

  private SparkReplicator() {}

  /** Finished replications recorded in a working folder (0 without a ledger). */
  public static int finishedIn(Path workDir) throws IOException {
    return ChunkLedger.finished(workDir);
  }

  /** Runs the job on {@code spark}; see the class comment. */
  public static McResult run(
      SparkSession spark, Spec spec, Consumer<Path> onWorkDir, IntConsumer onFinished)
      throws IOException, InterruptedException {
    try (OutputFolder folder =
        OutputFolder.open(
            spec.outDir(),
            spec.command(),
            spec.inputs(),
            spec.resume(),
            SparkReplicator::finishedIn)) {
      Path dir = folder.work();
      onWorkDir.accept(dir);
      McResult result = new Driver(spark, spec, dir).execute(onFinished);
      folder.publish();
      for (String w : result.warnings()) {
        LOG.warn(w);
      }
      LOG.info(
          "{}: {} ok, {} failed; results in {}",
          spec.command(),
          result.ok(),
          result.failed(),
          spec.outDir());
      return result;
    }
  }

  /** A (run, seed) to replicate. */
  private record Task(int run, long seed) implements Serializable {}

  /** One quantile row computed on an executor. */
  private record QRow(int arm, int tick, String date, int metric, double[] v)
      implements Serializable {}

  /** One comparison.csv row computed on an executor. */
  private record CRow(int metric, int tick, String date, double[] v) implements Serializable {}

  private static double value(Row r, int at) {
    return r.isNullAt(at) ? Double.NaN : r.getDouble(at);
  }

  /** One successful run's last tick. */
  private record FinalRow(int run, double[] values) implements Serializable {}

  private static final class Driver {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final Spec spec;
    private final Path dir;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<List<String>> columns = new ArrayList<>();

    Driver(SparkSession spark, Spec spec, Path dir) {
      this.spark = spark;
      this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      this.spec = spec;
      this.dir = dir;
      for (int a = 0; a < spec.arms().size(); a++) {
        columns.add(null);
      }
    }

    McResult execute(IntConsumer onFinished) throws IOException, InterruptedException {
      int[] pending = start();
      long[] seeds = seeds();
      String task = spec.command() + " " + String.join(" vs ", spec.labels());
      int parallelism = Math.max(1, jsc.defaultParallelism());
      int chunk =
          spec.chunkSize() > 0
              ? spec.chunkSize()
              : Math.max(4 * parallelism, Math.min(10_000, (spec.runs() + 9) / 10));
      LOG.info(
          "{}: {} runs on Spark {} ({} cores), master seed {}, {} to run in chunks of {}, output {}",
          task,
          spec.runs(),
          jsc.master(),
          parallelism,
          spec.masterSeed(),
          pending.length,
          chunk,
          spec.outDir());
      ProgressListener listener;
      try (Progress progress =
          new Progress(
              LOG, task, spec.runs(), spec.runs() - pending.length, Progress.isTerminal())) {
        listener = new ProgressListener(progress, onFinished);
        spark.sparkContext().addSparkListener(listener);
        try {
          for (int from = 0; from < pending.length; from += chunk) {
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedException("stopped");
            }
            int to = Math.min(pending.length, from + chunk);
            List<Task> tasks = new ArrayList<>();
            for (int k = from; k < to; k++) {
              tasks.add(new Task(pending[k], seeds[pending[k]]));
            }
            runChunk(tasks);
          }
        } finally {
          spark.sparkContext().removeSparkListener(listener);
        }
      }
      List<Row> runs = readRuns();
      List<String> warnings = new ArrayList<>();
      int okRuns = writeSummaries(runs, warnings);
      return result(runs, okRuns, warnings);
    }

    /** The seed of every replication; a design reuses seed index j % runsPerPoint at each point. */
    private long[] seeds() {
      if (spec.design() == null || !spec.design().commonSeeds()) {
        return ReplicationSeeds.seeds(spec.masterSeed(), spec.runs());
      }
      int per = spec.design().runsPerPoint();
      long[] bySeedIndex = ReplicationSeeds.seeds(spec.masterSeed(), per);
      long[] out = new long[spec.runs()];
      for (int j = 0; j < out.length; j++) {
        out[j] = bySeedIndex[j % per];
      }
      return out;
    }

    // ---- start / resume -----------------------------------------------------------------------

    private int[] start() throws IOException {
      Map<String, String> identity = new LinkedHashMap<>();
      identity.put("scenario", String.join(",", spec.labels()));
      identity.put("command", spec.command());
      identity.put("master_seed", Long.toString(spec.masterSeed()));
      identity.put("runs", Integer.toString(spec.runs()));
      if (spec.design() != null) {
        identity.putAll(spec.design().identity());
        identity.put("points", Integer.toString(spec.design().points().length));
        identity.put("runs_per_point", Integer.toString(spec.design().runsPerPoint()));
        if (!spec.design().commonSeeds()) {
          identity.put("seeds", "one per run");
        }
      }
      Map<String, String> stored = readMeta();
      ResumeCheck.sameRun(dir, stored, identity, spec.provenance());
      for (int a = 0; a < spec.labels().size(); a++) {
        String cols = stored.get(COLUMNS_KEY + spec.labels().get(a));
        if (cols != null) {
          columns.set(a, JSON.readValue(cols, new TypeReference<List<String>>() {}));
          meta.put(COLUMNS_KEY + spec.labels().get(a), cols);
        }
      }
      Map<String, String> m = new LinkedHashMap<>(spec.provenance());
      m.putAll(identity);
      m.put("seed_scheme", Replications.seedScheme());
      m.put("engine", "spark " + spark.version());
      meta.putAll(m);
      writeMeta();
      Map<Integer, Integer> committed = ChunkLedger.read(dir);
      dropUncommitted(committed.keySet());
      Set<Integer> done = new TreeSet<>();
      if (!committed.isEmpty()) {
        Map<Integer, Integer> perRun = new TreeMap<>();
        for (Row r : readRuns()) {
          perRun.merge(r.getInt(1), 1, Integer::sum);
        }
        perRun.forEach(
            (run, n) -> {
              if (n == spec.arms().size()) {
                done.add(run);
              }
            });
        LOG.info("resuming {}: {} of {} replications already done", dir, done.size(), spec.runs());
      }
      return java.util.stream.IntStream.range(0, spec.runs())
          .filter(j -> !done.contains(j))
          .toArray();
    }

    /** Deletes the chunk folders of every dataset that the ledger does not list. */
    private void dropUncommitted(Set<Integer> committed) throws IOException {
      for (String dataset : List.of("runs", "ticks", "events")) {
        Path root = dir.resolve(dataset);
        if (!Files.isDirectory(root)) {
          continue;
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> scenarios = Files.list(root)) {
          for (Path s : scenarios.filter(Files::isDirectory).toList()) {
            try (Stream<Path> chunks = Files.list(s)) {
              for (Path c : chunks.filter(Files::isDirectory).toList()) {
                String name = c.getFileName().toString();
                boolean keep =
                    name.startsWith("chunk=")
                        && committed.contains(Integer.parseInt(name.substring(6)));
                if (!keep) {
                  stale.add(c);
                }
              }
            }
          }
        }
        for (Path c : stale) {
          LOG.info("dropping uncommitted {}", root.relativize(c));
          deleteTree(c);
        }
        try (Stream<Path> leftovers = Files.list(root)) {
          for (Path p : leftovers.toList()) {
            if (p.getFileName().toString().startsWith("_temporary")) {
              deleteTree(p);
            }
          }
        }
      }
    }

    // ---- one chunk ----------------------------------------------------------------------------

    private void runChunk(List<Task> tasks) throws IOException {
      int chunkId = tasks.get(0).run();
      List<ArmRunner> arms = spec.arms();
      JavaRDD<Rep> reps =
          jsc.parallelize(tasks, tasks.size())
              .flatMap(t -> ExecutorSide.replicate(arms, t.run(), t.seed()).iterator());
      reps.persist(StorageLevel.MEMORY_AND_DISK());
      try {
        jsc.setJobGroup("blockade-replicate", "replications " + chunkId + "..", false);
        reps.count();
        jsc.clearJobGroup();
        registerColumns(reps);
        List<List<String>> cols = List.copyOf(columns);
        List<String> union = unionColumns();
        JavaRDD<Rep> checked = reps.map(r -> checkColumns(r, cols));
        int writers = Math.max(1, Math.min(jsc.defaultParallelism(), tasks.size()));
        List<String> labels = spec.labels();
        if (!union.isEmpty()) {
          JavaRDD<Row> tickRows =
              checked
                  .filter(Rep::ok)
                  .coalesce(writers)
                  .flatMap(r -> tickRows(r, labels, union, chunkId).iterator());
          write(spark.createDataFrame(tickRows, tickSchema(union)), "ticks");
        }
        JavaRDD<Row> eventRows =
            checked
                .filter(Rep::ok)
                .coalesce(writers)
                .flatMap(r -> eventRows(r, labels, chunkId).iterator());
        write(spark.createDataFrame(eventRows, EVENT_SCHEMA), "events");
        Inputs inputs = Inputs.of(spec.design());
        JavaRDD<Row> runRows =
            checked.coalesce(writers).map(r -> runRow(r, labels, chunkId, inputs));
        write(spark.createDataFrame(runRows, runSchema(inputs)), "runs");
        ChunkLedger.commit(dir, chunkId, tasks.size());
      } finally {
        reps.unpersist(false);
      }
    }

    private void write(Dataset<Row> df, String dataset) {
      df.write()
          .mode(SaveMode.Append)
          .partitionBy("scenario", "chunk")
          .parquet(dir.resolve(dataset).toUri().toString());
    }

    /** Each scenario's metric columns: those of its first successful replication (lowest run). */
    private void registerColumns(JavaRDD<Rep> reps) throws IOException {
      boolean changed = false;
      for (int a = 0; a < columns.size(); a++) {
        if (columns.get(a) != null) {
          continue;
        }
        int arm = a;
        List<List<String>> first =
            reps.filter(r -> r.arm == arm && r.ok() && usable(r.columns) == null)
                .map(r -> r.columns)
                .take(1);
        if (!first.isEmpty()) {
          columns.set(a, List.copyOf(first.get(0)));
          meta.put(COLUMNS_KEY + spec.labels().get(a), JSON.writeValueAsString(first.get(0)));
          changed = true;
        }
      }
      if (changed) {
        writeMeta();
      }
    }

    private List<String> unionColumns() {
      List<String> union = new ArrayList<>();
      for (List<String> c : columns) {
        if (c != null) {
          for (String name : c) {
            if (!union.contains(name)) {
              union.add(name);
            }
          }
        }
      }
      return union;
    }

    // ---- summaries ----------------------------------------------------------------------------

    /** runs rows: scenario, run, seed, status, error; in scenario then run order. */
    private List<Row> readRuns() {
      Path root = dir.resolve("runs");
      if (!Files.isDirectory(root)) {
        return List.of();
      }
      List<Row> rows =
          new ArrayList<>(
              read("runs").select("scenario", "run", "seed", "status", "error").collectAsList());
      Map<String, Integer> order = new LinkedHashMap<>();
      for (int a = 0; a < spec.labels().size(); a++) {
        order.put(spec.labels().get(a), a);
      }
      rows.removeIf(r -> !order.containsKey(r.getString(0)));
      rows.sort(
          Comparator.<Row>comparingInt(r -> order.get(r.getString(0)))
              .thenComparingInt(r -> r.getInt(1)));
      return rows;
    }

    private Dataset<Row> read(String dataset) {
      return spark
          .read()
          .option("basePath", dir.resolve(dataset).toUri().toString())
          .parquet(dir.resolve(dataset).toUri().toString());
    }

    private int writeSummaries(List<Row> runs, List<String> warnings) throws IOException {
      List<String> labels = spec.labels();
      List<List<QRow>> byArm = new ArrayList<>();
      for (int a = 0; a < labels.size(); a++) {
        byArm.add(new ArrayList<>());
      }
      boolean hasTicks = Files.isDirectory(dir.resolve("ticks"));
      if (hasTicks) {
        for (QRow q : quantiles()) {
          byArm.get(q.arm()).add(q);
        }
      }
      try (Writer csv =
          Files.newBufferedWriter(dir.resolve("quantiles.csv"), StandardCharsets.UTF_8)) {
        csv.write("scenario,tick,date,metric,mean,sd,p05,p25,p50,p75,p95\n");
        for (int a = 0; a < labels.size(); a++) {
          List<String> cols = columns.get(a);
          for (QRow q : byArm.get(a)) {
            StringBuilder line = new StringBuilder();
            line.append(Csv.text(labels.get(a))).append(',').append(q.tick()).append(',');
            line.append(Csv.text(q.date())).append(',').append(Csv.text(cols.get(q.metric())));
            for (double x : q.v()) {
              line.append(',').append(Csv.num(x));
            }
            csv.write(line.append('\n').toString());
          }
        }
      }
      int okRuns = 0;
      for (Row r : runs) {
        if (r.getString(0).equals(labels.get(0)) && "ok".equals(r.getString(3))) {
          okRuns++;
        }
      }
      if (labels.size() == 1) {
        writeFinal(runs, hasTicks);
      }
      if (spec.design() != null) {
        writePoints();
        analyse(warnings);
      } else if (labels.size() == 2) {
        writeComparison(hasTicks);
      }
      if (spec.charts()) {
        drawCharts(byArm, okRuns, warnings);
      }
      return okRuns;
    }

    /**
     * Quantile rows of every (scenario, tick, metric), in scenario, tick and metric order: the
     * values of one (scenario, tick) are gathered on one executor, put in run order and summarised
     * by {@link Stats#summarize}, as the local runner does; only the summaries reach the driver.
     */
    private List<QRow> quantiles() {
      List<String> labels = spec.labels();
      List<List<String>> cols = List.copyOf(columns);
      Dataset<Row> ticks = read("ticks");
      List<String> names = Arrays.asList(ticks.columns());
      int scenarioAt = names.indexOf("scenario");
      int runAt = names.indexOf("run");
      int tickAt = names.indexOf("tick");
      int dateAt = names.indexOf("date");
      JavaPairRDD<Tuple2<Integer, Integer>, Row> keyed =
          ticks
              .javaRDD()
              .mapToPair(
                  r ->
                      new Tuple2<>(
                          new Tuple2<>(labels.indexOf(r.getString(scenarioAt)), r.getInt(tickAt)),
                          r));
      List<QRow> rows =
          new ArrayList<>(
              keyed
                  .filter(kv -> kv._1()._1() >= 0)
                  .groupByKey()
                  .flatMap(
                      kv -> {
                        int arm = kv._1()._1();
                        List<String> metricCols = cols.get(arm);
                        List<Row> group = new ArrayList<>();
                        kv._2().forEach(group::add);
                        group.sort(Comparator.comparingInt(r -> r.getInt(runAt)));
                        int n = group.size();
                        List<QRow> out = new ArrayList<>();
                        double[] values = new double[n];
                        String date = group.get(0).getString(dateAt);
                        for (int m = 0; m < metricCols.size(); m++) {
                          int at = names.indexOf(metricCols.get(m));
                          for (int i = 0; i < n; i++) {
                            Row r = group.get(i);
                            values[i] = r.isNullAt(at) ? Double.NaN : r.getDouble(at);
                          }
                          Summary s = Stats.summarize(values, n);
                          out.add(
                              new QRow(
                                  arm,
                                  kv._1()._2(),
                                  date,
                                  m,
                                  new double[] {
                                    s.mean(), s.sd(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95()
                                  }));
                        }
                        return out.iterator();
                      })
                  .collect());
      rows.sort(
          Comparator.comparingInt(QRow::arm)
              .thenComparingInt(QRow::tick)
              .thenComparingInt(QRow::metric));
      return rows;
    }

    /**
     * comparison.csv: per metric both scenarios have (in A's order) and tick of A, the paired
     * statistics over the runs where both succeeded, in run order, computed per tick on the
     * executors by the local runner's code ({@link CompareRunner#pairedStats}).
     */
    private void writeComparison(boolean hasTicks) throws IOException {
      List<String> a = columns.get(0) == null ? List.of() : columns.get(0);
      List<String> b = columns.get(1) == null ? List.of() : columns.get(1);
      List<String> metrics = new ArrayList<>(a);
      metrics.retainAll(b);
      List<CRow> rows = new ArrayList<>();
      if (hasTicks && !metrics.isEmpty()) {
        String la = spec.labels().get(0);
        String lb = spec.labels().get(1);
        Dataset<Row> ticks = read("ticks");
        List<String> names = Arrays.asList(ticks.columns());
        int scenarioAt = names.indexOf("scenario");
        int runAt = names.indexOf("run");
        int tickAt = names.indexOf("tick");
        int dateAt = names.indexOf("date");
        int[] at = metrics.stream().mapToInt(names::indexOf).toArray();
        rows.addAll(
            ticks
                .javaRDD()
                .filter(
                    r -> la.equals(r.getString(scenarioAt)) || lb.equals(r.getString(scenarioAt)))
                .mapToPair(r -> new Tuple2<>(r.getInt(tickAt), r))
                .groupByKey()
                .flatMap(
                    kv -> {
                      Map<Integer, Row> ra = new TreeMap<>();
                      Map<Integer, Row> rb = new TreeMap<>();
                      for (Row r : kv._2()) {
                        (la.equals(r.getString(scenarioAt)) ? ra : rb).put(r.getInt(runAt), r);
                      }
                      List<CRow> out = new ArrayList<>();
                      if (ra.isEmpty()) {
                        return out.iterator();
                      }
                      List<Integer> both = new ArrayList<>(ra.keySet());
                      both.retainAll(rb.keySet());
                      int n = both.size();
                      if (n == 0) {
                        return out.iterator();
                      }
                      String date = ra.get(both.get(0)).getString(dateAt);
                      Map<Integer, Double> tByDf = new TreeMap<>();
                      double[] va = new double[n];
                      double[] vb = new double[n];
                      for (int m = 0; m < at.length; m++) {
                        for (int i = 0; i < n; i++) {
                          va[i] = value(ra.get(both.get(i)), at[m]);
                          vb[i] = value(rb.get(both.get(i)), at[m]);
                        }
                        out.add(
                            new CRow(
                                m, kv._1(), date, CompareRunner.pairedStats(va, vb, n, tByDf)));
                      }
                      return out.iterator();
                    })
                .collect());
      }
      rows.sort(Comparator.comparingInt(CRow::metric).thenComparingInt(CRow::tick));
      try (Writer csv =
          Files.newBufferedWriter(dir.resolve("comparison.csv"), StandardCharsets.UTF_8)) {
        csv.write(CompareRunner.header() + "\n");
        for (CRow r : rows) {
          StringBuilder line = new StringBuilder(Csv.text(metrics.get(r.metric())));
          line.append(',').append(r.tick()).append(',').append(Csv.text(r.date()));
          for (double x : r.v()) {
            line.append(',').append(Csv.num(x));
          }
          csv.write(line.append('\n').toString());
        }
      }
    }

    /** points.csv and the points dataset: each design point's parameter values. */
    private void writePoints() throws IOException {
      ClusterJob.Design d = spec.design();
      List<StructField> fields = new ArrayList<>();
      fields.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
      for (String n : d.names()) {
        fields.add(DataTypes.createStructField(n, DataTypes.DoubleType, false));
      }
      List<Row> rows = new ArrayList<>();
      try (Writer csv =
          Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8)) {
        List<String> header = new ArrayList<>(List.of("point"));
        d.names().forEach(n -> header.add(Csv.text(n)));
        csv.write(String.join(",", header) + "\n");
        for (int p = 0; p < d.points().length; p++) {
          Object[] v = new Object[1 + d.names().size()];
          v[0] = p;
          StringBuilder line = new StringBuilder().append(p);
          for (int k = 0; k < d.points()[p].length; k++) {
            v[1 + k] = d.points()[p][k];
            line.append(',').append(Csv.num(d.points()[p][k]));
          }
          rows.add(RowFactory.create(v));
          csv.write(line.append('\n').toString());
        }
      }
      spark
          .createDataFrame(rows, new StructType(fields.toArray(new StructField[0])))
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(dir.resolve("points").toUri().toString());
    }

    /**
     * The command's analysis on the driver, over one value per replication read with Spark (a
     * month's or the last tick's value of a metric), as the local runner hands it.
     */
    private void analyse(List<String> warnings) throws IOException {
      boolean hasTicks = Files.isDirectory(dir.resolve("ticks"));
      List<String> metrics = columns.get(0) == null ? List.of() : columns.get(0);
      int runs = spec.runs();
      SweepRunner.Results results =
          new SweepRunner.Results() {
            @Override
            public double[] valuesAt(String metric, String date) {
              double[] out = new double[runs];
              Arrays.fill(out, Double.NaN);
              if (!hasTicks || !metrics.contains(metric)) {
                return out;
              }
              Dataset<Row> ticks = read("ticks");
              List<String> names = Arrays.asList(ticks.columns());
              int runAt = names.indexOf("run");
              int tickAt = names.indexOf("tick");
              int dateAt = names.indexOf("date");
              int at = names.indexOf(metric);
              JavaPairRDD<Integer, Tuple2<Integer, Double>> byRun =
                  ticks
                      .javaRDD()
                      .filter(r -> date == null || date.equals(r.getString(dateAt)))
                      .mapToPair(
                          r ->
                              new Tuple2<>(
                                  r.getInt(runAt),
                                  new Tuple2<>(
                                      r.getInt(tickAt),
                                      r.isNullAt(at) ? Double.NaN : r.getDouble(at))));
              for (Tuple2<Integer, Tuple2<Integer, Double>> t :
                  byRun.reduceByKey((x, y) -> x._1() >= y._1() ? x : y).collect()) {
                if (t._1() >= 0 && t._1() < runs) {
                  out[t._1()] = t._2()._2();
                }
              }
              return out;
            }

            @Override
            public List<String> metrics() {
              return metrics;
            }

            @Override
            public List<String> dates() {
              if (!hasTicks) {
                return List.of();
              }
              List<String> out = new ArrayList<>();
              for (Row r :
                  read("ticks").select("tick", "date").distinct().orderBy("tick").collectAsList()) {
                out.add(r.getString(1));
              }
              return out;
            }
          };
      try {
        spec.design().analysis().write(results, dir, warnings);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e.getMessage(), e);
      }
    }

    /** final.csv: each successful run's last tick, computed per run on the executors. */
    private void writeFinal(List<Row> runs, boolean hasTicks) throws IOException {
      List<String> cols = columns.get(0) == null ? List.of() : columns.get(0);
      try (Writer csv = Files.newBufferedWriter(dir.resolve("final.csv"), StandardCharsets.UTF_8)) {
        StringBuilder header = new StringBuilder("run,seed");
        Inputs inputs = Inputs.of(spec.design());
        if (inputs.per > 0) {
          header.append(",point");
        }
        for (String m : inputs.names) {
          header.append(',').append(Csv.text(m));
        }
        for (String m : cols) {
          header.append(',').append(Csv.text(m));
        }
        csv.write(header.append('\n').toString());
        if (!hasTicks || cols.isEmpty()) {
          return;
        }
        Dataset<Row> ticks = read("ticks");
        List<String> names = Arrays.asList(ticks.columns());
        int runAt = names.indexOf("run");
        int tickAt = names.indexOf("tick");
        int[] at = cols.stream().mapToInt(names::indexOf).toArray();
        List<Tuple2<Integer, Tuple2<Integer, double[]>>> last =
            new ArrayList<>(
                ticks
                    .javaRDD()
                    .mapToPair(
                        r -> {
                          double[] v = new double[at.length];
                          for (int i = 0; i < at.length; i++) {
                            v[i] = r.isNullAt(at[i]) ? Double.NaN : r.getDouble(at[i]);
                          }
                          return new Tuple2<>(r.getInt(runAt), new Tuple2<>(r.getInt(tickAt), v));
                        })
                    .reduceByKey((x, y) -> x._1() >= y._1() ? x : y)
                    .collect());
        Map<Integer, Long> seedOf = new TreeMap<>();
        for (Row r : runs) {
          if ("ok".equals(r.getString(3))) {
            seedOf.put(r.getInt(1), r.getLong(2));
          }
        }
        last.sort(Comparator.comparingInt(Tuple2::_1));
        for (Tuple2<Integer, Tuple2<Integer, double[]>> t : last) {
          Long seed = seedOf.get(t._1());
          if (seed == null) {
            continue;
          }
          StringBuilder line = new StringBuilder().append(t._1()).append(',').append(seed);
          if (inputs.per > 0) {
            line.append(',').append(t._1() / inputs.per);
            for (double v : inputs.points[t._1() / inputs.per]) {
              line.append(',').append(Csv.num(v));
            }
          }
          for (double v : t._2()._2()) {
            line.append(',').append(Csv.num(v));
          }
          csv.write(line.append('\n').toString());
        }
      }
    }

    private void drawCharts(List<List<QRow>> byArm, int okRuns, List<String> warnings)
        throws IOException {
      List<String> labels = spec.labels();
      if (columns.get(0) == null) {
        return;
      }
      List<String> common = new ArrayList<>(columns.get(0));
      for (List<String> c : columns) {
        common.retainAll(c == null ? List.of() : c);
      }
      List<String> metrics = new ArrayList<>();
      if (spec.chartMetrics().isEmpty()) {
        metrics.addAll(common);
      } else {
        for (String m : spec.chartMetrics()) {
          if (common.contains(m)) {
            metrics.add(m);
          } else if (!common.isEmpty()) {
            warnings.add(
                "no chart for " + m + ": not a metric column of " + String.join(" and ", labels));
          }
        }
      }
      if (metrics.isEmpty()) {
        return;
      }
      List<Integer> ticks = new ArrayList<>();
      List<String> dates = new ArrayList<>();
      for (QRow q : byArm.get(0)) {
        if (q.metric() == 0) {
          ticks.add(q.tick());
          dates.add(q.date());
        }
      }
      Path chartDir = Files.createDirectories(dir.resolve("charts"));
      for (String metric : metrics) {
        List<Charts.Band> bands = new ArrayList<>();
        for (int a = 0; a < labels.size(); a++) {
          int m = columns.get(a).indexOf(metric);
          double[][] q = new double[5][ticks.size()];
          for (double[] row : q) {
            Arrays.fill(row, Double.NaN);
          }
          for (QRow r : byArm.get(a)) {
            int i = ticks.indexOf(r.tick());
            if (r.metric() == m && i >= 0) {
              for (int k = 0; k < 5; k++) {
                q[k][i] = r.v()[2 + k];
              }
            }
          }
          bands.add(new Charts.Band(labels.get(a), q[0], q[1], q[2], q[3], q[4]));
        }
        String title = metric + " — " + String.join(" vs ", labels) + ", " + okRuns + " runs";
        Path png = chartDir.resolve("fan_" + metric.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png");
        try {
          Charts.fan(png, title, metric, dates, bands);
        } catch (UnsupportedOperationException e) {
          warnings.add("fan charts not drawn: " + e.getMessage());
          return;
        } catch (IOException | RuntimeException e) {
          warnings.add("chart " + png.getFileName() + " not drawn: " + e);
        }
      }
    }

    private McResult result(List<Row> runs, int okRuns, List<String> warnings) {
      Map<Integer, Boolean> allOk = new TreeMap<>();
      List<FailedRun> failures = new ArrayList<>();
      for (Row r : runs) {
        boolean ok = "ok".equals(r.getString(3));
        allOk.merge(r.getInt(1), ok, Boolean::logicalAnd);
        if (!ok) {
          failures.add(new FailedRun(r.getString(0), r.getInt(1), r.getLong(2), r.getString(4)));
        }
      }
      int ok = (int) allOk.values().stream().filter(b -> b).count();
      int failed = allOk.size() - ok;
      return new McResult(
          spec.runs(), ok, failed, List.copyOf(failures), spec.outDir(), List.copyOf(warnings));
    }

    // ---- meta ---------------------------------------------------------------------------------

    private Map<String, String> readMeta() throws IOException {
      Path file = dir.resolve(META);
      if (!Files.isRegularFile(file)) {
        return Map.of();
      }
      return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
    }

    private void writeMeta() throws IOException {
      Path tmp = dir.resolve(META + ".tmp");
      JSON.writeValue(tmp.toFile(), meta);
      Files.move(tmp, dir.resolve(META), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // ---- rows (run on executors) ----------------------------------------------------------------

  /** What a design adds to each row of {@code runs}: its point and the point's inputs. */
  static final class Inputs implements Serializable {
    private static final long serialVersionUID = 1L;
    final List<String> names;
    final double[][] points;
    final int per;

    private Inputs(List<String> names, double[][] points, int per) {
      this.names = names;
      this.points = points;
      this.per = per;
    }

    static Inputs of(ClusterJob.Design d) {
      return d == null
          ? new Inputs(List.of(), new double[0][], 0)
          : new Inputs(List.copyOf(d.names()), d.points(), d.runsPerPoint());
    }
  }

  static StructType runSchema(Inputs inputs) {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("run", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("status", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("wall_ms", DataTypes.DoubleType, false));
    if (inputs.per > 0) {
      f.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
      for (String n : inputs.names) {
        f.add(DataTypes.createStructField(n, DataTypes.DoubleType, false));
      }
    }
    f.add(DataTypes.createStructField("scenario", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("chunk", DataTypes.IntegerType, false));
    return new StructType(f.toArray(new StructField[0]));
  }

  static final StructType EVENT_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("run", DataTypes.IntegerType, false),
            DataTypes.createStructField("seq", DataTypes.IntegerType, false),
            DataTypes.createStructField("tick", DataTypes.IntegerType, false),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("type", DataTypes.StringType, true),
            DataTypes.createStructField("agent", DataTypes.StringType, true),
            DataTypes.createStructField("counterparty", DataTypes.StringType, true),
            DataTypes.createStructField("sku", DataTypes.StringType, true),
            DataTypes.createStructField("units", DataTypes.DoubleType, true),
            DataTypes.createStructField("usd_m", DataTypes.DoubleType, true),
            DataTypes.createStructField("detail", DataTypes.StringType, true),
            DataTypes.createStructField("scenario", DataTypes.StringType, false),
            DataTypes.createStructField("chunk", DataTypes.IntegerType, false)
          });

  static StructType tickSchema(List<String> metrics) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("run", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("tick", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("date", DataTypes.StringType, true));
    for (String m : metrics) {
      fields.add(DataTypes.createStructField(m, DataTypes.DoubleType, true));
    }
    fields.add(DataTypes.createStructField("scenario", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("chunk", DataTypes.IntegerType, false));
    return new StructType(fields.toArray(new StructField[0]));
  }

  private static final Set<String> RESERVED = Set.of("scenario", "run", "tick", "date", "chunk");

  /** Why metric columns cannot be stored, or null (the local runner's rules, plus chunk). */
  static String usable(List<String> columns) {
    Set<String> lower = new TreeSet<>();
    for (String c : columns) {
      if (c == null || c.isBlank()) {
        return "a metric column has no name";
      }
      String lc = c.toLowerCase(java.util.Locale.ROOT);
      if (RESERVED.contains(lc)) {
        return "metric column name '" + c + "' is reserved";
      }
      if (!lower.add(lc)) {
        return "metric columns differ only in case: " + c;
      }
    }
    return null;
  }

  static Rep checkColumns(Rep r, List<List<String>> columns) {
    if (!r.ok()) {
      return r;
    }
    List<String> known = columns.get(r.arm);
    if (known == null) {
      String why = usable(r.columns);
      return r.failedWith(why == null ? "metric columns unknown" : why);
    }
    if (!known.equals(r.columns)) {
      return r.failedWith(
          "metric columns differ from the first successful run: " + r.columns + " vs " + known);
    }
    return r;
  }

  static Row runRow(Rep r, List<String> labels, int chunk, Inputs inputs) {
    List<Object> v = new ArrayList<>();
    v.addAll(List.of(r.run, r.seed, r.ok() ? "ok" : "failed"));
    v.add(r.error);
    v.add(r.wallMs);
    if (inputs.per > 0) {
      int point = r.run / inputs.per;
      v.add(point);
      for (double x : inputs.points[point]) {
        v.add(x);
      }
    }
    v.add(labels.get(r.arm));
    v.add(chunk);
    return RowFactory.create(v.toArray());
  }

  static List<Row> tickRows(Rep r, List<String> labels, List<String> union, int chunk) {
    int[] map = new int[union.size()];
    for (int k = 0; k < map.length; k++) {
      map[k] = r.columns.indexOf(union.get(k));
    }
    List<Row> out = new ArrayList<>(r.values.length);
    for (int t = 0; t < r.values.length; t++) {
      Object[] v = new Object[5 + map.length];
      v[0] = r.run;
      v[1] = t;
      v[2] = r.dates.get(t);
      for (int k = 0; k < map.length; k++) {
        v[3 + k] = map[k] < 0 ? null : r.values[t][map[k]];
      }
      v[3 + map.length] = labels.get(r.arm);
      v[4 + map.length] = chunk;
      out.add(RowFactory.create(v));
    }
    return out;
  }

  static List<Row> eventRows(Rep r, List<String> labels, int chunk) {
    List<Row> out = new ArrayList<>(r.events.size());
    int seq = 0;
    for (SimEvent e : r.events) {
      out.add(
          RowFactory.create(
              r.run,
              seq++,
              e.tick(),
              e.date(),
              e.type(),
              e.agent(),
              e.counterparty(),
              e.sku(),
              e.units(),
              e.usdM(),
              e.detail(),
              labels.get(r.arm),
              chunk));
    }
    return out;
  }

  // ---- ledger, files ---------------------------------------------------------------------------

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  /** Counts the finished replications as the executors' tasks end (one task per replication). */
  private static final class ProgressListener extends SparkListener {
    private final Progress progress;
    private final IntConsumer onFinished;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();

    ProgressListener(Progress progress, IntConsumer onFinished) {
      this.progress = progress;
      this.onFinished = onFinished;
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
      java.util.Properties p = job.properties();
      if (p != null && "blockade-replicate".equals(p.getProperty("spark.jobGroup.id"))) {
        scala.collection.Iterator<Object> it = job.stageIds().iterator();
        while (it.hasNext()) {
          stages.add((Integer) it.next());
        }
      }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
      if (stages.contains(task.stageId()) && task.taskInfo().successful()) {
        synchronized (this) {
          progress.step(1);
        }
        onFinished.accept(1);
      }
    }
  }
}
