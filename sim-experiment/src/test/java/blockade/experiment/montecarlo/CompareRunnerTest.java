package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.MetricsTable;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareRunnerTest {
  private static final long MASTER = 99L;
  private static final double T_975_DF4 = 2.776445105197799; // R: qt(0.975, 4)
  private static final double T_975_DF3 = 3.182446305284263; // R: qt(0.975, 3)

  @TempDir Path tmp;

  /** x = base_j (+ j + 1 in B), y = tick in both; B also has a metric A lacks. */
  private static ReplicationRunner runner(boolean b, long[] seeds, Set<Long> seen, int failIndex) {
    double[] base = {10, 7, 12, 9, 11};
    return seed -> {
      seen.add(seed);
      int j = 0;
      while (seeds[j] != seed) {
        j++;
      }
      if (j == failIndex) {
        throw new ArithmeticException("diverged");
      }
      List<String> cols = b ? List.of("x", "y", "b_only") : List.of("x", "y");
      double[][] v = new double[3][cols.size()];
      for (int t = 0; t < 3; t++) {
        v[t][0] = base[j] + (b ? j + 1 : 0);
        v[t][1] = t;
        if (b) {
          v[t][2] = -1;
        }
      }
      Thread.sleep((j * 7) % 4);
      return new RunResult(
          b ? "B" : "A",
          seed,
          new MetricsTable(cols, FakeRunner.dates(3), v),
          List.of(),
          List.of());
    };
  }

  private static CompareOptions options(int runs, Path out, String a, String b) {
    return new CompareOptions(runs, 3, MASTER, out, false, false, false, List.of(), a, b, Map.of());
  }

  private static List<String[]> rows(Path csv, String metric) throws Exception {
    List<String[]> out = new ArrayList<>();
    for (String line : TestFiles.read(csv).lines().skip(1).toList()) {
      String[] f = line.split(",", -1);
      if (f[0].equals(metric)) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void compare_knownCase_pairedDifferencesAndInterval() throws Exception {
    long[] seeds = ReplicationSeeds.seeds(MASTER, 5);
    Set<Long> seenA = ConcurrentHashMap.newKeySet();
    Set<Long> seenB = ConcurrentHashMap.newKeySet();
    Path out = tmp.resolve("cmp");
    McResult r =
        CompareRunner.run(
            runner(false, seeds, seenA, -1),
            runner(true, seeds, seenB, -1),
            options(5, out, "base", "policy"));

    assertEquals(5, r.ok());
    assertEquals(0, r.exitCode());
    assertEquals(seenA, seenB, "common random numbers: both scenarios see the same seeds");
    Path csv = out.resolve("comparison.csv");
    assertEquals(
        "metric,tick,date,mean_a,mean_b,mean_diff,diff_ci95_low,diff_ci95_high",
        TestFiles.read(csv).lines().findFirst().orElseThrow());
    List<String[]> x = rows(csv, "x");
    assertEquals(3, x.size());
    double half = T_975_DF4 * Math.sqrt(2.5) / Math.sqrt(5); // diffs 1..5: sd = sqrt(2.5)
    for (String[] f : x) {
      assertEquals(9.8, Double.parseDouble(f[3]), 1e-9);
      assertEquals(12.8, Double.parseDouble(f[4]), 1e-9);
      assertEquals(3, Double.parseDouble(f[5]), 1e-9);
      assertEquals(3 - half, Double.parseDouble(f[6]), 1e-8);
      assertEquals(3 + half, Double.parseDouble(f[7]), 1e-8);
    }
    assertEquals("y,2,2022-12,2,2,0,0,0", String.join(",", rows(csv, "y").get(2)));
    assertEquals(0, rows(csv, "b_only").size(), "only metrics both scenarios have are compared");
    Path db = out.resolve("results.duckdb");
    assertEquals(10, TestFiles.queryLong(db, "SELECT count(*) FROM runs"));
    assertEquals(
        15, TestFiles.queryLong(db, "SELECT count(*) FROM ticks WHERE scenario = 'policy'"));
    assertEquals(15, TestFiles.queryLong(db, "SELECT count(*) FROM ticks WHERE b_only IS NULL"));
    assertEquals(2 * 3, TestFiles.queryLong(db, "SELECT count(*) FROM comparison"));
    String quantiles = TestFiles.read(out.resolve("quantiles.csv"));
    assertTrue(
        quantiles.contains("\nbase,0,2022-10,x,")
            && quantiles.contains("\npolicy,0,2022-10,b_only,"));
  }

  @Test
  void compare_failureInOneScenario_dropsThatPair() throws Exception {
    long[] seeds = ReplicationSeeds.seeds(MASTER, 5);
    Set<Long> seen = Collections.newSetFromMap(new ConcurrentHashMap<>());
    Path out = tmp.resolve("cmpfail");
    McResult r =
        CompareRunner.run(
            runner(false, seeds, seen, -1),
            runner(true, seeds, seen, 2),
            options(5, out, "same", "same"));

    assertEquals(4, r.ok());
    assertEquals(1, r.failed());
    assertEquals(3, r.exitCode());
    assertEquals(List.of(new FailedRun("same (B)", 2, seeds[2], "diverged")), r.failures());
    // diffs {1,2,4,5}: mean 3, sd sqrt(10/3), n = 4
    double half = T_975_DF3 * Math.sqrt(10.0 / 3) / 2;
    String[] f = rows(out.resolve("comparison.csv"), "x").get(0);
    assertEquals((10 + 7 + 9 + 11) / 4.0, Double.parseDouble(f[3]), 1e-9);
    assertEquals(3, Double.parseDouble(f[5]), 1e-9);
    assertEquals(3 - half, Double.parseDouble(f[6]), 1e-8);
    assertEquals(3 + half, Double.parseDouble(f[7]), 1e-8);
  }

  @Test
  void compare_singleReplication_emptyInterval() throws Exception {
    long[] seeds = ReplicationSeeds.seeds(MASTER, 1);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    Path out = tmp.resolve("one");
    CompareRunner.run(
        runner(false, seeds, seen, -1), runner(true, seeds, seen, -1), options(1, out, "a", "b"));
    assertEquals(
        "x,0,2022-10,10,11,1,,", String.join(",", rows(out.resolve("comparison.csv"), "x").get(0)));
  }
}
