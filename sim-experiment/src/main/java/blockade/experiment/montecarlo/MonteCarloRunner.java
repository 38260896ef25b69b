package blockade.experiment.montecarlo;

import blockade.core.observe.ReplicationRunner;
import blockade.experiment.output.Csv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Headless Monte Carlo experiment ({@code blockade mc}): runs {@code runs} replications of one
 * scenario on a thread pool, each on its own seed from {@link ReplicationSeeds}, streams them to
 * {@code results.duckdb}, and summarises them. Outputs are byte-identical for any thread count.
 *
 * <p>Files in {@code outDir} (built in {@code <outDir>.partial}, moved into place when complete):
 *
 * <ul>
 *   <li>{@code results.duckdb}: {@code meta(key, value)} (provenance, master seed, seed scheme);
 *       {@code runs(run, seed, status 'ok'|'failed', error, wall_ms)}; {@code ticks(run, tick,
 *       date, <one DOUBLE per metric>)}; {@code events(run, seq, tick, date, type, agent,
 *       counterparty, sku, units, usd_m, detail)}; {@code purchases(run, tick, date, buyer_kind,
 *       sku, channel, units, usd_m)} (purchases.csv of each run); {@code quantiles} with the
 *       columns of {@code quantiles.csv};
 *   <li>{@code quantiles.csv}: {@code scenario,tick,date,metric,mean,sd,p05,p25,p50,p75,p95} over
 *       the successful runs (sample sd with n−1; R type 7 quantiles; NaN values ignored);
 *   <li>{@code final.csv}: {@code run,seed,<metrics>}, the last tick of each successful run;
 *   <li>{@code charts/fan_<metric>.png} when charts are on; {@code <table>.parquet} with parquet.
 * </ul>
 *
 * <p>A replication that throws is recorded as {@code failed} with its seed and message and the
 * others go on. If the process is killed, {@code <outDir>.partial} keeps every finished replication
 * (each committed atomically) and {@code resume} runs only the missing ones; the results then equal
 * an uninterrupted run's.
 */
public final class MonteCarloRunner {
  private MonteCarloRunner() {}

  /**
   * Runs the experiment.
   *
   * @return counts and failures; {@link McResult#exitCode()} is 0, or 3 when some replication
   *     failed
   * @throws IllegalArgumentException when {@code resume} finds a partial experiment started with a
   *     different master seed, run count, scenario or config hash (a usage error)
   * @throws InterruptedException when the calling thread or a replication was interrupted; the
   *     finished replications stay in {@code <outDir>.partial} for a resume
   * @throws IOException when the output cannot be written
   */
  public static McResult run(ReplicationRunner runner, McOptions o)
      throws IOException, InterruptedException {
    return run(runner, o, dir -> {});
  }

  /**
   * Like {@link #run(ReplicationRunner, McOptions)}, calling {@code onWorkDir} with the working
   * directory ({@code <outDir>.partial}) once it is ready and before any replication runs: the
   * place to attach a log file (e.g. {@code <workDir>/mc.log}), which then ends up in {@code
   * outDir} with the rest when the directory is moved into place.
   */
  public static McResult run(ReplicationRunner runner, McOptions o, Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    return run(runner, o, RunPlan.NONE, onWorkDir);
  }

  /**
   * Like {@link #run(ReplicationRunner, McOptions, Consumer)} with replications whose inputs vary
   * ({@code mc --uncertain}): {@code plan}'s inputs are stored as columns of {@code runs} and in
   * {@code final.csv} after the seed.
   */
  public static McResult run(
      ReplicationRunner runner, McOptions o, RunPlan plan, Consumer<Path> onWorkDir)
      throws IOException, InterruptedException {
    Experiment experiment =
        new Experiment(
            "mc",
            List.of(new Experiment.Arm(o.scenario(), runner)),
            o.runs(),
            o.threads(),
            o.masterSeed(),
            o.outDir(),
            o.resume(),
            o.parquet(),
            o.charts(),
            o.chartMetrics(),
            Map.of("scenario", o.scenario()),
            o.provenance());
    experiment.withPlan(plan);
    return experiment.execute(
        (db, dir, warnings) -> writeFinal(db, dir, db.columnsOf(o.scenario()), plan), onWorkDir);
  }

  /** The working directory used until the experiment completes: {@code <outDir>.partial}. */
  public static Path workDir(Path outDir) {
    return blockade.experiment.output.OutputFolder.partialOf(outDir);
  }

  /**
   * Replications (ok or failed) recorded in a working folder of {@code mc} or {@code compare}; 0
   * when it holds no results database.
   */
  public static int finishedReplications(Path workDir) throws IOException {
    if (!Files.isRegularFile(workDir.resolve(ResultsDb.FILE))
        && Files.isRegularFile(workDir.resolve(blockade.experiment.cluster.ChunkLedger.FILE))) {
      return blockade.experiment.cluster.ChunkLedger.finished(workDir); // --engine spark
    }
    return Experiment.finishedIn(workDir);
  }

  static void writeFinal(ResultsDb db, Path dir, List<String> metrics, RunPlan plan)
      throws Exception {
    try (Writer csv = Files.newBufferedWriter(dir.resolve("final.csv"), StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder("run,seed");
      if (plan.hasPoints()) {
        header.append(",point");
      }
      for (String m : plan.inputNames()) {
        header.append(',').append(Csv.text(m));
      }
      for (String m : metrics) {
        header.append(',').append(Csv.text(m));
      }
      csv.write(header.append('\n').toString());
      db.forEachFinal(
          metrics,
          (run, seed, values) -> {
            StringBuilder line = new StringBuilder().append(run).append(',').append(seed);
            if (plan.hasPoints()) {
              line.append(',').append(plan.pointOf(run));
            }
            for (double v : plan.inputs(run, seed)) {
              line.append(',').append(Csv.num(v));
            }
            for (double v : values) {
              line.append(',').append(Csv.num(v));
            }
            csv.write(line.append('\n').toString());
          });
    }
  }
}
