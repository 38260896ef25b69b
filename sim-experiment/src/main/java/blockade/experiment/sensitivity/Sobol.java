package blockade.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol variance-based indices from a Saltelli design with Jansen's estimators (Saltelli et al.
 * 2010, "Variance based sensitivity analysis of model output", Table 2, estimators (b) and (f)).
 * Two independent N × k sample matrices A and B and, for each factor i, the matrix A<sub>B</sub>
 * <sup>(i)</sup> (A with column i taken from B) give N(k + 2) points. With V the variance of all
 * f(A) and f(B):
 *
 * <ul>
 *   <li>first order S<sub>i</sub> = 1 − mean[(f(B) − f(A<sub>B</sub><sup>(i)</sup>))²] / (2V) (f(B)
 *       and f(A<sub>B</sub><sup>(i)</sup>) share only x<sub>i</sub>);
 *   <li>total order S<sub>Ti</sub> = mean[(f(A) − f(A<sub>B</sub><sup>(i)</sup>))²] / (2V) (they
 *       share all but x<sub>i</sub>).
 * </ul>
 *
 * Intervals: percentile bootstrap over the N rows (conservative for a low-discrepancy design, whose
 * error is smaller than a random sample's). Rows of the design are grouped by sample: row {@code
 * j(k+2)} is A<sub>j</sub>, the next B<sub>j</sub>, then A<sub>B</sub><sup>(1..k)</sup>
 * <sub>j</sub>.
 */
public final class Sobol {
  private Sobol() {}

  /** A factor's first- and total-order indices. */
  public record Indices(Index first, Index total) {}

  /**
   * The design: {@code n(k + 2)} rows of {@code k} coordinates in [0, 1). A and B are the two
   * halves of a 2k-dimensional Sobol' low-discrepancy sequence (Joe–Kuo direction numbers, from its
   * second point) as Saltelli recommends, with a random shift modulo 1 (Cranley–Patterson rotation)
   * drawn from {@code rng}, so each seed gives another equally even design. Powers of two for
   * {@code n} keep the sequence balanced.
   */
  public static double[][] design(int k, int n, UniformRandomProvider rng) {
    if (k < 1 || n < 2) {
      throw new IllegalArgumentException("need k ≥ 1 and n ≥ 2");
    }
    SobolSequenceGenerator seq = new SobolSequenceGenerator(2 * k);
    seq.skipTo(1);
    double[] shift = new double[2 * k];
    for (int i = 0; i < shift.length; i++) {
      shift[i] = rng.nextDouble();
    }
    double[][] x = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] q = seq.nextVector();
      double[] a = new double[k];
      double[] b = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = rotate(q[i], shift[i]);
        b[i] = rotate(q[k + i], shift[k + i]);
      }
      int row = j * (k + 2);
      x[row] = a;
      x[row + 1] = b;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        x[row + 2 + i] = ab;
      }
    }
    return x;
  }

  private static double rotate(double q, double shift) {
    double v = q + shift;
    return v >= 1 ? v - 1 : v;
  }

  /**
   * The indices of a design's outputs {@code y} (one per row of {@link #design}).
   *
   * @param bootstrap resamples of the N rows for the 95 % intervals
   */
  public static Indices[] analyse(double[] y, int k, int bootstrap, UniformRandomProvider rng) {
    int n = y.length / (k + 2);
    if (n * (k + 2) != y.length || n < 2) {
      throw new IllegalArgumentException("y must hold whole Saltelli rows of k + 2 outputs");
    }
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    double[] point = estimate(y, k, all);
    double[][] ci = Bootstrap.intervals(n, bootstrap, rng, pick -> estimate(y, k, pick));
    Indices[] out = new Indices[k];
    for (int i = 0; i < k; i++) {
      out[i] =
          new Indices(
              new Index(point[i], ci[i][0], ci[i][1]),
              new Index(point[k + i], ci[k + i][0], ci[k + i][1]));
    }
    return out;
  }

  /** {S_1..S_k, ST_1..ST_k} over the chosen rows. */
  private static double[] estimate(double[] y, int k, int[] rows) {
    int n = rows.length;
    double mean = 0;
    for (int j : rows) {
      mean += y[j * (k + 2)] + y[j * (k + 2) + 1];
    }
    mean /= 2.0 * n;
    double var = 0;
    for (int j : rows) {
      double a = y[j * (k + 2)] - mean;
      double b = y[j * (k + 2) + 1] - mean;
      var += a * a + b * b;
    }
    var /= 2.0 * n - 1;
    double[] out = new double[2 * k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int j : rows) {
        int row = j * (k + 2);
        double fa = y[row];
        double fb = y[row + 1];
        double fab = y[row + 2 + i];
        first += (fb - fab) * (fb - fab);
        total += (fa - fab) * (fa - fab);
      }
      out[i] = var == 0 ? Double.NaN : 1 - first / (2.0 * n * var);
      out[k + i] = var == 0 ? Double.NaN : total / (2.0 * n * var);
    }
    return out;
  }
}
