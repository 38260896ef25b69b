package blockade.experiment.study;

import blockade.core.config.ConfigMessages;
import java.util.List;

/**
 * A study parameter ready to draw: maps a probability {@code u} in [0, 1] to a value by inverting
 * its distribution (a list of values is cut into equal slices), so random draws, Latin-hypercube
 * strata and Morris or Sobol design points all go through one function.
 *
 * @param id the parameter's id in the study
 * @param key the scenario key path it sets
 * @param config its definition
 */
public record Parameter(String id, String key, ParameterConfig config) {
  /** Tail probability left out at each end of an unbounded lognormal's grid. */
  private static final double TAIL = 0.005;

  /** The value at probability {@code u} (clamped to [0, 1]). */
  public double at(double u) {
    u = Math.min(1, Math.max(0, u));
    ParameterConfig c = config;
    double v;
    if (c.values() != null) {
      List<Double> vs = c.values();
      v = vs.get(Math.min(vs.size() - 1, (int) Math.floor(u * vs.size())));
    } else {
      v =
          switch (c.distribution()) {
            case UNIFORM -> c.min() + u * (c.max() - c.min());
            case LOGUNIFORM ->
                Math.exp(Math.log(c.min()) + u * (Math.log(c.max()) - Math.log(c.min())));
            case TRIANGULAR -> triangular(u, c.min(), c.mode(), c.max());
            case NORMAL -> truncated(u, c.mean(), c.sd(), c.min(), c.max());
            case LOGNORMAL ->
                Math.exp(
                    truncated(
                        u,
                        Math.log(c.median()),
                        c.sigma(),
                        c.min() == null || c.min() <= 0 ? null : Math.log(c.min()),
                        c.max() == null ? null : Math.log(c.max())));
          };
      // the ends exactly (exp(log(min)) is not always min), and never outside the bounds
      if (c.min() != null) {
        v = u == 0 ? c.min() : Math.max(c.min(), v);
      }
      if (c.max() != null) {
        v = u == 1 ? c.max() : Math.min(c.max(), v);
      }
    }
    return c.integer() ? Math.rint(v) : v;
  }

  /**
   * Whether the parameter has finite bounds ({@code at(0)} and {@code at(1)} are its extremes); an
   * unbounded lognormal's grid and checks use the {@value #TAIL} and 1 − {@value #TAIL} quantiles.
   */
  public boolean bounded() {
    return config.values() != null
        || config.distribution() != Distribution.LOGNORMAL
        || (config.min() != null && config.min() > 0 && config.max() != null);
  }

  /** The lowest and highest probability a grid or a check uses. */
  public double[] probabilityRange() {
    return bounded() ? new double[] {0, 1} : new double[] {TAIL, 1 - TAIL};
  }

  /** Number of distinct values (a values list), or 0 for a continuous parameter. */
  public int levels() {
    return config.values() == null ? 0 : config.values().size();
  }

  /** The value as {@code --set} takes it: a plain number without exponent. */
  public String text(double v) {
    return ConfigMessages.number(v);
  }

  /** {@code key=value} for {@code v}. */
  public String set(double v) {
    return key + "=" + text(v);
  }

  private static double triangular(double u, double a, double c, double b) {
    double f = (c - a) / (b - a);
    return u < f
        ? a + Math.sqrt(u * (b - a) * (c - a))
        : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }

  /** Inverse CDF of a normal truncated to [lo, hi] (either may be null). */
  private static double truncated(double u, double mean, double sd, Double lo, Double hi) {
    double pLo = lo == null ? 0 : Normal.cdf((lo - mean) / sd);
    double pHi = hi == null ? 1 : Normal.cdf((hi - mean) / sd);
    double p = pLo + u * (pHi - pLo);
    if (p <= 0) {
      return lo == null ? mean + sd * Normal.quantile(TAIL / 100) : lo;
    }
    if (p >= 1) {
      return hi == null ? mean + sd * Normal.quantile(1 - TAIL / 100) : hi;
    }
    double x = mean + sd * Normal.quantile(p);
    if (lo != null) {
      x = Math.max(lo, x);
    }
    if (hi != null) {
      x = Math.min(hi, x);
    }
    return x;
  }
}
