package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.ScenarioRunner;
import blockade.experiment.montecarlo.MonteCarloRunner;
import blockade.experiment.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: no command deletes or mixes a researcher's files. Each case is one a careless user hit:
 * an --out holding their own files, the clone itself, the home folder, a folder holding the config,
 * a re-run over unfinished replications, and two commands on one --out at once.
 */
class OutputSafetyTest {
  @TempDir Path tmp;

  private static McCommandTest.Outcome mc(String... args) {
    return McCommandTest.execute(new McCommand(), args);
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(
            root.relativize(p).toString(),
            Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "<dir>");
      }
    }
    return m;
  }

  @Test
  void mc_intoFolderWithUserFiles_exits2_andKeepsThem() throws IOException {
    Path p = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(p.resolve("thesis.txt"), "x");
    McCommandTest.Outcome r =
        mc(McCommandTest.small(), "--runs", "2", "--no-charts", "--out", p.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("is not a Blockade output"), r.err());
    assertEquals(Map.of("", "<dir>", "thesis.txt", "x"), snapshot(p));
    assertFalse(Files.exists(MonteCarloRunner.workDir(p)), "nothing written");
  }

  @Test
  void mc_intoACloneOrTheCurrentFolder_exits2_andLeavesItIntact() throws IOException {
    Path clone = Files.createDirectories(tmp.resolve("clone"));
    Files.createDirectories(clone.resolve(".git"));
    Files.writeString(clone.resolve("pom.xml"), "<project/>");
    Map<String, String> before = snapshot(clone);
    McCommandTest.Outcome r =
        mc(McCommandTest.small(), "--runs", "2", "--no-charts", "--out", clone.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("git working tree"), r.err());
    assertEquals(before, snapshot(clone));

    // "." (the module folder the tests run in) and the folder above it
    for (String dot : List.of(".", "..")) {
      r = mc(McCommandTest.small(), "--runs", "2", "--no-charts", "--out", dot);
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("is the current folder or holds it"), r.err());
    }
    assertTrue(Files.isRegularFile(Path.of("pom.xml")), "the module is intact");
    assertFalse(Files.exists(MonteCarloRunner.workDir(Path.of("."))));
    assertFalse(Files.exists(MonteCarloRunner.workDir(Path.of(".."))));
  }

  @Test
  void mc_outIsRoot_exits2_withoutCreatingNullPartial() {
    McCommandTest.Outcome r = mc(McCommandTest.small(), "--runs", "2", "--out", "/");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("file system root"), r.err());
    assertFalse(Files.exists(Path.of("null.partial")));
  }

  @Test
  void run_outIsHomeOrHoldsTheConfig_exits2() throws IOException {
    Path cfgDir = Files.createDirectories(tmp.resolve("configs"));
    Path cfg = cfgDir.resolve("small.yaml");
    Files.copy(Cli.SMALL, cfg);
    Cli.Result r = Cli.run("run", cfg.toString(), "--out", cfgDir.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("holds the input file"), r.err());
    assertEquals(List.of("small.yaml"), List.of(cfgDir.toFile().list()));

    Path home = Files.createDirectories(tmp.resolve("home"));
    String was = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      r = Cli.run("run", Cli.SMALL.toString(), "--out", home.toString());
    } finally {
      System.setProperty("user.home", was);
    }
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("is your home folder"), r.err());
    assertEquals(0, home.toFile().list().length);
  }

  @Test
  void run_overOutputWithAddedFile_exits2_andKeepsIt() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, Cli.run("run", Cli.SMALL.toString(), "--out", out.toString()).code());
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
    Files.writeString(out.resolve("important.txt"), "notes");
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--seed", "2", "--out", out.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals(
        List.of(
            "error: --out "
                + out.toAbsolutePath()
                + " holds files Blockade did not write: important.txt; move them out of it (or the"
                + " whole folder away), or choose another --out"),
        r.errLines());
    assertEquals("notes", Files.readString(out.resolve("important.txt")));
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\" : 1"));

    // a run output is not replaced by another command's
    McCommandTest.Outcome m =
        mc(McCommandTest.small(), "--runs", "2", "--no-charts", "--out", out.toString());
    assertEquals(2, m.code(), m.err());
  }

  @Test
  void mc_rerunIntoItsOwnOutput_replacesIt_althoughItsLogGrewAfterPublishing() throws Exception {
    Path out = tmp.resolve("again");
    for (String seed : List.of("1", "2")) {
      McCommandTest.Outcome r =
          mc(
              McCommandTest.small(),
              "--runs",
              "2",
              "--no-charts",
              "--seed",
              seed,
              "--out",
              out.toString());
      assertEquals(0, r.code(), r.err());
    }
    assertEquals(
        List.of("2"),
        McCommandTest.query(
            out.resolve("results.duckdb"), "SELECT value FROM meta WHERE key = 'master_seed'"));
    assertTrue(Files.readString(out.resolve("mc.log")).contains("master seed 2"));
  }

  @Test
  void outputFolders_haveTheUsualPermissions() throws IOException {
    Path out = tmp.resolve("shared");
    assertEquals(0, Cli.run("run", Cli.SMALL.toString(), "--out", out.toString()).code());
    Path plain = Files.createDirectory(tmp.resolve("made-by-mkdir"));
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
    assertEquals(usual, Files.getPosixFilePermissions(out), "as mkdir makes them (the umask)");
    assertEquals(usual, Files.getPosixFilePermissions(out.resolve("charts")));
  }

  @Test
  void mc_rerunWithoutResume_overFinishedReplications_exits2_withTheResumeLine()
      throws IOException {
    Path out = tmp.resolve("mc");
    AtomicInteger calls = new AtomicInteger();
    McCommand first = new McCommand();
    first.runnerFactory =
        cfg -> {
          ScenarioRunner inner = new ScenarioRunner(cfg);
          return seed -> {
            if (calls.incrementAndGet() > 3) {
              // give the collector time to commit the finished ones first (it polls every few ms)
              Thread.sleep(1000);
              throw new InterruptedException("Ctrl-C");
            }
            return inner.run(seed);
          };
        };
    McCommandTest.Outcome r =
        McCommandTest.execute(
            first,
            McCommandTest.small(),
            "--runs",
            "8",
            "--threads",
            "1",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(130, r.code(), r.err());
    Path partial = MonteCarloRunner.workDir(out);
    java.util.regex.Matcher kept =
        java.util.regex.Pattern.compile("(\\d+) finished replications? (is|are) kept in (\\S+);")
            .matcher(r.err());
    assertTrue(kept.find(), r.err());
    assertEquals(partial.toString(), kept.group(3));
    int done = Integer.parseInt(kept.group(1));
    assertTrue(done >= 1 && done <= 3, r.err());
    long before = Files.size(partial.resolve("results.duckdb"));

    McCommandTest.Outcome again =
        mc(
            McCommandTest.small(),
            "--runs",
            "8",
            "--threads",
            "1",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(2, again.code(), again.err());
    List<String> lines = again.err().lines().toList();
    assertTrue(lines.get(0).contains("holds " + done + " finished replication"), again.err());
    String resume =
        "resume with: ./blockade mc "
            + McCommandTest.small()
            + " --runs 8 --seed 1 --out "
            + out
            + " --no-charts --threads 1 --resume";
    assertEquals(resume, lines.get(1));
    assertEquals(before, Files.size(partial.resolve("results.duckdb")), "kept as it was");

    McCommandTest.Outcome resumed =
        mc(
            McCommandTest.small(),
            "--runs",
            "8",
            "--threads",
            "1",
            "--no-charts",
            "--resume",
            "--out",
            out.toString());
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(9, Files.readAllLines(out.resolve("final.csv")).size());
  }

  @Test
  void mc_failureBeforeAnyReplication_doesNotPointAtAMissingFolder() throws IOException {
    Path out = tmp.resolve("never");
    McCommand cmd = new McCommand();
    cmd.runnerFactory =
        cfg ->
            seed -> {
              throw new InterruptedException("Ctrl-C");
            };
    McCommandTest.Outcome r =
        McCommandTest.execute(
            cmd,
            McCommandTest.small(),
            "--runs",
            "4",
            "--threads",
            "1",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(130, r.code(), r.err());
    assertTrue(r.err().contains("no replication had finished; nothing to resume"), r.err());
    assertFalse(r.err().contains("resume with"), r.err());
  }

  @Test
  void twoCommandsOnOneOut_secondExits2_namingTheHolder() throws Exception {
    Path out = tmp.resolve("busy");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    McCommand first = new McCommand();
    first.runnerFactory =
        cfg -> {
          ScenarioRunner inner = new ScenarioRunner(cfg);
          return seed -> {
            started.countDown();
            release.await(60, TimeUnit.SECONDS);
            return inner.run(seed);
          };
        };
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<McCommandTest.Outcome> a =
          pool.submit(
              () ->
                  McCommandTest.execute(
                      first,
                      McCommandTest.small(),
                      "--runs",
                      "2",
                      "--threads",
                      "1",
                      "--no-charts",
                      "--seed",
                      "1",
                      "--out",
                      out.toString()));
      assertTrue(started.await(60, TimeUnit.SECONDS));
      McCommandTest.Outcome b =
          mc(
              McCommandTest.small(),
              "--runs",
              "2",
              "--threads",
              "1",
              "--no-charts",
              "--seed",
              "2",
              "--out",
              out.toString());
      Cli.Result c = Cli.run("run", Cli.SMALL.toString(), "--out", out.toString());
      release.countDown();
      assertEquals(2, b.code(), b.err());
      assertTrue(b.err().contains("is in use by"), b.err());
      assertEquals(2, c.code(), c::toString);
      assertTrue(c.err().contains("is in use by"), c.err());
      assertEquals(0, a.get(60, TimeUnit.SECONDS).code());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    List<String> seeds =
        McCommandTest.query(
            out.resolve("results.duckdb"), "SELECT value FROM meta WHERE key = 'master_seed'");
    assertEquals(List.of("1"), seeds, "the published folder is the first command's alone");
  }

  @Test
  void anotherProcessHoldingOut_isNamedByPid() throws Exception {
    Path out = tmp.resolve("held");
    Path errFile = tmp.resolve("child.err");
    Process child =
        child(
            errFile,
            "mc",
            McCommandTest.small(),
            "--runs",
            "100000",
            "--threads",
            "1",
            "--no-charts",
            "--out",
            out.toString());
    try {
      awaitWorking(out, child, errFile);
      McCommandTest.Outcome r =
          mc(McCommandTest.small(), "--runs", "2", "--no-charts", "--out", out.toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(
          r.err().contains("is in use by process " + child.pid() + " ('blockade mc')"), r.err());
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void run_stoppedBySignal_saysSo_andLeavesNothing() throws Exception {
    Path out = tmp.resolve("stopped");
    Path errFile = tmp.resolve("run.err");
    Process child =
        child(
            errFile,
            "run",
            Path.of("..", "configs", "baseline.yaml").toString(),
            "--set",
            "startups.population.count=3000",
            "--out",
            out.toString());
    try {
      awaitWorking(out, child, errFile);
      Thread.sleep(500); // the interrupt hint is installed right after the folder is taken
      child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertTrue(read(errFile).contains("interrupted: nothing was written; " + out), read(errFile));
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(MonteCarloRunner.workDir(out)));
  }

  /** Blockade's command line in a child JVM, its stderr to {@code errFile}. */
  private static Process child(Path errFile, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
    cmd.add("blockade.app.BlockadeCli");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errFile.toFile())
        .start();
  }

  /** Waits until the child has taken {@code out} (its working folder's marker names its pid). */
  private static void awaitWorking(Path out, Process child, Path errFile) throws Exception {
    Path marker = MonteCarloRunner.workDir(out).resolve(OutputFolder.MARKER);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(marker) && Files.readString(marker).contains("pid="))) {
      assertTrue(System.nanoTime() < deadline, "the child never started");
      assertTrue(child.isAlive(), () -> "child ended: " + read(errFile));
      Thread.sleep(20);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
