package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.experiment.montecarlo.Stats.Summary;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void studentTQuantile_matchesReferenceValues() {
    // R: qt(0.975, df)
    assertEquals(12.706204736174707, Stats.studentTQuantile(0.975, 1), 1e-9);
    assertEquals(4.302652729749464, Stats.studentTQuantile(0.975, 2), 1e-9);
    assertEquals(3.182446305284263, Stats.studentTQuantile(0.975, 3), 1e-9);
    assertEquals(2.776445105197799, Stats.studentTQuantile(0.975, 4), 1e-9);
    assertEquals(2.228138851986274, Stats.studentTQuantile(0.975, 10), 1e-9);
    assertEquals(2.042272456301238, Stats.studentTQuantile(0.975, 30), 1e-9);
    assertEquals(1.983971518523552, Stats.studentTQuantile(0.975, 100), 1e-9);
    assertEquals(1.962339, Stats.studentTQuantile(0.975, 1000), 1e-6);
    assertEquals(1.9599877, Stats.studentTQuantile(0.975, 100_000), 1e-6);
    assertEquals(1.959963984540054, Stats.studentTQuantile(0.975, Integer.MAX_VALUE), 1e-5);
    assertEquals(-6.313751514675043, Stats.studentTQuantile(0.05, 1), 1e-9);
    assertEquals(0, Stats.studentTQuantile(0.5, 7));
  }

  @Test
  void summarize_oneValue_sdZeroAndAllQuantilesEqual() {
    Summary s = Stats.summarize(new double[] {4.5}, 1);
    assertEquals(new Summary(1, 4.5, 0, 4.5, 4.5, 4.5, 4.5, 4.5), s);
  }

  @Test
  void summarize_allNaN_nothingToSummarise() {
    Summary s = Stats.summarize(new double[] {Double.NaN, Double.NaN}, 2);
    assertEquals(0, s.n());
    assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.p50()));
  }

  @Test
  void quantileSorted_type7Interpolation() {
    double[] v = {10, 20, 30, 40};
    // h = 3p: p=0.25 -> 0.75 -> 10 + 0.75*10; p=0.95 -> 2.85 -> 30 + 0.85*10
    assertEquals(17.5, Stats.quantileSorted(v, 4, 0.25), 1e-12);
    assertEquals(38.5, Stats.quantileSorted(v, 4, 0.95), 1e-12);
    assertEquals(25, Stats.quantileSorted(v, 4, 0.5), 1e-12);
    assertEquals(40, Stats.quantileSorted(v, 4, 1.0), 1e-12);
  }
}
