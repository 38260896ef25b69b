package blockade.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.montecarlo.CompareOptions;
import blockade.experiment.montecarlo.CompareRunner;
import blockade.experiment.montecarlo.FailedRun;
import blockade.experiment.montecarlo.McOptions;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.MonteCarloRunner;
import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.montecarlo.RunPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine in local[2] writes what the local runner writes. */
class SparkReplicatorTest {
  private static final long MASTER = 20221007L;
  private static final int RUNS = 5;

  private static SparkSession spark;
  private static Loaded<ScenarioConfig> baseline;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    spark = Sessions.open("blockade test", "local[2]");
    Path root = Path.of(System.getProperty("blockade.root", ".."));
    // a shorter horizon keeps the test fast; the engine does not care how long a run is
    baseline =
        ConfigLoader.load(
            root.resolve("configs/baseline.yaml"), List.of("end=2023-12"), ScenarioConfig.class);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private McResult local(ReplicationRunner runner, Path out) throws Exception {
    return MonteCarloRunner.run(
        runner,
        new McOptions(RUNS, 2, MASTER, out, false, false, false, List.of(), "baseline", Map.of()));
  }

  private McResult onSpark(ArmRunner arm, Path out, int chunk, boolean resume) throws Exception {
    return onSpark(arm, out, chunk, resume, new AtomicInteger());
  }

  private McResult onSpark(
      ArmRunner arm, Path out, int chunk, boolean resume, AtomicInteger finished) throws Exception {
    SparkReplicator.Spec spec =
        new SparkReplicator.Spec(
            "mc",
            List.of("baseline"),
            List.of(arm),
            RUNS,
            MASTER,
            out,
            resume,
            false,
            List.of(),
            List.of(),
            Map.of("config_hash", baseline.hash()),
            chunk,
            null);
    return SparkReplicator.run(spark, spec, dir -> {}, finished::addAndGet);
  }

  private static ScenarioArm arm() {
    return new ScenarioArm("baseline", baseline.resolvedYaml(), baseline.hash());
  }

  private static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void mc_onSpark_writesTheLocalRunnersFinalAndQuantiles() throws Exception {
    McResult l = local(new ScenarioRunner(baseline.value()), tmp.resolve("local"));
    // chunks of 2: three Spark jobs, so results cannot depend on how runs are batched
    McResult s = onSpark(arm(), tmp.resolve("spark"), 2, false);

    assertEquals(RUNS, l.ok());
    assertEquals(RUNS, s.ok());
    assertEquals(0, s.exitCode());
    assertEquals(read(tmp.resolve("local/final.csv")), read(tmp.resolve("spark/final.csv")));
    assertEquals(
        read(tmp.resolve("local/quantiles.csv")), read(tmp.resolve("spark/quantiles.csv")));
    assertEquals(RUNS + 1, read(tmp.resolve("spark/final.csv")).lines().count());
    assertTrue(Files.isDirectory(tmp.resolve("spark/ticks/scenario=baseline")));
    assertTrue(Files.isDirectory(tmp.resolve("spark/events/scenario=baseline")));
    assertTrue(Files.isDirectory(tmp.resolve("spark/runs/scenario=baseline")));
    assertFalse(Files.exists(tmp.resolve("spark.partial")));
  }

  @Test
  void resume_dropsUncommittedChunks_andRunsOnlyTheMissingReplications() throws Exception {
    local(new ScenarioRunner(baseline.value()), tmp.resolve("local"));
    Path out = tmp.resolve("spark");
    onSpark(arm(), out, 2, false);
    // the state a crash leaves: chunks 0..1 and 2..3 written, only chunk 0 committed, and a
    // chunk whose runs were never written
    Path work = tmp.resolve("spark.partial");
    Files.move(out, work);
    Files.writeString(work.resolve("chunks.txt"), "0 2\n");
    Files.createDirectories(work.resolve("ticks/scenario=baseline/chunk=9"));
    AtomicInteger ran = new AtomicInteger();

    McResult r = onSpark(arm(), out, 2, true, ran);

    assertEquals(RUNS - 2, ran.get(), "replications 0 and 1 were committed");
    assertEquals(RUNS, r.ok());
    assertFalse(Files.exists(out.resolve("ticks/scenario=baseline/chunk=9")));
    assertEquals(read(tmp.resolve("local/final.csv")), read(out.resolve("final.csv")));
    assertEquals(read(tmp.resolve("local/quantiles.csv")), read(out.resolve("quantiles.csv")));
  }

