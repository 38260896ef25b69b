package blockade.experiment.study;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sweep designs in probability space: each row is a point, each column a parameter's probability in
 * [0, 1], turned into values by {@link Parameter#at}. Rows come in a fixed order, so a design is
 * the same on every machine for the same seed.
 */
public final class Designs {
  private Designs() {}

  /**
   * Every combination of the parameters' levels, the last parameter varying fastest. A values list
   * contributes each of its values; a range contributes {@code levels} evenly spaced points from
   * its lowest to its highest value (both included).
   */
  public static double[][] grid(List<Parameter> parameters, int levels) {
    List<double[]> axes = new ArrayList<>();
    long size = 1;
    for (Parameter p : parameters) {
      int n = p.levels() > 0 ? p.levels() : levels;
      double[] axis = new double[n];
      for (int i = 0; i < n; i++) {
        axis[i] =
            p.levels() > 0
                ? (i + 0.5) / n // the middle of value i's slice
                : (double) i / (n - 1); // lowest to highest, see Study#at
      }
      axes.add(axis);
      size *= n;
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException(
            "the grid has more than " + MAX_POINTS + " points; use fewer levels or parameters");
      }
    }
    double[][] out = new double[(int) size][parameters.size()];
    for (int row = 0; row < size; row++) {
      int rest = row;
      for (int k = parameters.size() - 1; k >= 0; k--) {
        double[] axis = axes.get(k);
        out[row][k] = axis[rest % axis.length];
        rest /= axis.length;
      }
    }
    return out;
  }

  /** Most points a grid may have. */
  public static final int MAX_POINTS = 100_000;

  /**
   * A Latin hypercube of {@code n} points in {@code k} dimensions: each dimension's [0, 1] is cut
   * into {@code n} equal strata, each used once, at a random place within the stratum; strata are
   * matched across dimensions by independent random permutations (Fisher–Yates).
   */
  public static double[][] latinHypercube(int n, int k, UniformRandomProvider rng) {
    double[][] out = new double[n][k];
    int[] perm = new int[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int r = rng.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[r];
        perm[r] = t;
      }
      for (int i = 0; i < n; i++) {
        out[i][j] = (perm[i] + rng.nextDouble()) / n;
      }
    }
    return out;
  }
}
