package blockade.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.engine.BlockadeModel;
import blockade.core.market.AuctionResult;
import blockade.core.observe.RunResult;
import blockade.experiment.montecarlo.McResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark method runs once with tiny settings (the benchmarks themselves never run in mvn
 * verify), and the comparisons the targets rest on compare like with like.
 */
class BenchSmokeTest {
  @Test
  void engineAndPlainLoopGiveTheAgentsTheSameSteps() {
    ScenarioConfig c = Bench.baseline();
    assertEquals(EngineOverheadBench.runPlain(c, 30), EngineOverheadBench.runEngine(c, 30));
    assertTrue(EngineOverheadBench.runPlain(c, 30) != EngineOverheadBench.runPlain(c, 31));
  }

  @Test
  void auctionBookTradesAndSortSorts() {
    AuctionBench b = new AuctionBench();
    b.orders = 1000;
    b.make();
    AuctionResult r = b.clear();
    assertTrue(r.traded(), "the benchmark's book must cross, or clear() measures nothing");
    double[] sorted = b.sortDoubles();
    assertEquals(1000, sorted.length);
    for (int i = 1; i < sorted.length; i++) {
      assertTrue(sorted[i - 1] <= sorted[i]);
    }
  }

  @Test
  void baselineRunRunsEveryMonth() {
    BaselineRunBench b = new BaselineRunBench();
    b.load();
    RunResult r = b.baselineRun();
    ScenarioConfig c = Bench.baseline();
    assertEquals(
        new blockade.core.engine.Calendar(c.start(), c.end()).ticks(), r.metrics().ticks());
  }

  @Test
  void tickBenchMeasuresTheSecondMonthOfTheRequestedPopulation() {
    BlockadeModel m = TickBench.afterFirstMonth(12);
    assertEquals(1, m.ticksDone());
    long generic = m.agents().stream().filter(a -> a.id().startsWith("startup-")).count();
    assertEquals(12, generic);
    TickBench b = new TickBench();
    b.model = m;
    assertTrue(b.oneTick());
    assertEquals(2, m.ticksDone());
  }

  @Test
  void mcWritesItsRunsAndCleansItsTemporaryFolder() throws Exception {
    McBench b = new McBench();
    b.threads = 1;
    b.load();
    b.folder();
    Path tmp = b.tmp;
    McResult r = McBench.runMc(b.config, 2, 1, tmp.resolve("out"));
    assertEquals(2, r.ok());
    assertTrue(Files.isDirectory(tmp.resolve("out")));
    b.clean();
    assertFalse(Files.exists(tmp));
  }
}