  @Test
  void compare_onSpark_writesTheLocalRunnersComparisonAndQuantiles() throws Exception {
    Path root = Path.of(System.getProperty("blockade.root", ".."));
    Loaded<ScenarioConfig> tight =
        ConfigLoader.load(
            root.resolve("configs/tight-controls.yaml"),
            List.of("end=2023-12"),
            ScenarioConfig.class);
    // B fails in replication 1: that pair is left out of the differences, as locally
    Throwing b = new Throwing(new ScenarioArm("tight", tight.resolvedYaml(), tight.hash()), 1);
    RunPlan.Runner bLocal = b.create();
    McResult l =
        CompareRunner.run(
            new ScenarioRunner(baseline.value()),
            seed -> bLocal.run(indexOf(seed), seed),
            new CompareOptions(
                RUNS,
                2,
                MASTER,
                tmp.resolve("local"),
                false,
                false,
                false,
                List.of(),
                baseline.value().name(),
                tight.value().name(),
                Map.of()));
    List<String> labels = CompareRunner.labels(baseline.value().name(), tight.value().name());
    SparkReplicator.Spec spec =
        new SparkReplicator.Spec(
            "compare",
            labels,
            List.of(arm(), b),
            RUNS,
            MASTER,
            tmp.resolve("spark"),
            false,
            false,
            List.of(),
            List.of(),
            Map.of(),
            3,
            null);
    McResult s = SparkReplicator.run(spark, spec, dir -> {}, n -> {});

    assertEquals(RUNS - 1, s.ok());
    assertEquals(l.ok(), s.ok());
    assertEquals(l.failed(), s.failed());
    assertEquals(3, s.exitCode());
    assertEquals(
        read(tmp.resolve("local/comparison.csv")), read(tmp.resolve("spark/comparison.csv")));
    assertEquals(
        read(tmp.resolve("local/quantiles.csv")), read(tmp.resolve("spark/quantiles.csv")));
    assertTrue(Files.isDirectory(tmp.resolve("spark/ticks/scenario=" + labels.get(1))));
  }

  /** Throws in replication {@code bad}, on the executor that runs it. */
  record Throwing(ScenarioArm inner, int bad) implements ArmRunner {
    @Override
    public RunPlan.Runner create() throws Exception {
      RunPlan.Runner r = inner.create();
      return (run, seed) -> {
        if (run == bad) {
          throw new IllegalStateException("boom in replication " + run + "\nsecond line");
        }
        return r.run(run, seed);
      };
    }

    @Override
    public String cacheKey() {
      return "throwing:" + bad + ":" + inner.cacheKey();
    }
  }

  @Test
  void failingReplication_isRecordedWithSeedAndError_andTheJobFinishesLikeLocally()
      throws Exception {
    Throwing throwing = new Throwing(arm(), 2);
    RunPlan.Runner localRunner = throwing.create();
    McResult l = local(seed -> localRunner.run(indexOf(seed), seed), tmp.resolve("local"));
    McResult s = onSpark(throwing, tmp.resolve("spark"), 0, false);

    assertEquals(3, s.exitCode());
    assertEquals(RUNS - 1, s.ok());
    assertEquals(1, s.failed());
    FailedRun f = s.failures().get(0);
    assertEquals(2, f.run());
    assertEquals(ReplicationSeeds.seedFor(MASTER, 2), f.seed());
    assertEquals("boom in replication 2", f.message());
    assertEquals(l.failures(), s.failures());
    assertEquals(read(tmp.resolve("local/final.csv")), read(tmp.resolve("spark/final.csv")));
    assertEquals(
        read(tmp.resolve("local/quantiles.csv")), read(tmp.resolve("spark/quantiles.csv")));
  }

  private static int indexOf(long seed) {
    long[] seeds = ReplicationSeeds.seeds(MASTER, RUNS);
    for (int j = 0; j < seeds.length; j++) {
      if (seeds[j] == seed) {
        return j;
      }
    }
    throw new AssertionError("unknown seed " + seed);
  }
}
