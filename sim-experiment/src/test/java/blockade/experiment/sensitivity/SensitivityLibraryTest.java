package blockade.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.random.RandomStreams;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The samplers and estimators reproduce analytic indices of standard test functions (Saltelli et
 * al. 2008, Global Sensitivity Analysis: The Primer): each analytic value lies in the estimate's
 * bootstrap 95 % interval, and the intervals are narrow enough to tell the factors apart.
 */
class SensitivityLibraryTest {
  private static final double A = 7;
  private static final double B = 0.1;

  private static UniformRandomProvider rng(String id) {
    return new RandomStreams(20240611L).stream(id);
  }

  /** Ishigami on [−π, π]³ from design coordinates in [0, 1]. */
  private static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  /** Sobol' G with coefficients {@code a}. */
  private static ToDoubleFunction<double[]> sobolG(double[] a) {
    return u -> {
      double p = 1;
      for (int i = 0; i < a.length; i++) {
        p *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
      }
      return p;
    };
  }

  private static double[] evaluate(double[][] x, ToDoubleFunction<double[]> f) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = f.applyAsDouble(x[i]);
    }
    return y;
  }

  @Test
  void sobol_ishigami_matchesAnalyticIndices() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = 8 * B * B * pi8 / 225;
    double v = v1 + v2 + v13;
    double[] first = {v1 / v, v2 / v, 0};
    double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
    double[][] x = Sobol.design(3, 4096, rng("design"));
    Sobol.Indices[] s =
        Sobol.analyse(evaluate(x, SensitivityLibraryTest::ishigami), 3, 300, rng("boot"));
    for (int i = 0; i < 3; i++) {
      check("S" + (i + 1), first[i], s[i].first());
      check("ST" + (i + 1), total[i], s[i].total());
    }
  }

  @Test
  void sobol_sobolG_matchesAnalyticIndices() {
    double[] a = {0, 1, 4.5, 9, 99, 99};
    int k = a.length;
    double[] vi = new double[k];
    double prod = 1;
    for (int i = 0; i < k; i++) {
      vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    double v = prod - 1;
    double[][] x = Sobol.design(k, 4096, rng("design-g"));
    Sobol.Indices[] s = Sobol.analyse(evaluate(x, sobolG(a)), k, 300, rng("boot-g"));
    for (int i = 0; i < k; i++) {
      double st = vi[i] * prod / (1 + vi[i]) / v;
      check("S" + (i + 1), vi[i] / v, s[i].first());
      check("ST" + (i + 1), st, s[i].total());
    }
    assertTrue(s[0].total().low() > s[1].total().high(), "x1 ranks above x2");
  }

  private static void check(String name, double truth, Index est) {
    assertTrue(
        est.covers(truth),
        () -> name + " analytic " + truth + " outside [" + est.low() + ", " + est.high() + "]");
    assertTrue(est.high() - est.low() < 0.15, () -> name + " interval too wide: " + est);
  }

  @Test
  void morris_linearFunction_effectsAreTheSlopes() {
    double[] c = {3, -1, 0.5, 0};
    double[][] x = Morris.design(c.length, 8, 4, rng("morris-lin"));
    double[] y =
        evaluate(
            x,
            u -> {
              double s = 0;
              for (int i = 0; i < c.length; i++) {
                s += c[i] * u[i];
              }
              return s;
            });
    Morris.Effects[] e = Morris.analyse(x, y, c.length, 200, rng("morris-boot"));
    for (int i = 0; i < c.length; i++) {
      assertEquals(Math.abs(c[i]), e[i].muStar().value(), 1e-9, "mu* of x" + (i + 1));
      assertEquals(c[i], e[i].mu(), 1e-9, "mu of x" + (i + 1));
      assertEquals(0, e[i].sigma(), 1e-9, "sigma of x" + (i + 1));
    }
  }

  @Test
  void morris_design_movesOneFactorByDeltaPerStep() {
    int k = 5;
    int levels = 6;
    double[][] x = Morris.design(k, 7, levels, rng("morris-design"));
    assertEquals(7 * (k + 1), x.length);
    for (int t = 0; t < 7; t++) {
      boolean[] moved = new boolean[k];
      for (int s = 0; s < k; s++) {
        double[] a = x[t * (k + 1) + s];
        double[] b = x[t * (k + 1) + s + 1];
        int changed = 0;
        for (int i = 0; i < k; i++) {
          assertTrue(b[i] >= -1e-12 && b[i] <= 1 + 1e-12, "inside [0, 1]");
          if (a[i] != b[i]) {
            changed++;
            moved[i] = true;
            assertEquals(Morris.delta(levels), Math.abs(b[i] - a[i]), 1e-12);
          }
        }
        assertEquals(1, changed, "one factor per step");
      }
      for (boolean m : moved) {
        assertTrue(m, "every factor moves once per trajectory");
      }
    }
  }

  @Test
  void morris_sobolG_ranksFactorsByImportance() {
    double[] a = {0, 1, 4.5, 9, 99, 99};
    double[][] x = Morris.design(a.length, 40, 4, rng("morris-g"));
    Morris.Effects[] e = Morris.analyse(x, evaluate(x, sobolG(a)), a.length, 300, rng("mb-g"));
    for (int i = 0; i + 1 < a.length - 1; i++) {
      assertTrue(
          e[i].muStar().value() > e[i + 1].muStar().value(),
          "mu* of x" + (i + 1) + " above x" + (i + 2));
    }
    assertTrue(e[0].muStar().low() > e[2].muStar().high(), "x1 clearly above x3");
  }
}
