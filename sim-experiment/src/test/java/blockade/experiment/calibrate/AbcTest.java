package blockade.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** ABC rejection on toy models whose posterior is known. */
class AbcTest {
  @Test
  void distance_zeroInside_rangeWidthsOutside_nanForMissing() {
    Abc.Target t = new Abc.Target("t", 10, 12, 2);
    assertEquals(0, Abc.distance(11, t));
    assertEquals(0, Abc.distance(10, t));
    assertEquals(1.5, Abc.distance(15, t), 1e-12);
    assertEquals(0.5, Abc.distance(9, t), 1e-12);
    assertTrue(Double.isNaN(Abc.distance(Double.NaN, t)));
    double[] d =
        Abc.distances(new double[][] {{11, 15}, {0, 0}}, List.of(t, new Abc.Target("u", -1, 1, 1)));
    assertArrayEquals(new double[] {0, Math.sqrt(1.5 * 1.5 / 2)}, d, 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new Abc.Target("z", 1, 1, 0));
  }

  @Test
  void accept_fractionKeepsTheClosest_tiesByDrawOrder_neverNaN() {
    double[] d = {0.5, Double.NaN, 0, 0, 2, 0.1};
    assertArrayEquals(new int[] {2, 3, 5}, Abc.accept(d, 0.5, null));
    assertArrayEquals(new int[] {2}, Abc.accept(d, 0.1, null), "at least one");
    assertArrayEquals(new int[] {0, 2, 3, 5}, Abc.accept(d, 1, 0.5));
    assertArrayEquals(new int[] {0, 2, 3, 4, 5}, Abc.accept(d, 1.0, null), "NaN never kept");
  }

  /**
   * y = 2θ + 1 with θ ~ U(0, 10) and the target y ∈ [10.8, 11.2] (θ ∈ [4.9, 5.1]), scale 0.4: with
   * ε the accepted set is exactly the draws with θ ∈ [4.9 − 0.2ε, 5.1 + 0.2ε].
   */
  @Test
  void deterministicToy_acceptedSetIsExactlyTheToleranceInterval() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7L);
    int n = 5000;
    double[] theta = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = 10 * rng.nextDouble();
      y[i] = 2 * theta[i] + 1;
    }
    double eps = 0.5;
    double[] d = Abc.distances(new double[][] {y}, List.of(new Abc.Target("y", 10.8, 11.2, 0.4)));
    int[] kept = Abc.accept(d, 0.1, eps);
    double lo = 4.9 - 0.2 * eps;
    double hi = 5.1 + 0.2 * eps;
    int expected = 0;
    for (double t : theta) {
      if (t >= lo - 1e-9 && t <= hi + 1e-9) {
        expected++;
      }
    }
    assertEquals(expected, kept.length);
    for (double t : Abc.pick(theta, kept)) {
      assertTrue(t >= lo - 1e-9 && t <= hi + 1e-9, "accepted θ " + t);
    }
    Abc.Summary s = Abc.Summary.of(Abc.pick(theta, kept));
    assertEquals(5.0, s.median(), 0.05);
  }

  /**
   * y = θ + Z, Z ~ N(0, 1), θ ~ U(0, 10), observed y = 5: the posterior is N(5, 1) truncated to [0,
   * 10] (plus the acceptance window's width², about 0.02). Accepting the closest 5 % of 20,000
   * draws keeps about 1,000; the median's standard error is then ≈ 0.04 and the 5 % / 95 %
   * quantiles' ≈ 0.07, so the checks allow four standard errors.
   */
  @Test
  void noisyToy_posteriorMatchesTheAnalyticNormal() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11L);
    int n = 20_000;
    double[] theta = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = 10 * rng.nextDouble();
      y[i] = theta[i] + gaussian(rng);
    }
    double[] d = Abc.distances(new double[][] {y}, List.of(new Abc.Target("y", 5, 5, 1)));
    int[] kept = Abc.accept(d, 0.05, null);
    assertEquals(1000, kept.length);
    Abc.Summary s = Abc.Summary.of(Abc.pick(theta, kept));
    assertEquals(5.0, s.median(), 0.16);
    assertEquals(5 - 1.645, s.p05(), 0.3);
    assertEquals(5 + 1.645, s.p95(), 0.3);
    Abc.Summary prior = Abc.Summary.of(theta);
    assertTrue(s.p95() - s.p05() < 0.5 * (prior.p95() - prior.p05()), "the data narrow θ");
  }

  private static double gaussian(UniformRandomProvider rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
