package blockade.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frontier path, its gap search and the capability rule (DESIGN §2.8). */
class FrontierTest {
  private static final YearMonth START = YearMonth.of(2022, 10);

  private static FrontierConfig cfg(double algGrowth, double lag, double share, RunPoint... pts) {
    return new FrontierConfig(List.of(pts), 21, algGrowth, 12, 0.5, lag, share);
  }

  private static RunPoint p(int y, int m, double log10Flop) {
    return new RunPoint(YearMonth.of(y, m), log10Flop);
  }

  @Test
  void path_isLogLinearBetweenPoints_flatAfterTheLast_extendedBackBeforeTheFirst() {
    // 2023-10 (tick 12) 1e25, 2024-10 (tick 24) 1e26: +1 log10 a year
    Frontier f = new Frontier(cfg(1, 0, 1, p(2023, 10, 25), p(2024, 10, 26)), START);
    assertEquals(4.0, f.largestRunLog10H100eMonths(12), 1e-12);
    assertEquals(4.5, f.largestRunLog10H100eMonths(18), 1e-12);
    assertEquals(5.0, f.largestRunLog10H100eMonths(40), 1e-12);
    assertEquals(3.0, f.largestRunLog10H100eMonths(0), 1e-12);
    assertEquals(5.0, f.usCapability(30), 1e-12);
  }

  @Test
  void gap_searchesThePath_notAConstantSlope() {
    // steep (+2 log10 a year) then slow (+0.5 a year): the same capability distance is fewer months
    // on the steep part
    Frontier f =
        new Frontier(cfg(1, 0, 1, p(2022, 10, 24), p(2023, 10, 26), p(2025, 10, 27)), START);
    assertEquals(0, f.gapMonths(f.usCapability(30), 30), 1e-9);
    assertEquals(6, f.gapMonths(f.usCapability(6), 12), 1e-9); // on the steep segment
    assertEquals(24, f.gapMonths(f.usCapability(12), 36), 1e-9); // on the slow segment
    assertEquals(12 + 6, f.gapMonths(f.usCapability(6), 24), 1e-9); // across the kink
    assertEquals(0, f.gapMonths(9, 12), 1e-9); // ahead of the frontier
  }

  @Test
  void gap_beforeTheFirstPoint_extendsItsGrowth_andIsInfiniteWhenThePathNeverGrew() {
    Frontier f = new Frontier(cfg(1, 0, 1, p(2022, 10, 24), p(2023, 10, 25)), START);
    assertEquals(24, f.gapMonths(2, 12), 1e-9); // 3 → 2 is a year before the first point
    Frontier still = new Frontier(cfg(1, 0, 1, p(2022, 10, 30), p(2023, 10, 30)), START);
    assertEquals(Double.POSITIVE_INFINITY, still.gapMonths(5, 12));
  }

  @Test
  void algorithmicProgress_addsToTheUsPath_andReachesChinaWithLagAndShare() {
    Frontier f = new Frontier(cfg(10, 12, 0.5, p(2022, 10, 24), p(2023, 10, 24)), START);
    assertEquals(4.0, f.usCapability(12), 1e-12); // flat run, ×10 a year of algorithms
    assertEquals(1.0, f.diffusedAlgorithmicEfficiency(12), 1e-12); // the US level of a year ago
    assertEquals(
        StrictMath.sqrt(10), f.diffusedAlgorithmicEfficiency(24), 1e-9); // half of it, in log terms
  }

  @Test
  void capability_isTheLargestRunTheWindowAllows() {
    Frontier f = new Frontier(cfg(1, 0, 1, p(2022, 10, 24), p(2023, 10, 25)), START);
    CapabilityRule r = new CapabilityRule(f);
    assertTrue(Double.isNaN(r.record(f, 0, 0, 1)));
    // 12 months of 1,000 H100e × multiplier 2, largest run half of it: 12,000 H100e-months
    double c = 0;
    for (int t = 0; t < 12; t++) {
      c = r.record(f, t, 1000, 2);
    }
    assertEquals(StrictMath.log10(12_000), c, 1e-12);
    // the window forgets: a month of nothing replaces month 0
    assertEquals(StrictMath.log10(11_000), r.record(f, 12, 0, 2), 1e-12);
  }
}
