package blockade.bench;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.experiment.montecarlo.McOptions;
import blockade.experiment.montecarlo.McResult;
import blockade.experiment.montecarlo.MonteCarloRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code mc} throughput: one operation is a Monte Carlo experiment of {@value #RUNS} baseline
 * replications on 1 or 2 threads through {@link MonteCarloRunner}, with the DuckDB results database
 * written (no charts, no Parquet) into a fresh temporary folder that is deleted afterwards. Runs
 * per second = {@value #RUNS} / the time of one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class McBench {
  /** Replications per operation. */
  public static final int RUNS = 20;

  @Param({"1", "2"})
  public int threads;

  ScenarioConfig config;
  Path tmp;

  @Setup
  public void load() {
    config = Bench.baseline();
  }

  @Setup(Level.Invocation)
  public void folder() throws IOException {
    tmp = Files.createTempDirectory("blockade-mcbench-");
  }

  @TearDown(Level.Invocation)
  public void clean() throws IOException {
    deleteTree(tmp);
  }

  /** Deletes a temporary folder this benchmark created, with everything mc wrote into it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static McResult runMc(ScenarioConfig c, int runs, int threads, Path out)
      throws IOException, InterruptedException {
    return MonteCarloRunner.run(
        new ScenarioRunner(c),
        new McOptions(
            runs, threads, Bench.SEED, out, false, false, false, List.of(), c.name(), Map.of()));
  }

  @Benchmark
  public McResult mc() throws IOException, InterruptedException {
    return runMc(config, RUNS, threads, tmp.resolve("out"));
  }
}
