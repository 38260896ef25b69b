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
  void verdict_passNearFail_byMedianAndBand() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertEquals(Verdict.PASS, Verdict.of(v, 5, 7).verdict());
    assertEquals(Verdict.NEAR, Verdict.of(v, 9, 20).verdict(), "median 6 outside, p95 10.5 in");
    assertEquals(Verdict.FAIL, Verdict.of(v, 11, 20).verdict(), "p95 10.5 below 11");
    assertEquals(6, Verdict.of(v, 0, 1).median(), 0);
    assertEquals(Verdict.NO_DATA, Verdict.of(new double[] {Double.NaN}, 0, 1).verdict());
  }
}
