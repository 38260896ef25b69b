package blockade.experiment.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Morris elementary-effects screening (Morris 1991; μ* of Campolongo, Cariboni and Saltelli 2007).
 * The design is {@code r} trajectories of {@code k + 1} points on a {@code p}-level grid of [0,
 * 1]<sup>k</sup>: each trajectory starts at a random grid point and moves one factor at a time, in
 * random order, by Δ = p / (2(p − 1)) (up when there is room, else down). A factor's elementary
 * effect is the output change over its step divided by the step; μ* is the mean of their absolute
 * values (importance), σ their standard deviation (interaction or non-linearity). Effects are per
 * unit of the design coordinate, so they compare factors over their whole ranges.
 */
public final class Morris {
  private Morris() {}

  /** A factor's screening measures, μ* with its bootstrap interval over trajectories. */
  public record Effects(Index muStar, double mu, double sigma) {}

  /** The grid step of a {@code levels}-level design. */
  public static double delta(int levels) {
    return levels / (2.0 * (levels - 1));
  }

  /**
   * The design: {@code trajectories × (k + 1)} rows of {@code k} coordinates in [0, 1], trajectory
   * {@code t} in rows {@code t(k+1) … t(k+1)+k}.
   */
  public static double[][] design(int k, int trajectories, int levels, UniformRandomProvider rng) {
    if (k < 1 || trajectories < 2 || levels < 2) {
      throw new IllegalArgumentException("need k ≥ 1, trajectories ≥ 2, levels ≥ 2");
    }
    double delta = delta(levels);
    double[][] x = new double[trajectories * (k + 1)][];
    int[] order = new int[k];
    for (int t = 0; t < trajectories; t++) {
      double[] point = new double[k];
      for (int i = 0; i < k; i++) {
        point[i] = rng.nextInt(levels) / (double) (levels - 1);
      }
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      for (int i = k - 1; i > 0; i--) {
        int r = rng.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[r];
        order[r] = tmp;
      }
      int row = t * (k + 1);
      x[row] = point.clone();
      for (int s = 0; s < k; s++) {
        int f = order[s];
        point[f] = point[f] + delta <= 1 + 1e-12 ? point[f] + delta : point[f] - delta;
        x[row + s + 1] = point.clone();
      }
    }
    return x;
  }

  /**
   * Elementary effects of a design's outputs {@code y} (one per row of {@code x}).
   *
   * @param bootstrap resamples of trajectories for μ*'s 95 % interval
   * @return one entry per factor
   */
  public static Effects[] analyse(
      double[][] x, double[] y, int k, int bootstrap, UniformRandomProvider rng) {
    int r = x.length / (k + 1);
    if (r * (k + 1) != x.length || y.length != x.length) {
      throw new IllegalArgumentException("x and y must hold whole trajectories of k + 1 points");
    }
    double[][] ee = new double[k][r];
    for (int t = 0; t < r; t++) {
      int row = t * (k + 1);
      for (int s = 0; s < k; s++) {
        double[] a = x[row + s];
        double[] b = x[row + s + 1];
        int f = changed(a, b);
        ee[f][t] = (y[row + s + 1] - y[row + s]) / (b[f] - a[f]);
      }
    }
    double[][] ci =
        Bootstrap.intervals(
            r,
            bootstrap,
            rng,
            pick -> {
              double[] m = new double[k];
              for (int f = 0; f < k; f++) {
                double sum = 0;
                for (int t : pick) {
                  sum += Math.abs(ee[f][t]);
                }
                m[f] = sum / pick.length;
              }
              return m;
            });
    Effects[] out = new Effects[k];
    for (int f = 0; f < k; f++) {
      double sum = 0;
      double abs = 0;
      for (double e : ee[f]) {
        sum += e;
        abs += Math.abs(e);
      }
      double mu = sum / r;
      double ss = 0;
      for (double e : ee[f]) {
        ss += (e - mu) * (e - mu);
      }
      out[f] = new Effects(new Index(abs / r, ci[f][0], ci[f][1]), mu, Math.sqrt(ss / (r - 1)));
    }
    return out;
  }

  /** The one coordinate in which two consecutive trajectory points differ. */
  private static int changed(double[] a, double[] b) {
    int f = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        if (f >= 0) {
          throw new IllegalArgumentException("consecutive points differ in more than one factor");
        }
        f = i;
      }
    }
    if (f < 0) {
      throw new IllegalArgumentException("consecutive points of a trajectory are equal");
    }
    return f;
  }
}
