package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.experiment.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: scores targets from a data file, says which fail, refuses bad target files. */
class ReportCommandTest {
  private static final Path SMALL = Cli.RESOURCES.resolve("mc/small.yaml");
  private static final Path TARGETS = Cli.RESOURCES.resolve("targets");

  /** A comma outside double quotes. */
  private static final String CSV_COMMA = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

  @TempDir Path tmp;

  @Test
  void report_scoresEachTarget_passAndFail_writesMarkdownCsvAndCharts() throws Exception {
    Path out = tmp.resolve("report");
    Cli.Result r =
        Cli.run(
            "report",
            SMALL.toString(),
            "--runs",
            "3",
            "--targets",
            TARGETS.resolve("small-targets.yaml").toString(),
            "--out",
            out.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> csv = Files.readAllLines(out.resolve("report.csv"));
    assertEquals(
        "target,metric,from,to,statistic,low,high,runs,median,p05,p95,verdict,what,source",
        csv.get(0));
    assertTrue(csv.get(1).startsWith("compute-positive,compute_total_h100e,2024-01,2024-06,mean,"));
    assertEquals("pass", csv.get(1).split(",")[11]);
    assertEquals("fail", csv.get(2).split(",")[11]);
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("**1 pass, 0 near, 1 fail** of 2 targets."), md);
    assertTrue(md.contains("| impossible |"), md);
    assertTrue(Files.size(out.resolve("charts/target_impossible.png")) > 1000);
  }

  @Test
  void report_unknownMetric_oneLine_exit2_nothingWritten() {
    Path out = tmp.resolve("bad");
    Path bad = TARGETS.resolve("bad-metric.yaml");
    Cli.Result r =
        Cli.run("report", SMALL.toString(), "--targets", bad.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals(
        List.of(bad + ":4: targets.typo.metric compute_totl_h100e is not a metric of " + SMALL),
        r.errLines());
    assertFalse(Files.exists(out));
  }

  @Test
  void report_scoresPatternsAndDirections_failuresSaySo() throws Exception {
    Path out = tmp.resolve("checks");
    Cli.Result r =
        Cli.run(
            "report",
            SMALL.toString(),
            "--runs",
            "4",
            "--no-charts",
            "--targets",
            TARGETS.resolve("small-checks.yaml").toString(),
            "--out",
            out.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> csv = Files.readAllLines(out.resolve("checks.csv"));
    assertEquals(
        "kind,check,label,measure,bounds,runs,median,p05,p95,verdict,what,source", csv.get(0));
    assertEquals(6, csv.size(), csv::toString);
    assertTrue(csv.get(1).startsWith("pattern,compute-ratio-positive,§10.1,"), csv.get(1));
    assertEquals("pass", csv.get(1).split(CSV_COMMA)[9]);
    assertEquals("fail", csv.get(2).split(CSV_COMMA)[9], "impossible pattern");
    assertTrue(csv.get(3).startsWith("direction,more-grey-up,small-more-grey,"), csv.get(3));
    String[] up = csv.get(3).split(CSV_COMMA);
    assertEquals("3", up[5], "directionRuns pairs");
    assertTrue(Double.parseDouble(up[6]) > 0, "ten times the capacity: more");
    assertEquals("pass", up[9]);
    assertEquals("fail", csv.get(4).split(CSV_COMMA)[9], "the wrong sign");
    String[] same = csv.get(5).split(CSV_COMMA);
    assertEquals(0, Double.parseDouble(same[6]), 0, "same scenario, same seeds: no change");
    assertEquals("fail", same[9], "no change fails");
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Patterns (CALIBRATION §10)"), md);
    assertTrue(md.contains("**1 pass, 0 near, 1 fail** of 2 patterns."), md);
    assertTrue(md.contains("**1 pass, 0 near, 2 fail** of 3 directions."), md);
  }

  @Test
  void report_missingDirectionScenario_oneLine_exit2_nothingWritten() {
    Path out = tmp.resolve("bad-dir");
    Path bad = TARGETS.resolve("bad-direction.yaml");
    Cli.Result r =
        Cli.run("report", SMALL.toString(), "--targets", bad.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(
        r.errLines().get(0).startsWith(bad + ":12: directions.missing.scenario ../mc/nope.yaml: "),
        r::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void verdict_direction_strictSign_nearWhenOnlyTheBandReaches() {
    double[] v = {-3, -2, -1, 1, 2, 3, 4};
    assertEquals(Verdict.PASS, Verdict.direction(v, true).verdict());
    assertEquals(Verdict.NEAR, Verdict.direction(v, false).verdict());
    assertEquals(Verdict.FAIL, Verdict.direction(new double[] {0, 0, 0}, true).verdict());
    assertEquals(Verdict.FAIL, Verdict.direction(new double[] {1, 2, 3}, false).verdict());
  }

  @Test
  void verdict_passNearFail_byMedianAndBand() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertEquals(Verdict.PASS, Verdict.of(v, 5, 7).verdict());
    assertEquals(Verdict.NEAR, Verdict.of(v, 9, 20).verdict(), "median 6 outside, p95 10.5 in");
    assertEquals(Verdict.FAIL, Verdict.of(v, 11, 20).verdict(), "p95 10.5 below 11");
    assertEquals(6, Verdict.of(v, 0, 1).median(), 0);
    assertEquals(Verdict.NO_DATA, Verdict.of(new double[] {Double.NaN}, 0, 1).verdict());
  }
}
