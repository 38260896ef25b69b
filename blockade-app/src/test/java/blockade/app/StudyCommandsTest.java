package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Study files on the command line (issue 13): {@code mc --uncertain} stores each replication's
 * drawn inputs, draws do not disturb the model's seeds, {@code sweep} runs every point on the same
 * seeds with a {@code points} table, {@code sensitivity} ranks the parameters, and a bad study is
 * refused with one line naming the file, line and key, writing nothing.
 */
class StudyCommandsTest {
  private static final Path STUDIES = Cli.RESOURCES.resolve("studies");
  private static final Path SMALL = Cli.RESOURCES.resolve("mc/small.yaml");

  @TempDir Path tmp;

  private static Path db(Path out) {
    return out.resolve("results.duckdb");
  }

  @Test
  void mcUncertain_runsTableHoldsTheDrawsOfEachSeed() throws Exception {
    Path out = tmp.resolve("mc");
    Path study = STUDIES.resolve("small-study.yaml");
    Cli.Result r =
        Cli.run(
            "mc",
            SMALL.toString(),
            "--uncertain",
            study.toString(),
            "--runs",
            "4",
            "--threads",
            "2",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> rows =
        McCommandTest.query(
            db(out), "SELECT concat_ws('|', seed, smuggled, wafers) FROM runs ORDER BY run");
    assertEquals(4, rows.size());
    Study s = Study.load(study, List.of());
    for (int j = 0; j < 4; j++) {
      long seed = ReplicationSeeds.seedFor(1, j);
      double[] d = s.draw(seed);
      String[] cols = rows.get(j).split("\\|");
      assertEquals(seed, Long.parseLong(cols[0]));
      assertEquals(d[0], Double.parseDouble(cols[1]), 1e-9);
      assertEquals(d[1], Double.parseDouble(cols[2]), 1e-9);
      assertTrue(d[0] >= 500 && d[0] <= 4500, "inside the range");
      assertTrue(List.of(30.0, 60.0, 120.0).contains(d[1]), "one of the values");
    }
    assertTrue(
        rows.stream().map(x -> x.split("\\|")[1]).distinct().count() > 1, "draws differ by run");
    String header = Files.readAllLines(out.resolve("final.csv")).get(0);
    assertTrue(header.startsWith("run,seed,smuggled,wafers,"), header);
  }

  @Test
  void mcUncertain_inputsChangeTheOutcome_seedsStayTheModels() throws Exception {
    Path plain = tmp.resolve("plain");
    Path drawn = tmp.resolve("drawn");
    Path one = tmp.resolve("one");
    Cli.Result a =
        Cli.run("mc", SMALL.toString(), "--runs", "2", "--no-charts", "--out", plain.toString());
    Cli.Result b =
        Cli.run(
            "mc",
            SMALL.toString(),
            "--runs",
            "2",
            "--no-charts",
            "--out",
            drawn.toString(),
            "--uncertain",
            STUDIES.resolve("small-study.yaml").toString());
    Cli.Result c =
        Cli.run(
            "mc",
            SMALL.toString(),
            "--runs",
            "2",
            "--no-charts",
            "--out",
            one.toString(),
            "--uncertain",
            STUDIES.resolve("one-parameter.yaml").toString());
    assertEquals(0, a.code(), a::toString);
    assertEquals(0, b.code(), b::toString);
    assertEquals(0, c.code(), c::toString);
    String seeds = "SELECT seed FROM runs ORDER BY run";
    assertEquals(McCommandTest.query(db(plain), seeds), McCommandTest.query(db(drawn), seeds));
    // adding a parameter (wafers) leaves the draws of the others unchanged
    String smuggled = "SELECT smuggled FROM runs ORDER BY run";
    assertEquals(McCommandTest.query(db(one), smuggled), McCommandTest.query(db(drawn), smuggled));
    assertNotEquals(
        Files.readString(plain.resolve("quantiles.csv")),
        Files.readString(drawn.resolve("quantiles.csv")),
        "drawn inputs change the results");
  }

  @Test
  void badStudy_oneLinePerProblem_exit2_nothingWritten() {
    record Case(String file, String expected) {}
    for (Case k :
        List.of(
            new Case("bad-key.yaml", "bad-key.yaml:4: parameters.smuggled.key --set"),
            new Case("bad-range.yaml", "bad-range.yaml:8: parameters.smuggled.max must be greater"),
            new Case("bad-range.yaml", "bad-range.yaml:3: parameters.smuggled.mode is required"),
            new Case("out-of-bounds.yaml", "out-of-bounds.yaml:4: parameters.premium.key --set"))) {
      Path out = tmp.resolve("o-" + k.file());
      Cli.Result r =
          Cli.run(
              "mc",
              SMALL.toString(),
              "--runs",
              "2",
              "--out",
              out.toString(),
              "--uncertain",
              STUDIES.resolve(k.file()).toString());
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.errLines().stream().anyMatch(l -> l.contains(k.expected())), () -> k + "\n" + r);
      assertFalse(r.err().contains("\tat "), "no stack trace");
      assertFalse(Files.exists(out), "nothing written");
      Path sweepOut = tmp.resolve("s-" + k.file());
      Cli.Result s =
          Cli.run("sweep", STUDIES.resolve(k.file()).toString(), "--out", sweepOut.toString());
      assertEquals(2, s.code(), s::toString);
      assertFalse(Files.exists(sweepOut), "nothing written");
    }
  }

