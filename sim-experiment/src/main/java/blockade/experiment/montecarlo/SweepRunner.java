package blockade.experiment.montecarlo;

import blockade.experiment.output.Csv;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;

/**
 * Runs a design ({@code blockade sweep}, {@code blockade sensitivity}) with the Monte Carlo
 * machinery: replication {@code j} is point {@code j / runsPerPoint} on seed index {@code j %
 * runsPerPoint}, so every point sees the same seeds. Output: the {@code mc} layout (runs with a
 * {@code point} column and one column per parameter, ticks, events, quantiles over all runs, meta,
 * {@code final.csv}), plus a {@code points(point, <parameters>)} table and {@code points.csv}, then
 * whatever the {@link Analysis} writes. Same resume and output-folder rules as {@code mc}.
 */
public final class SweepRunner {
  private SweepRunner() {}

  /** Reads results back for an analysis. */
  public interface Results {
    /**
     * Per replication, {@code metric} at month {@code date} (YYYY-MM), or at the last tick when
     * null; NaN for failed runs.
     */
    double[] valuesAt(String metric, String date) throws Exception;

    /** Metric columns recorded. */
    List<String> metrics();

    /** Months recorded, in order. */
    List<String> dates() throws Exception;
  }

  /** Writes the command's own outputs from the stored results, before the folder is published. */
  @FunctionalInterface
  public interface Analysis {
    void write(Results results, Path dir, List<String> warnings) throws Exception;
  }

  /**
   * Runs the sweep.
   *
   * @param runner runs replication {@code run} (its point is {@code run / runsPerPoint}) on a seed
   */
  public static McResult run(
      RunPlan.Runner runner, SweepOptions o, Analysis analysis, Consumer<Path> onWorkDir)
      throws java.io.IOException, InterruptedException {
    return run(runner, o, true, analysis, onWorkDir);
  }

  /**
   * Like {@link #run(RunPlan.Runner, SweepOptions, Analysis, Consumer)}; with {@code commonSeeds}
   * false, replication {@code j} runs on seed index {@code j} as in {@code mc} (each point on seeds
   * of its own: {@code calibrate}, whose points are draws made from those seeds).
   */
  public static McResult run(
      RunPlan.Runner runner,
      SweepOptions o,
      boolean commonSeeds,
      Analysis analysis,
      Consumer<Path> onWorkDir)
      throws java.io.IOException, InterruptedException {
    int per = o.runsPerPoint();
    RunPlan plan =
        new RunPlan() {
          @Override
          public List<String> inputNames() {
            return o.names();
          }

          @Override
          public double[] inputs(int run, long seed) {
            return o.points()[run / per].clone();
          }

          @Override
          public boolean hasPoints() {
            return true;
          }

          @Override
          public int pointOf(int run) {
            return run / per;
          }

          @Override
          public int seedIndexOf(int run) {
            return commonSeeds ? run % per : run;
          }
        };
    Map<String, String> identity = new LinkedHashMap<>(o.identity());
    identity.put("scenario", o.scenario());
    identity.put("points", Integer.toString(o.points().length));
    identity.put("runs_per_point", Integer.toString(per));
    if (!commonSeeds) {
      identity.put("seeds", "one per run");
    }
    Experiment experiment =
        new Experiment(
            o.command(),
            List.of(new Experiment.Arm(o.scenario(), runner)),
            o.runs(),
            o.threads(),
            o.masterSeed(),
            o.outDir(),
            o.resume(),
            o.parquet(),
            false,
            List.of(),
            identity,
            o.provenance());
    experiment.withPlan(plan);
    return experiment.execute(
        new Experiment.Summarizer() {
          @Override
          public void write(ResultsDb db, Path dir, List<String> warnings) throws Exception {
            MonteCarloRunner.writeFinal(db, dir, db.columnsOf(o.scenario()), plan);
            writePoints(db, dir, o);
            analysis.write(
                new Results() {
                  @Override
                  public double[] valuesAt(String metric, String date) throws Exception {
                    return db.valuesAt(metric, date, o.runs());
                  }

                  @Override
                  public List<String> metrics() {
                    return db.columnsOf(o.scenario());
                  }

                  @Override
                  public List<String> dates() throws Exception {
                    return db.dates();
                  }
                },
                dir,
                warnings);
          }

          @Override
          public List<String> parquetTables() {
            return List.of("points");
          }
        },
        onWorkDir);
  }

  private static void writePoints(ResultsDb db, Path dir, SweepOptions o) throws Exception {
    StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TABLE points(point INTEGER");
    for (String n : o.names()) {
      ddl.append(", ").append(ResultsDb.ident(n)).append(" DOUBLE");
    }
    db.begin();
    try {
      db.exec(ddl.append(')').toString());
      try (DuckDBAppender ap = db.appender("points");
          Writer csv = Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8)) {
        List<String> header = new ArrayList<>(List.of("point"));
        o.names().forEach(n -> header.add(Csv.text(n)));
        csv.write(String.join(",", header) + "\n");
        for (int p = 0; p < o.points().length; p++) {
          ap.beginRow().append(p);
          StringBuilder line = new StringBuilder().append(p);
          for (double v : o.points()[p]) {
            ap.append(v);
            line.append(',').append(Csv.num(v));
          }
          ap.endRow();
          csv.write(line.append('\n').toString());
        }
      }
      db.commit();
    } catch (Exception e) {
      db.rollbackQuietly();
      throw e;
    }
  }
}
