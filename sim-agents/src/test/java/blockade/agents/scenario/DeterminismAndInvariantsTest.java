package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.engine.BlockadeModel;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.observe.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed ⇒ same run; another seed ⇒ another; DESIGN §8 invariants hold every tick. */
class DeterminismAndInvariantsTest {

  @Test
  void sameSeed_identicalMetricsAndEvents_otherSeed_differs() {
    ScenarioConfig c = Scenarios.load("baseline.yaml");
    RunResult a = new ScenarioRunner(c).run(7);
    RunResult b = new ScenarioRunner(c).run(7);
    RunResult other = new ScenarioRunner(c).run(8);
    for (int t = 0; t < a.metrics().ticks(); t++) {
      assertArrayEquals(a.metrics().values()[t], b.metrics().values()[t], "tick " + t);
    }
    assertEquals(a.events(), b.events());
    boolean differs = false;
    for (int t = 0; t < a.metrics().ticks(); t++) {
      differs |= !java.util.Arrays.equals(a.metrics().values()[t], other.metrics().values()[t]);
    }
    assertTrue(differs);
  }

  @Test
  void invariants_holdEveryTick_inEveryScenario() throws Exception {
    try (var files = java.nio.file.Files.list(Scenarios.configs())) {
      for (var f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        checkInvariants(f.getFileName().toString());
      }
    }
  }

  private void checkInvariants(String file) {
    for (long seed : new long[] {3, 11}) {
      checkInvariants(file, seed);
    }
  }

  private void checkInvariants(String file, long seed) {
    BlockadeModel m = ScenarioBuilder.build(Scenarios.load(file), seed);
    List<String> problems = new ArrayList<>();
    m.addObserver(w -> check(w, file, problems));
    m.runToEnd();
    assertTrue(
        problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
    assertFalse(m.world().events().all().isEmpty());
  }

  private static void check(World w, String file, List<String> problems) {
    String at = file + " " + w.date() + ": ";
    long deployed = 0;
    long inventory = 0;
    for (FleetHolder h : w.agents(FleetHolder.class)) {
      FleetHolder.FleetSnapshot s = h.fleet(w);
      deployed += s.deployedUnits();
      inventory += s.inventoryUnits();
      if (s.deployedUnits() < 0
          || s.inventoryUnits() < 0
          || s.domesticChipsH100e() < 0
          || s.usChipsH100e() < 0) {
        problems.add(at + "negative fleet " + s);
      }
    }
    // inactive (bankrupt) firms hold nothing: their chips went to the secondary market
    long accounted = deployed + inventory + w.chips().retired() + w.chips().seized();
    if (accounted != w.chips().shipped()) {
      problems.add(at + "GPUs not conserved: shipped " + w.chips().shipped() + " vs " + accounted);
    }
    double money = w.ledger().totalBalances();
    double expected = w.ledger().totalSources() - w.ledger().totalSinks();
    if (Math.abs(money - expected) > 1e-6 * Math.max(1, Math.abs(expected))) {
      problems.add(at + "money not conserved: balances " + money + " vs sources−sinks " + expected);
    }
    if (w.ledger().minBalance() < -1e-6) {
      problems.add(at + "negative balance " + w.ledger().minBalance());
    }
    AuctionResult ex = w.exchange().last();
    if (ex != null
        && (ex.volume() > ex.offeredVolume() + 1e-6 || ex.volume() > ex.bidVolume() + 1e-6)) {
      problems.add(at + "exchange volume exceeds offers or bids");
    }
    if (w.power().usedMw() > w.power().capacityMw() + 1e-6) {
      problems.add(
          at + "power used " + w.power().usedMw() + " > capacity " + w.power().capacityMw());
    }
  }
}
