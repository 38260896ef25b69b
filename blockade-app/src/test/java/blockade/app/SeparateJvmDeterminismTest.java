package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same seed, separate JVMs, identical files. Tests that repeat a run inside one JVM cannot see
 * iteration-order bugs: {@code Set.of}/{@code Map.of}/{@code Set.copyOf} iterate in an order salted
 * at every JVM start, and {@code HashMap}/{@code HashSet} of enums or other objects with identity
 * hash codes iterate in an order that changes from one JVM start to the next. So each side here
 * runs in its own child JVM; the second also with {@code -XX:hashCode=2} (every identity hash code
 * the same), which changes the order of such collections as much as possible.
 */
class SeparateJvmDeterminismTest {
  private static final long TIMEOUT_S = 300;
  private static final List<String> ALTERED_HASHING =
      List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");

  @TempDir Path tmp;

  /**
   * Every shipped scenario, seed 1, in three JVMs: every output file (metrics.csv, events.csv,
   * agents.csv, summary.json, charts) is byte-identical.
   */
  @Test
  void run_everyShippedScenario_inSeparateJvms_givesByteIdenticalFiles() throws Exception {
    List<Path> configs = ShippedConfigsTest.shippedConfigs();
    assertFalse(configs.isEmpty(), "no configs/*.yaml found");
    // a third JVM because two salted JVMs happen to agree on every set's order now and then
    List<List<String>> jvmOptions =
        List.of(
            List.of(),
            ALTERED_HASHING,
            List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3"));
    List<Path> outs = new ArrayList<>();
    List<Process> processes = new ArrayList<>();
    for (int k = 0; k < jvmOptions.size(); k++) {
      Path dir = tmp.resolve("jvm" + k);
      List<String> args = new ArrayList<>(List.of("runs", dir.toString(), "1"));
      configs.forEach(c -> args.add(c.toAbsolutePath().toString()));
      outs.add(dir);
      processes.add(start(jvmOptions.get(k), args, tmp.resolve("jvm" + k + ".log")));
    }
    for (int k = 0; k < processes.size(); k++) {
      await(processes.get(k), tmp.resolve("jvm" + k + ".log"));
    }

    Path a = outs.get(0);
    for (Path config : configs) {
      String name = config.getFileName().toString().replaceFirst("\\.yaml$", "");
      List<String> files = filesUnder(a.resolve(name));
      assertTrue(
          files.containsAll(List.of("events.csv", "metrics.csv", "agents.csv", "summary.json")),
          name + ": " + files);
      assertTrue(
          files.stream().anyMatch(f -> f.startsWith("charts/")), name + ": no charts in " + files);
      for (Path b : outs.subList(1, outs.size())) {
        String which = b.getFileName() + "/" + name;
        assertEquals(
            files, filesUnder(b.resolve(name)), which + ": the JVMs wrote different files");
        for (String f : files) {
          assertSameBytes(a.resolve(name).resolve(f), b.resolve(name).resolve(f), which + "/" + f);
        }
      }
    }
  }

  /**
   * {@code mc} of the baseline on 1 thread, on 2 threads, and interrupted then resumed, each in its
   * own JVM: the same CSVs byte for byte and the same DuckDB tables row for row (runs without
   * wall_ms, ticks, events in their order within each run, quantiles).
   */
  @Test
  void mc_oneThread_twoThreads_resumed_inSeparateJvms_giveIdenticalTables() throws Exception {
    String config = baseline().toAbsolutePath().toString();
    List<String> common = List.of(config, "--runs", "4", "--seed", "5", "--no-charts", "--out");
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Path resumed = tmp.resolve("resumed");
    Process p1 =
        start(
            List.of(),
            concat(List.of("mc"), common, List.of(one.toString(), "--threads", "1")),
            tmp.resolve("one.log"));
    Process p2 =
        start(
            ALTERED_HASHING,
            concat(List.of("mc"), common, List.of(two.toString(), "--threads", "2")),
            tmp.resolve("two.log"));
    await(p1, tmp.resolve("one.log"));
    await(p2, tmp.resolve("two.log"));

    Process stop =
        start(
            List.of(),
            concat(
                List.of("mc-interrupt-at", "3"),
                common,
                List.of(resumed.toString(), "--threads", "1")),
            tmp.resolve("stop.log"));
    assertTrue(stop.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "interrupted mc timed out");
    assertEquals(130, stop.exitValue(), Files.readString(tmp.resolve("stop.log")));
    assertFalse(Files.exists(resumed), "an interrupted mc publishes nothing");
    Process resume =
        start(
            ALTERED_HASHING,
            concat(
                List.of("mc"), common, List.of(resumed.toString(), "--threads", "2", "--resume")),
            tmp.resolve("resume.log"));
    await(resume, tmp.resolve("resume.log"));
    assertTrue(
        Files.readString(resumed.resolve("mc.log")).contains("already done"),
        "the resume reused replications");

    for (Path other : List.of(two, resumed)) {
      for (String f : List.of("quantiles.csv", "final.csv")) {
        assertSameBytes(one.resolve(f), other.resolve(f), other.getFileName() + "/" + f);
      }
      for (String sql :
          List.of(
              "SELECT run, seed, status, error FROM runs ORDER BY run",
              "SELECT * FROM ticks ORDER BY run, tick",
              "SELECT * FROM events ORDER BY run, seq",
              "SELECT * FROM quantiles ORDER BY scenario, metric, tick")) {
        List<String> expected = rows(one.resolve("results.duckdb"), sql);
        List<String> actual = rows(other.resolve("results.duckdb"), sql);
        assertFalse(expected.isEmpty(), sql + " gave no rows");
        assertLinesEqual(expected, actual, other.getFileName() + ": " + sql);
      }
    }
  }

  private static Path baseline() throws Exception {
    return ShippedConfigsTest.shippedConfigs().stream()
        .filter(p -> p.getFileName().toString().equals("baseline.yaml"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("configs/baseline.yaml not found"));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }

  private Process start(List<String> jvmOptions, List<String> args, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Djava.awt.headless=true"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", cp, ChildJvmMain.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .directory(tmp.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void await(Process p, Path log) throws Exception {
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("child JVM timed out: " + Files.readString(log));
    }
    assertEquals(0, p.exitValue(), () -> "child JVM failed: " + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Byte comparison; for text files the message shows the first differing line. */
  private static void assertSameBytes(Path expected, Path actual, String what) throws IOException {
    byte[] e = Files.readAllBytes(expected);
    byte[] a = Files.readAllBytes(actual);
    if (Arrays.equals(e, a)) {
      return;
    }
    if (!what.endsWith(".png")) {
      assertLinesEqual(
          new String(e, StandardCharsets.UTF_8).lines().toList(),
          new String(a, StandardCharsets.UTF_8).lines().toList(),
          what);
    }
    assertArrayEquals(e, a, what + " differs");
  }

  private static void assertLinesEqual(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(
            what
                + " differs at line "
                + (i + 1)
                + ":\n  "
                + expected.get(i)
                + "\n  "
                + actual.get(i));
      }
    }
    assertEquals(expected.size(), actual.size(), what + ": number of lines");
  }

  private static List<String> rows(Path db, String sql) throws SQLException {
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, props);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
      return out;
    }
  }
}
