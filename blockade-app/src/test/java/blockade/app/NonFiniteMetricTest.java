package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.experiment.montecarlo.ReplicationSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NaN or infinite metric fails the run (issue 7): a config value so large that the frontier's
 * compute overflowed used to exit 0 with blank frontier columns, and mc counted such runs as ok.
 * Validation now refuses such magnitudes, so the test uses a config that passes validation and
 * still has no finite answer: a US frontier that never moves (a flat largest-run path far above
 * China and no algorithmic progress) makes the gap in frontier-months infinite.
 */
class NonFiniteMetricTest {
  private static final String STILL =
      "frontier.usLargestRun=[{date: 2023-03, log10Flop: 30}, {date: 2024-03, log10Flop: 30}]";
  private static final String STILL_ALGORITHMS = "frontier.algorithmicGrowthPerYear=1";

  @TempDir Path tmp;

  @Test
  void run_overflowingValue_exits1_oneLineNamingMetricDateAndSeed_writesNothing() {
    Path out = tmp.resolve("out");
    Cli.Result r =
        Cli.run(
            "run",
            Cli.SMALL.toString(),
            "--seed",
            "7",
            "--set",
            STILL,
            "--set",
            STILL_ALGORITHMS,
            "--out",
            out.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("error: metric frontier_gap_months is +infinity in "), line);
    assertTrue(line.contains("seed 7"), line);
    assertFalse(r.err().contains("\tat "), r::toString);
    assertFalse(Files.exists(out), "a failed run writes no output");
  }

  @Test
  void mc_overflowingValue_recordsEveryReplicationAsFailedWithItsSeed_exits3() throws Exception {
    Path out = tmp.resolve("mc");
    McCommandTest.Outcome r =
        McCommandTest.execute(
            new McCommand(),
            McCommandTest.small(),
            "--runs",
            "3",
            "--threads",
            "2",
            "--no-charts",
            "--set",
            STILL,
            "--set",
            STILL_ALGORITHMS,
            "--out",
            out.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.out().contains("3 runs, 0 ok, 3 failed"), r.out());
    for (int run = 0; run < 3; run++) {
      long seed = ReplicationSeeds.seedFor(1, run);
      String expected =
          "replication "
              + run
              + " failed (seed "
              + seed
              + "): metric frontier_gap_months is +infinity in ";
      assertTrue(r.err().contains(expected), "missing: " + expected + "\n" + r.err());
    }
    List<String> failed =
        McCommandTest.query(
            out.resolve("results.duckdb"),
            "SELECT seed || ' ' || error FROM runs WHERE status = 'failed' ORDER BY run");
    assertEquals(3, failed.size(), failed::toString);
    for (int run = 0; run < 3; run++) {
      long seed = ReplicationSeeds.seedFor(1, run);
      String row = failed.get(run);
      assertTrue(row.startsWith(seed + " metric frontier_gap_months"), row);
      assertTrue(row.contains("seed " + seed), row);
    }
  }
}