  @Test
  void sweep_grid_everyPointOnTheSameSeeds_pointsTable() throws Exception {
    Path out = tmp.resolve("sweep");
    Cli.Result r =
        Cli.run(
            "sweep",
            STUDIES.resolve("small-study.yaml").toString(),
            "--out",
            out.toString(),
            "--threads",
            "2");
    assertEquals(0, r.code(), r::toString);
    // grid: 2 levels of smuggled × 3 values of wafers, 2 runs each
    List<String> points =
        McCommandTest.query(
            db(out), "SELECT concat_ws('|', point, smuggled, wafers) FROM points ORDER BY point");
    assertEquals(6, points.size(), points::toString);
    assertTrue(points.get(0).startsWith("0|500.0|30.0"), points::toString);
    assertTrue(points.get(5).startsWith("5|4500.0|120.0"), points::toString);
    List<String> runs =
        McCommandTest.query(
            db(out), "SELECT concat_ws('|', run, point, seed, status) FROM runs ORDER BY run");
    assertEquals(12, runs.size());
    long s0 = ReplicationSeeds.seedFor(1, 0);
    long s1 = ReplicationSeeds.seedFor(1, 1);
    for (int j = 0; j < 12; j++) {
      String[] c = runs.get(j).split("\\|");
      assertEquals(j / 2, Integer.parseInt(c[1]));
      assertEquals(j % 2 == 0 ? s0 : s1, Long.parseLong(c[2]), "common random numbers");
      assertEquals("ok", c[3]);
    }
    assertEquals(7, Files.readAllLines(out.resolve("points.csv")).size());
  }

