package blockade.bench;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.observe.RunResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole baseline run, warm, on one thread: configs/baseline.yaml through {@link
 * ScenarioRunner}, the code path of {@code ./blockade run} and of every mc replication, without
 * writing files. The config is loaded once; each operation builds the world and agents for the seed
 * and runs all months.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class BaselineRunBench {
  ScenarioRunner runner;

  @Setup
  public void load() {
    ScenarioConfig config = Bench.baseline();
    runner = new ScenarioRunner(config);
  }

  @Benchmark
  public RunResult baselineRun() {
    return runner.run(Bench.SEED);
  }
}
