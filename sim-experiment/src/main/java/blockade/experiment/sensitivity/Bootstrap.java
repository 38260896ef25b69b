package blockade.experiment.sensitivity;

import java.util.Arrays;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/** Percentile bootstrap over the independent units of a design (trajectories, Saltelli rows). */
final class Bootstrap {
  private Bootstrap() {}

  /**
   * Resamples {@code n} units with replacement {@code resamples} times, evaluates {@code stat} on
   * each resample (it receives the chosen unit indices) and returns, per statistic, the 2.5 and
   * 97.5 percentiles as {@code [stat][0 = low, 1 = high]}.
   */
  static double[][] intervals(
      int n, int resamples, UniformRandomProvider rng, Function<int[], double[]> stat) {
    double[][] draws = null;
    int[] pick = new int[n];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < n; i++) {
        pick[i] = rng.nextInt(n);
      }
      double[] s = stat.apply(pick);
      if (draws == null) {
        draws = new double[s.length][resamples];
      }
      for (int j = 0; j < s.length; j++) {
        draws[j][b] = s[j];
      }
    }
    double[][] out = new double[draws.length][2];
    for (int j = 0; j < draws.length; j++) {
      double[] d = draws[j];
      Arrays.sort(d);
      out[j][0] = quantile(d, 0.025);
      out[j][1] = quantile(d, 0.975);
    }
    return out;
  }

  /** Type-7 quantile of sorted values (NaNs sort last and are ignored). */
  static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    while (n > 0 && Double.isNaN(sorted[n - 1])) {
      n--;
    }
    if (n == 0) {
      return Double.NaN;
    }
    return blockade.experiment.montecarlo.Stats.quantileSorted(sorted, n, p);
  }
}
