package blockade.bench;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.engine.Agent;
import blockade.core.engine.BlockadeModel;
import blockade.core.engine.Calendar;
import blockade.core.engine.Ecosystem;
import blockade.core.engine.Frontier;
import blockade.core.engine.ModelFactory;
import blockade.core.engine.Phase;
import blockade.core.engine.PowerSystem;
import blockade.core.engine.World;
import blockade.core.market.Catalogue;
import blockade.core.market.ComputeExchangeService;
import blockade.core.policy.ExportRegime;
import blockade.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the engine costs: N {@link TrivialAgent}s stepped through every phase of every month of the
 * baseline calendar (99 months) by {@link BlockadeModel}'s MASON schedule ({@link #engine}) versus
 * a plain nested loop calling the same {@code step} on the same agents in the same world ({@link
 * #plainLoop}). The world has the baseline's calendar, exchange, power system, frontier and
 * ecosystem but no SKUs, rules or other agents, so the engine's own per-tick work (market clearing
 * over no orders, active-agent lists sorted by id, the keyed DECIDE order) is what differs. The
 * ratio engine / plainLoop at the same N is the overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class EngineOverheadBench {
  @Param({"100", "10000"})
  public int agents;

  ScenarioConfig config;

  @Setup
  public void load() {
    config = Bench.baseline();
  }

  /** The baseline's world without its SKUs, rules and agents. */
  static World emptyWorld(ScenarioConfig c, long seed) {
    return new World(
        new Calendar(c.start(), c.end()),
        new RandomStreams(seed),
        new ExportRegime(
            List.of(), c.usControls().initialOffshore(), c.usControls().initialEnforcement()),
        new Catalogue(List.of()),
        new ComputeExchangeService(c.exchange(), "china-policy"),
        new PowerSystem(c.energy()),
        new Frontier(c.frontier(), c.start()),
        new Ecosystem(c.ecosystem()));
  }

  static List<Agent> trivialAgents(int n) {
    List<Agent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new TrivialAgent(String.format(Locale.ROOT, "t-%07d", i), i));
    }
    return out;
  }

  /** Builds the empty world with n trivial agents and no observers. */
  record TrivialFactory(ScenarioConfig config, int n) implements ModelFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public Assembly assemble(long seed) {
      return new Assembly(emptyWorld(config, seed), trivialAgents(n), List.of());
    }
  }

  /** Builds and runs the model through MASON's schedule; returns the agents' summed state. */
  static long runEngine(ScenarioConfig c, int n) {
    BlockadeModel model = new BlockadeModel(new TrivialFactory(c, n), Bench.SEED);
    model.runToEnd();
    long sum = 0;
    for (Agent a : model.agents()) {
      sum += ((TrivialAgent) a).state();
    }
    return sum;
  }

  /** The same agents in the same world stepped by a nested loop; returns their summed state. */
  static long runPlain(ScenarioConfig c, int n) {
    World world = emptyWorld(c, Bench.SEED);
    List<Agent> list = trivialAgents(n);
    for (Agent a : list) {
      world.register(a);
    }
    int ticks = world.calendar().ticks();
    Phase[] phases = Phase.values();
    for (int t = 0; t < ticks; t++) {
      for (Phase p : phases) {
        for (Agent a : list) {
          a.step(p, world);
        }
      }
    }
    long sum = 0;
    for (Agent a : list) {
      sum += ((TrivialAgent) a).state();
    }
    return sum;
  }

  @Benchmark
  public long engine() {
    return runEngine(config, agents);
  }

  @Benchmark
  public long plainLoop() {
    return runPlain(config, agents);
  }
}