  @Test
  void sweep_interrupted_thenResumed_equalsUninterruptedSweep() throws Exception {
    Path whole = tmp.resolve("whole");
    Path out = tmp.resolve("resumed");
    String study = STUDIES.resolve("small-study.yaml").toString();
    assertEquals(0, Cli.run("sweep", study, "--out", whole.toString()).code());
    // stop at the first run on the second seed at point 2 (run 5), on one thread
    long stopAt = ReplicationSeeds.seedFor(1, 1);
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    SweepCommand interrupted = new SweepCommand();
    interrupted.runnerFactory =
        cfg ->
            seed -> {
              if (seed == stopAt && calls.incrementAndGet() == 3) {
                throw new InterruptedException("Ctrl-C");
              }
              return new blockade.agents.scenario.ScenarioRunner(cfg).run(seed);
            };
    McCommandTest.Outcome stopped =
        McCommandTest.execute(interrupted, study, "--out", out.toString(), "--threads", "1");
    assertEquals(130, stopped.code(), stopped.err());
    assertTrue(stopped.err().contains("resume with: ./blockade sweep"), stopped.err());
    assertFalse(Files.exists(out));
    McCommandTest.Outcome resumed =
        McCommandTest.execute(new SweepCommand(), study, "--out", out.toString(), "--resume");
    assertEquals(0, resumed.code(), resumed.err());
    for (String f : List.of("quantiles.csv", "final.csv", "points.csv")) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  @Test
  void sensitivity_morris_ranksEveryParameter_writesCsvAndChart() throws Exception {
    Path out = tmp.resolve("sens");
    Cli.Result r =
        Cli.run(
            "sensitivity",
            STUDIES.resolve("small-study.yaml").toString(),
            "--method",
            "morris",
            "--metric",
            "purchases_us_units",
            "--at",
            "2024-06",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals(
        "rank,parameter,key,mu_star,mu_star_low,mu_star_high,mu,sigma,metric,at", csv.get(0));
    assertEquals(3, csv.size(), csv::toString);
    double first = Double.parseDouble(csv.get(1).split(",")[3]);
    double second = Double.parseDouble(csv.get(2).split(",")[3]);
    assertTrue(first >= second, "ranked by mu*");
    assertTrue(Files.size(out.resolve("sensitivity.png")) > 1000);
    assertTrue(
        r.out().contains("Morris elementary effects of purchases_us_units at 2024-06"),
        r::toString);
    // 3 trajectories × (2 + 1) points × 2 runs
    assertEquals(List.of("18"), McCommandTest.query(db(out), "SELECT count(*) FROM runs"));
  }

  @Test
  void sensitivity_sobol_firstAndTotalIndices() throws Exception {
    Path out = tmp.resolve("sobol");
    Cli.Result r =
        Cli.run(
            "sensitivity",
            STUDIES.resolve("small-study.yaml").toString(),
            "--method",
            "sobol",
            "--metric",
            "compute_total_h100e",
            "--out",
            out.toString(),
            "--no-charts");
    assertEquals(0, r.code(), r::toString);
    List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals(
        "rank,parameter,key,total,total_low,total_high,first,first_low,first_high,metric,at",
        csv.get(0));
    assertEquals(3, csv.size(), csv::toString);
    for (String row : csv.subList(1, 3)) {
      String[] c = row.split(",");
      double total = Double.parseDouble(c[3]);
      assertTrue(Double.parseDouble(c[4]) <= total && total <= Double.parseDouble(c[5]), row);
      assertEquals("2024-09", c[10], "default month: the scenario's last");
    }
    assertFalse(Files.exists(out.resolve("sensitivity.png")), "--no-charts");
    // 8 Saltelli rows × (2 + 2) points × 2 runs
    assertEquals(List.of("64"), McCommandTest.query(db(out), "SELECT count(*) FROM runs"));
  }

  @Test
  void compareUncertain_bothScenariosGetTheSameDraws() throws Exception {
    Path out = tmp.resolve("cmp");
    Cli.Result r =
        Cli.run(
            "compare",
            SMALL.toString(),
            SMALL.toString(),
            "--set-b",
            "greyMarket.premiumShare=1.5",
            "--runs",
            "3",
            "--no-charts",
            "--out",
            out.toString(),
            "--uncertain",
            STUDIES.resolve("small-study.yaml").toString());
    assertEquals(0, r.code(), r::toString);
    List<String> rows =
        McCommandTest.query(
            db(out),
            "SELECT count(DISTINCT concat_ws('|', smuggled, wafers)) FROM runs GROUP BY run"
                + " ORDER BY run");
    assertEquals(List.of("1", "1", "1"), rows, "A and B of a pair share the draws");
    Cli.Result fork =
        Cli.run(
            "compare",
            SMALL.toString(),
            SMALL.toString(),
            "--fork-at",
            "2023-06",
            "--out",
            tmp.resolve("fork").toString(),
            "--uncertain",
            STUDIES.resolve("small-study.yaml").toString());
    assertEquals(2, fork.code(), fork::toString);
    assertTrue(
        fork.err().contains("--uncertain cannot be combined with --fork-at"), fork::toString);
  }

  @Test
  void sensitivity_unknownMetric_exit2_listsMetrics() {
    Path out = tmp.resolve("sens-bad");
    Cli.Result r =
        Cli.run(
            "sensitivity",
            STUDIES.resolve("small-study.yaml").toString(),
            "--method",
            "sobol",
            "--metric",
            "nope",
            "--out",
            out.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--metric nope is not a metric of"), r::toString);
    assertFalse(Files.exists(out));
  }
}
