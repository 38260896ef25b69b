package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.PurchaseRow;
import blockade.core.observe.RunResult;
import org.junit.jupiter.api.Test;

/**
 * CALIBRATION §10 pattern 1, the H20 rush: with the licence requirement announced in 2025-01 for
 * 2025-04, incumbents order far more H20 in Q1 2025 than in a usual month, paid by their parents'
 * cash beyond the capex path (`stockpileAdvanceMonths`); without that money, the gap-bound budget
 * leaves nothing for a stockpile.
 */
class StockpileRushTest {
  private static double licensedH20(RunResult r, String from, String to) {
    double units = 0;
    for (PurchaseRow p : r.purchases()) {
      if (p.channel().equals("licensed")
          && p.sku().equals("h20")
          && p.date().compareTo(from) >= 0
          && p.date().compareTo(to) <= 0) {
        units += p.units();
      }
    }
    return units;
  }

  @Test
  void parentsCash_turnsTheAnnouncedH20Ban_intoARush() {
    for (long seed = 1; seed <= 3; seed++) {
      RunResult with = new ScenarioRunner(Scenarios.load("baseline.yaml")).run(seed);
      RunResult without =
          new ScenarioRunner(
                  Scenarios.load("baseline.yaml", "incumbents.behaviour.stockpileAdvanceMonths=0"))
              .run(seed);
      double usualWith = licensedH20(with, "2024-07", "2024-12") / 2; // a usual quarter
      double rushWith = licensedH20(with, "2025-01", "2025-03");
      double usualWithout = licensedH20(without, "2024-07", "2024-12") / 2;
      double rushWithout = licensedH20(without, "2025-01", "2025-03");
      assertTrue(
          rushWith > 2 * usualWith,
          "seed " + seed + ": Q1 2025 " + rushWith + " vs a usual quarter " + usualWith);
      assertTrue(
          rushWithout < 1.5 * usualWithout,
          "seed " + seed + ": no rush without it: " + rushWithout + " vs " + usualWithout);
    }
  }
}
