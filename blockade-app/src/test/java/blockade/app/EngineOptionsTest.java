package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine}: without sim-cluster on the class path (as in this module's tests and in the
 * launcher's default build) asking for Spark is a one-line usage error, and nothing is written.
 */
class EngineOptionsTest {
  @TempDir Path tmp;

  @Test
  void mc_engineSpark_withoutTheClusterModule_exits2_sayingHowToBuildIt() {
    Path out = tmp.resolve("mc");
    Cli.Result r =
        Cli.run(
            "mc",
            Cli.SMALL.toString(),
            "--runs",
            "2",
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--out",
            out.toString());

    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.errLines().size(), r.toString());
    assertTrue(r.err().contains("sim-cluster"), r.toString());
    assertTrue(r.err().contains("mvn -B -DskipTests package -pl sim-cluster -am"), r.toString());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(tmp.resolve("mc.partial")));
  }

  @Test
  void mc_unknownEngine_exits2_namingTheChoices() {
    Cli.Result r =
        Cli.run(
            "mc",
            Cli.SMALL.toString(),
            "--engine",
            "hadoop",
            "--out",
            tmp.resolve("mc").toString());

    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "error: --engine must be local or spark, got 'hadoop'", r.errLines().get(0), r.toString());
  }

  @Test
  void mc_sparkNotOnTheClassPath_localEngineNeverLoadsIt() {
    // the default build has no Spark: the local engine must not need it
    assertFalse(onClassPath("org.apache.spark.SparkContext"));
    Cli.Result r =
        Cli.run(
            "mc",
            Cli.SMALL.toString(),
            "--runs",
            "2",
            "--no-charts",
            "--out",
            tmp.resolve("mc").toString());
    assertEquals(0, r.code(), r.toString());
  }

  private static boolean onClassPath(String name) {
    try {
      Class.forName(name, false, EngineOptionsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
