package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.MetricsTable;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import blockade.experiment.output.Csv;
import blockade.experiment.output.OutputFolder;
import blockade.experiment.output.OutputRefusedException;
import blockade.experiment.output.UnfinishedWorkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloRunnerTest {
  private static final long MASTER = 20221007L;

  @TempDir Path tmp;

  private static McOptions options(int runs, int threads, Path out, boolean resume) {
    return new McOptions(
        runs,
        threads,
        MASTER,
        out,
        resume,
        false,
        false,
        List.of(),
        "fake",
        Map.of("version", "test", "config_hash", "abc"));
  }

  @Test
  void run_fourThreads_sameCsvBytesAsOneThread() throws Exception {
    FakeRunner runner = new FakeRunner(24, 3);
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    McResult r1 = MonteCarloRunner.run(runner, options(40, 1, one, false));
    McResult r4 = MonteCarloRunner.run(runner, options(40, 4, four, false));

    assertEquals(40, r1.ok());
    assertEquals(40, r4.ok());
    assertEquals(0, r4.exitCode());
    assertEquals(
        TestFiles.read(one.resolve("quantiles.csv")),
        TestFiles.read(four.resolve("quantiles.csv")));
    assertEquals(
        TestFiles.read(one.resolve("final.csv")), TestFiles.read(four.resolve("final.csv")));
    // one row per (tick, metric) plus header; one row per run plus header
    assertEquals(1 + 24 * 3, TestFiles.read(four.resolve("quantiles.csv")).lines().count());
    assertEquals(41, TestFiles.read(four.resolve("final.csv")).lines().count());
    Path db = four.resolve("results.duckdb");
    assertEquals(40, TestFiles.queryLong(db, "SELECT count(*) FROM runs WHERE status = 'ok'"));
    assertEquals(40 * 24, TestFiles.queryLong(db, "SELECT count(*) FROM ticks"));
    assertEquals(24 * 3, TestFiles.queryLong(db, "SELECT count(*) FROM quantiles"));
    assertEquals(
        TestFiles.queryLong(one.resolve("results.duckdb"), "SELECT count(*) FROM events"),
        TestFiles.queryLong(db, "SELECT count(*) FROM events"));
    // typed event columns: text NULL where absent, units and usd_m DOUBLE
    assertEquals(
        TestFiles.queryLong(db, "SELECT count(*) FROM events"),
        TestFiles.queryLong(
            db,
            "SELECT count(*) FROM events WHERE counterparty = 'firm-' || (tick % 5)"
                + " AND sku IS NULL AND units = tick AND usd_m = 0.5"));
    assertEquals(
        "DOUBLE",
        TestFiles.queryString(
            db,
            "SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'events' AND column_name = 'units'"));
    // purchases: every run's rows, with the replication key
    assertEquals(40 * (24 + 12), TestFiles.queryLong(db, "SELECT count(*) FROM purchases"));
    assertEquals(
        40 * 24,
        TestFiles.queryLong(
            db,
            "SELECT count(*) FROM purchases p JOIN runs r ON r.run = p.run"
                + " WHERE p.channel = 'licensed' AND p.units = p.tick + 1 AND p.usd_m = 0.25"
                + " AND p.date IS NOT NULL AND p.buyer_kind = 'incumbent'"));
    assertEquals(
        ReplicationSeeds.seedFor(MASTER, 17),
        TestFiles.queryLong(db, "SELECT seed FROM runs WHERE run = 17"));
    assertEquals(
        "abc", TestFiles.queryString(db, "SELECT value FROM meta WHERE key = 'config_hash'"));
    assertFalse(
        Files.exists(MonteCarloRunner.workDir(four)), "the temporary directory is moved away");
    assertTrue(
        TestFiles.read(four.resolve("final.csv"))
            .startsWith(
                "run,seed,compute_total_h100e,self_sufficiency,startups_alive\n0,"
                    + ReplicationSeeds.seedFor(MASTER, 0)
                    + ","));
  }

  @Test
  void run_replicationThrows_recordedAsFailedOthersFinish() throws Exception {
    long bad = ReplicationSeeds.seedFor(MASTER, 7);
    long silent = ReplicationSeeds.seedFor(MASTER, 11);
    FakeRunner fake = new FakeRunner(12, 1);
    ReplicationRunner runner =
        seed -> {
          if (seed == bad) {
            throw new IllegalStateException("boom at seed " + seed + "\nsecond line");
          }
          if (seed == silent) {
            throw new NullPointerException();
          }
          return fake.run(seed);
        };
    Path out = tmp.resolve("failing");
    McResult r = MonteCarloRunner.run(runner, options(20, 3, out, false));

    assertEquals(18, r.ok());
    assertEquals(2, r.failed());
    assertEquals(3, r.exitCode());
    assertEquals(
        List.of(
            new FailedRun("fake", 7, bad, "boom at seed " + bad),
            new FailedRun("fake", 11, silent, "java.lang.NullPointerException")),
        r.failures());
    Path db = out.resolve("results.duckdb");
    assertEquals(
        bad, TestFiles.queryLong(db, "SELECT seed FROM runs WHERE status = 'failed' AND run = 7"));
    assertEquals(
        "boom at seed " + bad, TestFiles.queryString(db, "SELECT error FROM runs WHERE run = 7"));
    assertEquals(0, TestFiles.queryLong(db, "SELECT count(*) FROM ticks WHERE run IN (7, 11)"));
    assertEquals(19, TestFiles.read(out.resolve("final.csv")).lines().count());
    assertFalse(TestFiles.read(out.resolve("final.csv")).contains("\n7,"));
  }

  @Test
  void run_interruptedThenResumed_equalsUninterrupted() throws Exception {
    FakeRunner fake = new FakeRunner(24, 2);
    Path full = tmp.resolve("full");
    MonteCarloRunner.run(fake, options(30, 2, full, false));

    AtomicInteger calls = new AtomicInteger();
    ReplicationRunner dying =
        seed -> {
          if (calls.incrementAndGet() > 15) {
            throw new InterruptedException("simulated Ctrl-C");
          }
          return fake.run(seed);
        };
    Path out = tmp.resolve("resumed");
    assertThrows(
        InterruptedException.class, () -> MonteCarloRunner.run(dying, options(30, 3, out, false)));
    Path partial = MonteCarloRunner.workDir(out);
    assertFalse(Files.exists(out));
    long kept = TestFiles.queryLong(partial.resolve("results.duckdb"), "SELECT count(*) FROM runs");
    assertTrue(kept >= 1 && kept <= 15, "committed runs kept: " + kept);
    // A crash between statements could leave rows of an unrecorded run: resume must drop them.
    TestFiles.exec(
        partial.resolve("results.duckdb"),
        "INSERT INTO ticks SELECT 29, tick, date, 1e9, 1e9, 1e9 FROM ticks WHERE run = (SELECT"
            + " min(run) FROM runs WHERE status = 'ok') AND 29 NOT IN (SELECT run FROM runs)");

    AtomicInteger resumedCalls = new AtomicInteger();
    ReplicationRunner counting =
        seed -> {
          resumedCalls.incrementAndGet();
          return fake.run(seed);
        };
    McResult r = MonteCarloRunner.run(counting, options(30, 4, out, true));
    assertEquals(30, r.ok());
    assertEquals(30 - kept, resumedCalls.get(), "only the missing replications run again");
    assertEquals(
        TestFiles.read(full.resolve("quantiles.csv")),
        TestFiles.read(out.resolve("quantiles.csv")));
    assertEquals(
        TestFiles.read(full.resolve("final.csv")), TestFiles.read(out.resolve("final.csv")));
    assertFalse(Files.exists(partial));
  }

  @Test
  void run_resumeWithOtherSeed_refused() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    FakeRunner fake = new FakeRunner(6, 0);
    ReplicationRunner dying =
        seed -> {
          if (calls.incrementAndGet() > 3) {
            // give the collector time to commit the finished ones first (it polls every few ms)
            Thread.sleep(1000);
            throw new InterruptedException("stop");
          }
          return fake.run(seed);
        };
    Path out = tmp.resolve("seeded");
    assertThrows(
        InterruptedException.class, () -> MonteCarloRunner.run(dying, options(10, 1, out, false)));
    McOptions other =
        new McOptions(10, 1, MASTER + 1, out, true, false, false, List.of(), "fake", Map.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MonteCarloRunner.run(fake, other));
    assertTrue(e.getMessage().contains("master_seed"), e.getMessage());
    // without --resume the finished replications stop the command instead of being deleted
    McOptions afresh =
        new McOptions(10, 1, MASTER + 1, out, false, false, false, List.of(), "fake", Map.of());
    UnfinishedWorkException u =
        assertThrows(UnfinishedWorkException.class, () -> MonteCarloRunner.run(fake, afresh));
    long kept =
        TestFiles.queryLong(
            MonteCarloRunner.workDir(out).resolve("results.duckdb"), "SELECT count(*) FROM runs");
    assertTrue(kept > 0, "the interrupted run had finished replications");
    assertEquals(kept, u.finished(), "the finished replications are kept and counted");
    // the user moves it away to start afresh
    Files.move(MonteCarloRunner.workDir(out), tmp.resolve("moved-away"));
    McResult r = MonteCarloRunner.run(fake, afresh);
    assertEquals(10, r.ok());
  }

  @Test
  void run_unusableResult_recordedAsFailed() throws Exception {
    long[] seeds = ReplicationSeeds.seeds(MASTER, 8);
    FakeRunner fake = new FakeRunner(5, 0);
    ReplicationRunner runner =
        seed -> {
          RunResult r = fake.run(seed);
          MetricsTable m = r.metrics();
          if (seed == seeds[3]) {
            return new RunResult(
                "fake",
                seed,
                new MetricsTable(List.of("other"), m.dates(), new double[5][1]),
                List.of(),
                List.of());
          }
          if (seed == seeds[5]) {
            return new RunResult(
                "fake",
                seed,
                new MetricsTable(m.columns(), m.dates().subList(0, 4), m.values()),
                List.of(),
                List.of());
          }
          return r;
        };
    Path out = tmp.resolve("unusable");
    McResult r = MonteCarloRunner.run(runner, options(8, 1, out, false));
    assertEquals(6, r.ok());
    assertEquals(List.of(3, 5), r.failures().stream().map(FailedRun::run).toList());
    assertTrue(
        r.failures().get(0).message().startsWith("metric columns differ"), r.failures().toString());
    assertTrue(
        r.failures().get(1).message().contains("5 rows but 4 dates"), r.failures().toString());
  }

  @Test
  void run_smallKnownCase_quantilesMatchDirectComputation() throws Exception {
    long[] seeds = ReplicationSeeds.seeds(MASTER, 5);
    double[] y = {3, 1, 4, 1, 5};
    ReplicationRunner runner =
        seed -> {
          int j = 0;
          while (seeds[j] != seed) {
            j++;
          }
          double[][] v = new double[2][3];
          for (int t = 0; t < 2; t++) {
            v[t][0] = (j + 1) * (t + 1); // 1..5, then 2..10
            v[t][1] = y[j];
            v[t][2] = j == 2 ? Double.NaN : 1.5; // NaN ignored: n = 4, all equal
          }
          Thread.sleep(5 - j); // finish in reverse order on several threads
          return new RunResult(
              "known",
              seed,
              new MetricsTable(List.of("x", "y", "z"), List.of("2022-10", "2022-11"), v),
              List.of(),
              List.of());
        };
    Path out = tmp.resolve("known");
    MonteCarloRunner.run(
        runner,
        new McOptions(5, 3, MASTER, out, false, false, false, List.of(), "known", Map.of()));

    List<String> lines = TestFiles.read(out.resolve("quantiles.csv")).lines().toList();
    assertEquals("scenario,tick,date,metric,mean,sd,p05,p25,p50,p75,p95", lines.get(0));
    // x at tick 0 = {1,2,3,4,5}: mean 3, sd sqrt(2.5), type 7: p05 = 1 + 0.2 * 1 = 1.2, p95 = 4.8
    assertEquals(
        row("known", 0, "2022-10", "x", 3, Math.sqrt(2.5), 1.2, 2, 3, 4, 4.8), lines.get(1));
    // y = {3,1,4,1,5}: mean 2.8, sd sqrt(12.8 / 4); sorted {1,1,3,4,5}
    assertEquals(
        row("known", 0, "2022-10", "y", 2.8, Math.sqrt(3.2), 1, 1, 3, 4, 4.8), lines.get(2));
    assertEquals(row("known", 0, "2022-10", "z", 1.5, 0, 1.5, 1.5, 1.5, 1.5, 1.5), lines.get(3));
    // x at tick 1 = {2,4,6,8,10}
    assertEquals(
        row("known", 1, "2022-11", "x", 6, Math.sqrt(10), 2.4, 4, 6, 8, 9.6), lines.get(4));
    assertEquals(7, lines.size());
    List<String> finals = TestFiles.read(out.resolve("final.csv")).lines().toList();
    assertEquals("run,seed,x,y,z", finals.get(0));
    assertEquals("2," + seeds[2] + ",6,4,", finals.get(3));
    Path db = out.resolve("results.duckdb");
    assertEquals(
        4.8,
        Double.parseDouble(
            TestFiles.queryString(db, "SELECT p95 FROM quantiles WHERE tick = 0 AND metric = 'y'")),
        1e-12);
  }

  private static String row(String s, int tick, String date, String metric, double... v) {
    StringBuilder b = new StringBuilder(s + "," + tick + "," + date + "," + metric);
    for (double x : v) {
      b.append(',').append(Csv.num(x));
    }
    return b.toString();
  }

  @Test
  void run_earlierOutput_replacedOnlyWhenComplete() throws Exception {
    Path out = tmp.resolve("existing");
    MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, out, false));
    assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
    List<Path> workDirs = new java.util.ArrayList<>();
    MonteCarloRunner.run(
        new FakeRunner(4, 0),
        options(3, 2, out, false),
        dir -> {
          assertTrue(Files.isDirectory(dir));
          assertTrue(Files.exists(out.resolve("final.csv")), "the old output stays until the end");
          workDirs.add(dir);
        });
    assertEquals(List.of(MonteCarloRunner.workDir(out)), workDirs);
    assertEquals(4, Files.readAllLines(out.resolve("final.csv")).size(), "header + 3 runs");
    try (var s = Files.list(tmp)) {
      assertEquals(List.of("existing"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void run_folderWithUserFiles_refusedAndUntouched() throws Exception {
    Path thesis = tmp.resolve("p");
    Files.createDirectories(thesis);
    Files.writeString(thesis.resolve("thesis.txt"), "x");
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () -> MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, thesis, false)));
    assertTrue(e.getMessage().contains("not a Blockade output"), e.getMessage());
    assertEquals("x", Files.readString(thesis.resolve("thesis.txt")));
    assertFalse(Files.exists(MonteCarloRunner.workDir(thesis)), "nothing written");

    // a file a user adds to an earlier output stops the replacement
    Path out = tmp.resolve("earlier");
    MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, out, false));
    Files.writeString(out.resolve("important.txt"), "notes");
    e =
        assertThrows(
            OutputRefusedException.class,
            () -> MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, out, false)));
    assertTrue(e.getMessage().contains("important.txt"), e.getMessage());
    assertEquals("notes", Files.readString(out.resolve("important.txt")));
    assertTrue(Files.exists(out.resolve("results.duckdb")));

    // a plain file is never turned into a folder
    Path file = tmp.resolve("plain");
    Files.writeString(file, "data");
    assertThrows(
        OutputRefusedException.class,
        () -> MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, file, false)));
    assertEquals("data", Files.readString(file));

    // an unrelated X.old next to X is left alone
    Path x = tmp.resolve("x");
    Files.writeString(tmp.resolve("x.old"), "mine");
    MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, x, false));
    MonteCarloRunner.run(new FakeRunner(4, 0), options(2, 1, x, false));
    assertEquals("mine", Files.readString(tmp.resolve("x.old")));
  }

  @Test
  void run_parquetAndCharts_exportedOrReported() throws Exception {
    Path out = tmp.resolve("extras");
    McOptions o =
        new McOptions(
            6,
            2,
            MASTER,
            out,
            false,
            true,
            true,
            List.of("self_sufficiency", "no_such_metric"),
            "fake",
            Map.of());
    McResult r = MonteCarloRunner.run(new FakeRunner(12, 0), o);
    for (String t : List.of("runs", "ticks", "events", "purchases", "quantiles")) {
      assertTrue(Files.exists(out.resolve(t + ".parquet")), t);
    }
    Path db = out.resolve("results.duckdb");
    assertEquals(
        6 * 12,
        TestFiles.queryLong(
            db, "SELECT count(*) FROM read_parquet('" + out.resolve("ticks.parquet") + "')"));
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("no_such_metric")), r.warnings().toString());
    // Charts.fan may not be implemented yet: then the runner reports it instead of failing.
    boolean drawn = Files.exists(out.resolve("charts/fan_self_sufficiency.png"));
    boolean reported = r.warnings().stream().anyMatch(w -> w.contains("not drawn"));
    assertTrue(drawn || reported, r.warnings().toString());
    assertEquals(0, r.exitCode());
  }
}
