package blockade.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Small helpers for the draws the rules need, all from an explicit stream. */
public final class Draws {
  private Draws() {}

  public static boolean bernoulli(UniformRandomProvider rng, double p) {
    if (p <= 0) {
      return false;
    }
    if (p >= 1) {
      return true;
    }
    return rng.nextDouble() < p;
  }

  public static double normal(UniformRandomProvider rng) {
    return ZigguratSampler.NormalizedGaussian.of(rng).sample();
  }

  /** Log-normal with the given median and log-sd. */
  public static double lognormal(UniformRandomProvider rng, double median, double sigma) {
    return median * StrictMath.exp(sigma * normal(rng));
  }

  public static int poisson(UniformRandomProvider rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    return PoissonSampler.of(rng, mean).sample();
  }

  /** Binomial by summing Bernoulli draws (small n) or a normal approximation (large n). */
  public static long binomial(UniformRandomProvider rng, long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (n <= 200) {
      long k = 0;
      for (long i = 0; i < n; i++) {
        if (rng.nextDouble() < p) {
          k++;
        }
      }
      return k;
    }
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    long k = Math.round(mean + sd * normal(rng));
    return Math.max(0, Math.min(n, k));
  }

  /** Fisher–Yates shuffle of an array of indices with the given stream. */
  public static void shuffle(UniformRandomProvider rng, int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
