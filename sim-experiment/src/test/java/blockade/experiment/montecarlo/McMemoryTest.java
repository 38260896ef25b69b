package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat in the number of runs: 3000 replications of ~270 KB each (≈800 MB if they were
 * kept) complete in a child JVM limited to a 256 MB heap.
 */
class McMemoryTest {
  private static final int RUNS = 3000;

  @TempDir Path tmp;

  @Test
  void run_manyReplicationsInSmallHeap_completes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path out = tmp.resolve("mem");
    Path log = tmp.resolve("child.log");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-Djava.awt.headless=true",
                    "-cp",
                    cp,
                    McMemoryMain.class.getName(),
                    out.toString(),
                    Integer.toString(RUNS)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = p.waitFor(90, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(finished, "child JVM timed out: " + output);
    assertEquals(
        0,
        p.exitValue(),
        "child JVM failed (classpath has "
            + cp.split(File.pathSeparator).length
            + " entries): "
            + output);
    assertTrue(output.contains("ok=" + RUNS), output);
    Path db = out.resolve("results.duckdb");
    assertEquals(RUNS, TestFiles.queryLong(db, "SELECT count(*) FROM runs WHERE status = 'ok'"));
    assertEquals(RUNS * 99L, TestFiles.queryLong(db, "SELECT count(*) FROM ticks"));
    assertEquals(1 + RUNS, Files.readAllLines(out.resolve("final.csv")).size());
  }
}
