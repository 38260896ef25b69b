package blockade.experiment.montecarlo;

import java.util.Arrays;

/**
 * The few statistics the Monte Carlo summaries need, written out so that they are exact,
 * deterministic (values are always taken in replication order) and free of extra dependencies:
 * mean, sample standard deviation, R's default (type 7) quantiles and Student's t quantiles.
 */
public final class Stats {
  private static final int MAX_EXACT_DF = 1_000_000;

  private Stats() {}

  /**
   * Summary of one metric at one tick over the replications.
   *
   * @param n number of non-NaN values summarised
   * @param mean arithmetic mean (NaN when n = 0)
   * @param sd sample standard deviation with n−1 (0 when n = 1, NaN when n = 0)
   */
  public record Summary(
      int n, double mean, double sd, double p05, double p25, double p50, double p75, double p95) {}

  /**
   * Summarises {@code values[0..count)}, taken in the given order, ignoring NaN values (like R's
   * {@code na.rm = TRUE}). The array is not modified.
   */
  public static Summary summarize(double[] values, int count) {
    double[] v = new double[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (!Double.isNaN(values[i])) {
        v[n++] = values[i];
      }
    }
    if (n == 0) {
      double nan = Double.NaN;
      return new Summary(0, nan, nan, nan, nan, nan, nan, nan);
    }
    double mean = mean(v, n);
    double sd = sampleSd(v, n, mean);
    Arrays.sort(v, 0, n);
    return new Summary(
        n,
        mean,
        sd,
        quantileSorted(v, n, 0.05),
        quantileSorted(v, n, 0.25),
        quantileSorted(v, n, 0.50),
        quantileSorted(v, n, 0.75),
        quantileSorted(v, n, 0.95));
  }

  /** Arithmetic mean of {@code v[0..n)}, summed in index order. */
  public static double mean(double[] v, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i];
    }
    return sum / n;
  }

  /** Sample standard deviation (divisor n−1; two-pass); 0 when n = 1. */
  public static double sampleSd(double[] v, int n, double mean) {
    if (n < 2) {
      return 0;
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = v[i] - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1));
  }

  /**
   * Quantile {@code p} of the ascending values {@code sorted[0..n)} by linear interpolation between
   * order statistics (Hyndman and Fan type 7, R's default): h = (n−1)p, x[⌊h⌋] + (h−⌊h⌋)(x[⌊h⌋+1] −
   * x[⌊h⌋]).
   */
  public static double quantileSorted(double[] sorted, int n, double p) {
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double frac = h - lo;
    return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
  }

  /**
   * Quantile {@code p} of Student's t distribution with {@code df} degrees of freedom, e.g. {@code
   * studentTQuantile(0.975, n - 1)} for a 95% confidence interval of a mean. Solved by bisection on
   * the exact closed-form distribution function for integer degrees of freedom (Abramowitz and
   * Stegun 26.7.3–26.7.4); accurate to about 1e-12. The cost grows with {@code df}, so degrees of
   * freedom above 10^6 are treated as 10^6 (an error below 3e-6).
   */
  public static double studentTQuantile(double p, int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
    }
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
    }
    df = Math.min(df, MAX_EXACT_DF);
    if (p == 0.5) {
      return 0;
    }
    if (p < 0.5) {
      return -studentTQuantile(1 - p, df);
    }
    double target = 2 * p - 1; // P(|T| <= t)
    double lo = 0;
    double hi = 1;
    while (centralProbability(hi, df) < target) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (centralProbability(mid, df) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** P(|T| <= t) for Student's t with integer {@code df}, t >= 0 (A&S 26.7.3–4). */
  static double centralProbability(double t, int df) {
    double theta = Math.atan(t / Math.sqrt(df));
    double s = Math.sin(theta);
    double c = Math.cos(theta);
    double c2 = c * c;
    if (df % 2 == 1) {
      if (df == 1) {
        return 2 * theta / Math.PI;
      }
      double term = c;
      double sum = c;
      for (int k = 3; k <= df - 2; k += 2) {
        term *= c2 * (k - 1) / k;
        sum += term;
        if (term < 1e-18 * sum) {
          break;
        }
      }
      return 2 / Math.PI * (theta + s * sum);
    }
    double term = 1;
    double sum = 1;
    for (int k = 2; k <= df - 2; k += 2) {
      term *= c2 * (k - 1) / k;
      sum += term;
      if (term < 1e-18 * sum) {
        break;
      }
    }
    return s * sum;
  }
}
