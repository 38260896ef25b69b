package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.ScenarioRunner;
import blockade.core.observe.Metrics;
import blockade.experiment.montecarlo.MonteCarloRunner;
import blockade.experiment.montecarlo.ReplicationSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class McCommandTest {
  @TempDir Path tmp;

  /** Exit code and what the command printed. */
  record Outcome(int code, String out, String err) {}

  static Outcome execute(ExperimentCommand command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  static String small() {
    try {
      return Path.of(McCommandTest.class.getResource("/mc/small.yaml").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> query(Path db, String sql) throws SQLException {
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, props);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    }
  }

  @Test
  void mc_oneAndTwoThreads_giveByteIdenticalSummaries() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Outcome a =
        execute(new McCommand(), small(), "--runs", "6", "--threads", "1", "--out", one.toString());
    Outcome b =
        execute(new McCommand(), small(), "--runs", "6", "--threads", "2", "--out", two.toString());

    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("mc: 6 runs, 6 ok, 0 failed"), b.out());
    assertTrue(b.out().contains("results in " + two.toAbsolutePath()), b.out());
    for (String f : List.of("quantiles.csv", "final.csv")) {
      assertArrayEquals(
          Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + " differs");
    }
    assertEquals(7, Files.readAllLines(two.resolve("final.csv")).size(), "header + one per run");
    for (String metric : Metrics.KEY) {
      assertTrue(Files.isRegularFile(two.resolve("charts/fan_" + metric + ".png")), metric);
    }
    String log = Files.readString(two.resolve("mc.log"));
    assertTrue(log.contains("command line: ./blockade mc"), log);
    assertTrue(log.contains("mc small: 6 runs on 2 threads"), log);
    assertFalse(Files.exists(MonteCarloRunner.workDir(two)), "the .partial directory is gone");
  }

  @Test
  void mc_resultsDatabase_hasEveryTableAndMetricColumn() throws Exception {
    Path out = tmp.resolve("db");
    Outcome r =
        execute(
            new McCommand(),
            small(),
            "--runs",
            "3",
            "--threads",
            "2",
            "--seed",
            "7",
            "--no-charts",
            "--parquet",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());

    Path db = out.resolve("results.duckdb");
    assertEquals(
        List.of("events", "meta", "purchases", "quantiles", "runs", "ticks"),
        query(db, "SELECT table_name FROM information_schema.tables ORDER BY table_name"));
    // purchases by channel, keyed by run like the other tables: the same rows as run's
    // purchases.csv for each replication
    assertEquals(
        List.of("run", "tick", "date", "buyer_kind", "sku", "channel", "units", "usd_m"),
        query(
            db,
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'purchases'"
                + " ORDER BY ordinal_position"));
    assertEquals(
        List.of("3"), query(db, "SELECT count(DISTINCT run) FROM purchases WHERE units > 0"));
    List<String> tickColumns =
        query(
            db,
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'ticks'"
                + " ORDER BY ordinal_position");
    assertTrue(tickColumns.containsAll(Metrics.COLUMNS), tickColumns.toString());
    assertEquals(List.of("3"), query(db, "SELECT count(*) FROM runs WHERE status = 'ok'"));
    assertEquals(
        List.of(Long.toString(ReplicationSeeds.seedFor(7, 0))),
        query(db, "SELECT seed FROM runs WHERE run = 0"));
    assertEquals(List.of("72"), query(db, "SELECT count(*) FROM ticks"), "3 runs x 24 months");
    assertEquals(List.of("7"), query(db, "SELECT value FROM meta WHERE key = 'master_seed'"));
    assertEquals(List.of("0.1.0"), query(db, "SELECT value FROM meta WHERE key = 'version'"));
    assertEquals(1, query(db, "SELECT value FROM meta WHERE key = 'git_commit'").size());
    assertEquals(64, query(db, "SELECT value FROM meta WHERE key = 'config_hash'").get(0).length());
    assertTrue(
        query(db, "SELECT value FROM meta WHERE key = 'config'").get(0).contains("name: small"));
    assertTrue(
        query(db, "SELECT value FROM meta WHERE key = 'command_line'").get(0).contains("--seed 7"));
    for (String t : List.of("runs", "ticks", "events", "purchases", "quantiles")) {
      assertTrue(Files.isRegularFile(out.resolve(t + ".parquet")), t);
    }
    assertFalse(Files.exists(out.resolve("charts")), "--no-charts");
  }

  @Test
  void mc_brokenConfig_exits2_printsProblems_writesNothing() {
    Path out = tmp.resolve("broken");
    Outcome r =
        execute(
            new McCommand(),
            small(),
            "--runs",
            "2",
            "--set",
            "energy.pue=-1",
            "--set",
            "nosuchkey=1",
            "--out",
            out.toString());

    assertEquals(2, r.code());
    assertTrue(r.err().contains("energy.pue"), r.err());
    assertTrue(r.err().contains("nosuchkey"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(MonteCarloRunner.workDir(out)));
  }

  @Test
  void mc_missingConfigFile_exits2() {
    Outcome r = execute(new McCommand(), tmp.resolve("nope.yaml").toString(), "--runs", "1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope.yaml"), r.err());
  }

  @Test
  void mc_badRunCount_isAUsageError() {
    Outcome r = execute(new McCommand(), small(), "--runs", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--runs must be at least 1"), r.err());
  }

  @Test
  void mc_failedReplication_exits3_andSaysHowToReproduceIt() throws IOException {
    long bad = ReplicationSeeds.seedFor(1, 2);
    McCommand cmd = new McCommand();
    cmd.runnerFactory =
        cfg ->
            seed -> {
              if (seed == bad) {
                throw new IllegalStateException("forced failure");
              }
              return new ScenarioRunner(cfg).run(seed);
            };
    Path out = tmp.resolve("fail");
    Outcome r =
        execute(
            cmd,
            small(),
            "--runs",
            "4",
            "--threads",
            "2",
            "--no-charts",
            "--set",
            "energy.pue=1.3",
            "--out",
            out.toString());

    assertEquals(3, r.code(), r.err());
    assertTrue(r.out().contains("4 runs, 3 ok, 1 failed"), r.out());
    String expected =
        "replication 2 failed (seed "
            + bad
            + "): forced failure; reproduce with: ./blockade run "
            + small()
            + " --seed "
            + bad
            + " --set energy.pue=1.3";
    assertTrue(r.err().contains(expected), r.err());
    assertEquals(4, Files.readAllLines(out.resolve("final.csv")).size(), "header + 3 ok runs");
  }

  @Test
  void mc_interrupted_thenResumed_equalsUninterruptedRun() throws Exception {
    Path whole = tmp.resolve("whole");
    Path out = tmp.resolve("resumed");
    List<String> common = List.of(small(), "--runs", "5", "--no-charts", "--out");
    assertEquals(
        0, execute(new McCommand(), args(common, whole.toString(), "--threads", "2")).code());

    long stopAt = ReplicationSeeds.seedFor(1, 3);
    McCommand interrupted = new McCommand();
    interrupted.runnerFactory =
        cfg ->
            seed -> {
              if (seed == stopAt) {
                throw new InterruptedException("Ctrl-C");
              }
              return new ScenarioRunner(cfg).run(seed);
            };
    Outcome stopped = execute(interrupted, args(common, out.toString(), "--threads", "1"));
    assertEquals(130, stopped.code(), stopped.err());
    assertTrue(stopped.err().contains("resume with: ./blockade mc"), stopped.err());
    assertTrue(stopped.err().contains("--resume"), stopped.err());
    assertTrue(Files.isDirectory(MonteCarloRunner.workDir(out)));
    assertFalse(Files.exists(out));

    Outcome mismatch =
        execute(new McCommand(), args(common, out.toString(), "--resume", "--seed", "2"));
    assertEquals(2, mismatch.code());
    assertTrue(mismatch.err().startsWith("error: cannot resume"), mismatch.err());
    assertEquals(1, mismatch.err().strip().lines().count(), mismatch.err());

    Outcome resumed = execute(new McCommand(), args(common, out.toString(), "--resume"));
    assertEquals(0, resumed.code(), resumed.err());
    for (String f : List.of("quantiles.csv", "final.csv")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    String log = Files.readString(out.resolve("mc.log"));
    assertTrue(log.contains("already done"), "the log continues across the resume: " + log);
  }

  @Test
  void compare_writesComparisonWithDocumentedHeader() throws IOException {
    Path out = tmp.resolve("cmp");
    Outcome r =
        execute(
            new CompareCommand(),
            small(),
            small(),
            "--runs",
            "3",
            "--threads",
            "2",
            "--set-b",
            "greyMarket.enabled=false",
            "--out",
            out.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("compare: 3 pairs, 3 ok, 0 failed"), r.out());
    List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
    assertEquals(
        "metric,tick,date,mean_a,mean_b,mean_diff,diff_ci95_low,diff_ci95_high", lines.get(0));
    assertEquals(1 + 24 * Metrics.COLUMNS.size(), lines.size());
    assertTrue(Files.isRegularFile(out.resolve("quantiles.csv")));
    assertTrue(Files.isRegularFile(out.resolve("charts/fan_" + Metrics.COMPUTE_TOTAL + ".png")));
    assertTrue(Files.isRegularFile(out.resolve("compare.log")));
  }

  @Test
  void compare_failureNamesTheScenarioAndItsOverrides() {
    long bad = ReplicationSeeds.seedFor(1, 1);
    CompareCommand cmd = new CompareCommand();
    cmd.runnerFactory =
        cfg ->
            seed -> {
              if (seed == bad && !cfg.greyMarket().enabled()) {
                throw new IllegalStateException("no grey market");
              }
              return new ScenarioRunner(cfg).run(seed);
            };
    Outcome r =
        execute(
            cmd,
            small(),
            small(),
            "--runs",
            "2",
            "--threads",
            "1",
            "--no-charts",
            "--set-b",
            "greyMarket.enabled=false",
            "--out",
            tmp.resolve("cmpfail").toString());

    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "replication 1 of B (small (B)) failed (seed "
                    + bad
                    + "): no grey market; reproduce with: ./blockade run "
                    + small()
                    + " --seed "
                    + bad
                    + " --set greyMarket.enabled=false"),
        r.err());
  }

  private static String[] args(List<String> head, String... more) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
