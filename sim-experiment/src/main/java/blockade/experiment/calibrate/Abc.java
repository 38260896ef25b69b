package blockade.experiment.calibrate;

import blockade.experiment.montecarlo.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate Bayesian computation by rejection ({@code blockade calibrate}, docs/studies.md): each
 * draw of the parameters from their prior is simulated once; its distance to the targets decides
 * whether it is kept.
 *
 * <p>The distance of one model value {@code v} to a target with range {@code [low, high]} and scale
 * {@code s} is {@code max(0, low − v, v − high) / s}: 0 inside the range, and otherwise how many
 * scales (by default the range's width) it lies outside. A draw's distance is the root mean square
 * of its per-target distances, so {@code ε = 0.5} means "on average half a range width outside". A
 * draw with a missing value (a failed run) has distance NaN and is never accepted.
 */
public final class Abc {
  private Abc() {}

  /** One target's range and distance scale (both in the metric's unit). */
  public record Target(String id, double low, double high, double scale) {
    public Target {
      if (!(high >= low) || !(scale > 0) || !Double.isFinite(scale)) {
        throw new IllegalArgumentException(
            "target "
                + id
                + ": needs low ≤ high and a positive scale, got "
                + low
                + ", "
                + high
                + ", "
                + scale);
      }
    }
  }

  /** Distance of {@code v} to {@code t} in scales; NaN when {@code v} is. */
  public static double distance(double v, Target t) {
    if (Double.isNaN(v)) {
      return Double.NaN;
    }
    return Math.max(0, Math.max(t.low() - v, v - t.high())) / t.scale();
  }

  /**
   * Each draw's distance: the root mean square over the targets of {@link #distance}.
   *
   * @param values {@code [target][draw]}, the model's value for each target in each draw
   */
  public static double[] distances(double[][] values, List<Target> targets) {
    if (values.length != targets.size() || targets.isEmpty()) {
      throw new IllegalArgumentException("one row of values per target, at least one target");
    }
    int n = values[0].length;
    double[] d = new double[n];
    for (int r = 0; r < n; r++) {
      double sum = 0;
      for (int t = 0; t < targets.size(); t++) {
        double x = distance(values[t][r], targets.get(t));
        sum += x * x;
      }
      d[r] = Math.sqrt(sum / targets.size());
    }
    return d;
  }

  /**
   * The accepted draws, in draw order: with {@code epsilon}, every draw within it; otherwise the
   * {@code fraction} of all draws closest to the targets (at least one), ties broken by draw order.
   * NaN distances are never accepted.
   */
  public static int[] accept(double[] distances, double fraction, Double epsilon) {
    List<Integer> ok = new ArrayList<>();
    for (int i = 0; i < distances.length; i++) {
      if (!Double.isNaN(distances[i])) {
        ok.add(i);
      }
    }
    int[] kept;
    if (epsilon != null) {
      kept = ok.stream().filter(i -> distances[i] <= epsilon).mapToInt(Integer::intValue).toArray();
    } else {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
      }
      int k = Math.min(ok.size(), Math.max(1, (int) Math.round(fraction * distances.length)));
      kept =
          ok.stream()
              .sorted(Comparator.comparingDouble((Integer i) -> distances[i]).thenComparing(i -> i))
              .limit(k)
              .mapToInt(Integer::intValue)
              .toArray();
    }
    Arrays.sort(kept);
    return kept;
  }

  /** Median and 90 % interval (type-7 quantiles; NaN ignored; all NaN when there is no value). */
  public record Summary(int n, double median, double p05, double p95) {
    public static Summary of(double[] values) {
      double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
      if (v.length == 0) {
        return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
      }
      return new Summary(
          v.length,
          Stats.quantileSorted(v, v.length, 0.5),
          Stats.quantileSorted(v, v.length, 0.05),
          Stats.quantileSorted(v, v.length, 0.95));
    }
  }

  /** {@code values[i]} for each index in {@code picks}. */
  public static double[] pick(double[] values, int[] picks) {
    double[] out = new double[picks.length];
    for (int i = 0; i < picks.length; i++) {
      out[i] = values[picks[i]];
    }
    return out;
  }
}
