package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigLoader;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate}: ABC rejection keeps exactly the draws near the targets, is the same on any
 * thread count, writes an overlay that loads, and refuses bad inputs with one line each.
 */
class CalibrateCommandTest {
  private static final Path STUDY = Cli.RESOURCES.resolve("studies/small-study.yaml");
  private static final Path TARGETS = Cli.RESOURCES.resolve("targets");

  @TempDir Path tmp;

  /** A model whose compute is the grey market's monthly units, in every month. */
  private static RunResult toy(ScenarioConfig cfg, long seed) {
    List<String> dates = new ArrayList<>();
    for (YearMonth m = cfg.start(); !m.isAfter(cfg.end()); m = m.plusMonths(1)) {
      dates.add(m.toString());
    }
    double[][] v = new double[dates.size()][1];
    for (double[] row : v) {
      row[0] = cfg.greyMarket().unitsPerMonth();
    }
    return new RunResult(
        cfg.name(),
        seed,
        new MetricsTable(List.of("compute_total_h100e"), dates, v),
        List.of(),
        List.of());
  }

  private McCommandTest.Outcome toyRun(Path out, String... extra) {
    CalibrateCommand c = new CalibrateCommand();
    c.runnerFactory = cfg -> seed -> toy(cfg, seed);
    List<String> args =
        new ArrayList<>(
            List.of(
                STUDY.toString(),
                "--targets",
                TARGETS.resolve("toy-targets.yaml").toString(),
                "--runs",
                "60",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return McCommandTest.execute(c, args.toArray(String[]::new));
  }

  @Test
  void toy_acceptsExactlyTheDrawsWithinEpsilon_overlayHoldsThePosteriorMedian() throws Exception {
    Path out = tmp.resolve("toy");
    McCommandTest.Outcome r = toyRun(out, "--epsilon", "2", "--threads", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("target skipped:") && r.err().contains("targets.typo.metric"));
    // distance = max(0, 2400 − x, x − 2600) / 200 ≤ 2  ⇔  x ∈ [2000, 3000]
    List<String> all = Files.readAllLines(out.resolve("draws.csv"));
    assertEquals("draw,seed,smuggled,wafers,distance,target:toy,accepted", all.get(0));
    List<Double> kept = new ArrayList<>();
    int inside = 0;
    for (String line : all.subList(1, all.size())) {
      String[] c = line.split(",");
      double x = Double.parseDouble(c[2]);
      boolean near = x >= 2000 - 1e-6 && x <= 3000 + 1e-6;
      assertEquals(near, Boolean.parseBoolean(c[6]), line);
      if (near) {
        inside++;
        kept.add(x);
      }
    }
    assertTrue(inside > 3 && inside < 60, "some but not all draws are near: " + inside);
    List<String> accepted = Files.readAllLines(out.resolve("accepted.csv"));
    assertEquals(inside + 1, accepted.size());
    String[] post = Files.readAllLines(out.resolve("posterior.csv")).get(1).split(",");
    assertEquals("smuggled", post[0]);
    double median = Double.parseDouble(post[5]);
    assertTrue(median >= 2000 && median <= 3000, "posterior median " + median);
    // the overlay loads and carries the median
    Path overlay = out.resolve("overlay.yaml");
    ScenarioConfig cfg = ConfigLoader.load(overlay, List.of(), ScenarioConfig.class).value();
    assertEquals(median, cfg.greyMarket().unitsPerMonth(), 1e-6 * median);
    assertEquals("small-calibrated", cfg.name());
    Cli.Result v = Cli.run("validate", overlay.toString());
    assertEquals(0, v.code(), v::toString);
    assertTrue(Files.size(out.resolve("charts/posterior_smuggled.png")) > 1000);
    assertTrue(Files.readString(out.resolve("calibration.md")).contains("targets.typo.metric"));
  }

  @Test
  void sameOutputs_onOneAndTwoThreads_andTheDrawsOfMcUncertain() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(0, toyRun(one, "--threads", "1", "--accept", "0.2").code());
    assertEquals(0, toyRun(two, "--threads", "2", "--accept", "0.2").code());
    for (String f :
        List.of(
            "accepted.csv",
            "draws.csv",
            "posterior.csv",
            "overlay.yaml",
            "calibration.md",
            "charts/posterior_smuggled.png",
            "charts/posterior_wafers.png")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    assertEquals(13, Files.readAllLines(one.resolve("accepted.csv")).size(), "20 % of 60 + header");
    // draw j is the draw mc --uncertain makes for replication j
    Path mc = tmp.resolve("mc");
    Cli.Result m =
        Cli.run(
            "mc",
            Cli.RESOURCES.resolve("mc/small.yaml").toString(),
            "--uncertain",
            STUDY.toString(),
            "--runs",
            "3",
            "--no-charts",
            "--out",
            mc.toString());
    assertEquals(0, m.code(), m::toString);
    String q = "SELECT concat_ws('|', seed, smuggled, wafers) FROM runs WHERE run < 3 ORDER BY run";
    assertEquals(
        McCommandTest.query(mc.resolve("results.duckdb"), q),
        McCommandTest.query(one.resolve("results.duckdb"), q));
  }

  @Test
  void interrupted_thenResumed_equalsUninterrupted() throws Exception {
    Path whole = tmp.resolve("whole");
    Path out = tmp.resolve("resumed");
    assertEquals(0, toyRun(whole, "--threads", "1").code());
    long stopAt = blockade.experiment.montecarlo.ReplicationSeeds.seedFor(1, 30);
    CalibrateCommand c = new CalibrateCommand();
    c.runnerFactory =
        cfg ->
            seed -> {
              if (seed == stopAt) {
                throw new InterruptedException("Ctrl-C");
              }
              return toy(cfg, seed);
            };
    McCommandTest.Outcome stopped =
        McCommandTest.execute(
            c,
            STUDY.toString(),
            "--targets",
            TARGETS.resolve("toy-targets.yaml").toString(),
            "--runs",
            "60",
            "--out",
            out.toString(),
            "--threads",
            "1");
    assertEquals(130, stopped.code(), stopped.err());
    assertTrue(stopped.err().contains("resume with: ./blockade calibrate"), stopped.err());
    assertFalse(Files.exists(out));
    McCommandTest.Outcome resumed = toyRun(out, "--threads", "2", "--resume");
    assertEquals(0, resumed.code(), resumed.err());
    java.util.regex.Matcher ran =
        java.util.regex.Pattern.compile("ran (\\d+) in").matcher(resumed.out());
    assertTrue(ran.find(), resumed.out());
    int n = Integer.parseInt(ran.group(1));
    assertTrue(n >= 30 && n < 60, "only the missing draws run again: " + n);
    for (String f : List.of("accepted.csv", "draws.csv", "posterior.csv", "overlay.yaml")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  @Test
  void badInputs_oneLine_exit2_nothingWritten() {
    record Case(List<String> args, String expected) {}
    String study = STUDY.toString();
    for (Case k :
        List.of(
            new Case(
                List.of(study, "--targets", tmp.resolve("none.yaml").toString()),
                tmp.resolve("none.yaml") + ": no such file"),
            new Case(
                List.of(study, "--targets", TARGETS.resolve("bad-metric.yaml").toString()),
                "bad-metric.yaml:4: targets.typo.metric compute_totl_h100e is not a metric"),
            new Case(
                List.of(study, "--targets", TARGETS.resolve("no-tolerance.yaml").toString()),
                "no-tolerance.yaml:8: targets.point.high equals low: give a tolerance"),
            new Case(
                List.of(Cli.RESOURCES.resolve("studies/bad-key.yaml").toString()),
                "bad-key.yaml:4: parameters.smuggled.key --set"),
            new Case(List.of(study, "--accept", "1.5"), "--accept must be in (0, 1]"))) {
      Path out = tmp.resolve("bad");
      List<String> args = new ArrayList<>(List.of("calibrate"));
      args.addAll(k.args());
      args.addAll(List.of("--runs", "2", "--out", out.toString()));
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.errLines().stream().anyMatch(l -> l.contains(k.expected())), () -> k + "\n" + r);
      assertFalse(r.err().contains("\tat "), "no stack trace");
      assertFalse(Files.exists(out), "nothing written");
    }
  }
}
