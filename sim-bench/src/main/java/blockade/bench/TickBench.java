package blockade.bench;

import blockade.agents.scenario.ScenarioBuilder;
import blockade.core.engine.BlockadeModel;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One month of the baseline with N generic startups ({@code --set startups.population.count=N}):
 * each iteration builds and starts a fresh model, runs its first month (not measured) and measures
 * the second; before the first iteration two years of a 1,000-startup model warm the JIT. Divide by
 * N for the cost per agent (the summary of {@link RunAll} does). The fork has an 8 GiB heap, the
 * issue's budget for a million startups (the config allows members plus expected venture entrants
 * up to 1,100,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class TickBench {
  @Param({"1000", "10000", "100000", "1000000"})
  public int startups;

  BlockadeModel model;

  /** A started model of the baseline with {@code n} generic startups, its first month run. */
  static BlockadeModel afterFirstMonth(int n) {
    BlockadeModel m =
        ScenarioBuilder.build(Bench.baseline("startups.population.count=" + n), Bench.SEED);
    m.start();
    m.stepTick();
    return m;
  }

  /**
   * Warms the JIT once per fork on the same code: two years of a 1,000-startup baseline. Without it
   * the small populations were measured on barely compiled code (one single-shot month of warm-up
   * is a few milliseconds), which made their cost per startup look higher than it is.
   */
  @Setup(Level.Trial)
  public void warmJit() {
    BlockadeModel m = afterFirstMonth(1000);
    for (int t = 1; t < 24; t++) {
      m.stepTick();
    }
  }

  @Setup(Level.Iteration)
  public void build() {
    model = null; // let the previous iteration's model go before the next is built
    model = afterFirstMonth(startups);
  }

  @Benchmark
  public boolean oneTick() {
    return model.stepTick();
  }
}
