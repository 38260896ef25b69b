package blockade.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.app.BlockadeCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands themselves with {@code --engine spark --master local[2]}: every CSV the local engine
 * writes is written, byte for byte, by the Spark engine (ServiceLoader finds it here, as it does on
 * the launcher's class path).
 */
class CliEquivalenceTest {
  private static final Path RESOURCES =
      Path.of(System.getProperty("blockade.root", "..")).resolve("blockade-app/src/test/resources");

  @TempDir Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result cli(List<String> args) {
    CommandLine cmd = BlockadeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args.toArray(new String[0]));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs the command locally and on Spark; asserts both wrote the same CSV files. */
  private List<String> bothEngines(String... args) throws IOException {
    List<String> local = new ArrayList<>(List.of(args));
    local.addAll(List.of("--out", tmp.resolve("local").toString()));
    List<String> spark = new ArrayList<>(List.of(args));
    spark.addAll(
        List.of(
            "--engine", "spark", "--master", "local[2]", "--out", tmp.resolve("spark").toString()));
    Result l = cli(local);
    Result s = cli(spark);
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, s.code(), s.toString());
    List<String> csvs = new ArrayList<>();
    try (Stream<Path> files = Files.list(tmp.resolve("local"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String name = f.getFileName().toString();
        csvs.add(name);
        Path other = tmp.resolve("spark").resolve(name);
        assertTrue(Files.isRegularFile(other), name + " written by the Spark engine");
        assertEquals(
            Files.readString(f, StandardCharsets.UTF_8),
            Files.readString(other, StandardCharsets.UTF_8),
            name);
      }
    }
    assertFalse(Files.exists(tmp.resolve("spark/results.duckdb")));
    assertTrue(Files.isDirectory(tmp.resolve("spark/ticks")));
    return csvs;
  }

  @Test
  void sweep_grid_sameCsvFilesAsLocally() throws IOException {
    List<String> csvs =
        bothEngines("sweep", RESOURCES.resolve("studies/small-study.yaml").toString());
    assertTrue(
        csvs.containsAll(List.of("final.csv", "points.csv", "quantiles.csv")), csvs::toString);
    assertTrue(Files.isDirectory(tmp.resolve("spark/points")));
  }

  @Test
  void sensitivity_morris_sameIndicesAsLocally() throws IOException {
    List<String> csvs =
        bothEngines(
            "sensitivity",
            RESOURCES.resolve("studies/small-study.yaml").toString(),
            "--method",
            "morris",
            "--metric",
            "purchases_us_units",
            "--at",
            "2024-06");
    assertTrue(csvs.contains("sensitivity.csv"), csvs::toString);
  }

  @Test
  void calibrate_oneSeedPerDraw_sameCsvFilesAsLocally() throws IOException {
    List<String> csvs =
        bothEngines(
            "calibrate",
            RESOURCES.resolve("studies/small-study.yaml").toString(),
            "--targets",
            RESOURCES.resolve("targets/toy-targets.yaml").toString(),
            "--runs",
            "4");
    assertTrue(csvs.containsAll(List.of("draws.csv", "posterior.csv")), csvs::toString);
  }

  @Test
  void report_readsTheSparkResults_sameReportAndChecksAsLocally() throws IOException {
    List<String> csvs =
        bothEngines(
            "report",
            RESOURCES.resolve("scenarios/small.yaml").toString(),
            "--runs",
            "4",
            "--no-charts",
            "--targets",
            RESOURCES.resolve("targets/small-checks.yaml").toString());
    assertTrue(csvs.containsAll(List.of("report.csv", "checks.csv")), csvs::toString);
    assertEquals(
        Files.readString(tmp.resolve("local/report.md"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("spark/report.md"), StandardCharsets.UTF_8),
        "report.md");
  }

  @Test
  void mc_sameCsvFilesAsLocally() throws IOException {
    List<String> csvs =
        bothEngines(
            "mc",
            RESOURCES.resolve("scenarios/small.yaml").toString(),
            "--runs",
            "4",
            "--no-charts");
    assertEquals(List.of("final.csv", "quantiles.csv"), csvs);
  }
}
