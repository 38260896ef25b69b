package blockade.core.engine;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The exogenous US frontier and the one capability scale (DESIGN §2.8). Capability is log10 of
 * effective training compute in H100e-months at the run's starting algorithms:
 *
 * <ul>
 *   <li>US: the largest US training run on a configured (date, FLOP) path, log-linear between
 *       points, converted to H100e-months ({@code log10FlopPerH100eMonth}), times US algorithmic
 *       efficiency {@code algorithmicGrowthPerYear^(tick/12)};
 *   <li>a Chinese firm ({@link CapabilityRule}): the largest run its training compute over the
 *       window allows ({@code largestRunShare} × Σ training H100e-months × its own multiplier × the
 *       algorithmic efficiency that has reached it, {@link #diffusedAlgorithmicEfficiency}).
 * </ul>
 *
 * The frontier gap is the time the US path needed to go from a capability to its level now, found
 * by searching the path (not a constant slope).
 */
public final class Frontier implements java.io.Serializable {
  private final FrontierConfig config;

  /** Ticks (months after the run's start, may be negative) of the path's points. */
  private final double[] pointTick;

  /** log10 H100e-months of the path's points. */
  private final double[] pointLog;

  /** log10 of US algorithmic efficiency gained per month. */
  private final double algPerMonth;

  public Frontier(FrontierConfig config, YearMonth start) {
    this.config = config;
    List<RunPoint> pts = config.usLargestRun();
    pointTick = new double[pts.size()];
    pointLog = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      pointTick[i] = start.until(pts.get(i).date(), ChronoUnit.MONTHS);
      pointLog[i] = pts.get(i).log10Flop() - config.log10FlopPerH100eMonth();
    }
    algPerMonth = StrictMath.log10(config.algorithmicGrowthPerYear()) / 12.0;
  }

  public FrontierConfig config() {
    return config;
  }

  /** US frontier algorithmic efficiency at a tick (1 at the start). */
  public double algorithmicEfficiency(int tick) {
    return StrictMath.pow(10, algPerMonth * tick);
  }

  /**
   * Algorithmic efficiency that has reached Chinese firms at a tick: the US level {@code
   * diffusionLagMonths} earlier, of which a {@code diffusionShare} (in log terms).
   */
  public double diffusedAlgorithmicEfficiency(int tick) {
    return StrictMath.pow(
        10, config.diffusionShare() * algPerMonth * (tick - config.diffusionLagMonths()));
  }

  /** log10 H100e-months of the largest US run at a (fractional) tick, on the path. */
  public double largestRunLog10H100eMonths(double tick) {
    int n = pointTick.length;
    if (tick <= pointTick[0]) {
      return pointLog[0] - (pointTick[0] - tick) * segmentSlope(0);
    }
    if (tick >= pointTick[n - 1]) {
      return pointLog[n - 1];
    }
    int i = 0;
    while (tick > pointTick[i + 1]) {
      i++;
    }
    return pointLog[i] + (tick - pointTick[i]) * segmentSlope(i);
  }

  /** Largest US training run at a tick, H100e-months (for inspectors and tests). */
  public double largestRunH100eMonths(int tick) {
    return StrictMath.pow(10, largestRunLog10H100eMonths(tick));
  }

  /** log10 growth per month of the path's segment i (from point i to i+1). */
  private double segmentSlope(int i) {
    return (pointLog[i + 1] - pointLog[i]) / (pointTick[i + 1] - pointTick[i]);
  }

  private double usLog(double tick) {
    return largestRunLog10H100eMonths(tick) + algPerMonth * tick;
  }

  /** US frontier capability at a tick. */
  public double usCapability(int tick) {
    return usLog(tick);
  }

  /**
   * A firm's capability from the sum over its window of training H100e-months × its multiplier ×
   * the diffused algorithmic efficiency of each month: log10 of the largest run that allows.
   */
  public double capabilityOf(double windowEffectiveH100eMonths) {
    return StrictMath.log10(windowEffectiveH100eMonths * config.largestRunShare());
  }

  /**
   * Months by which a capability trails the US frontier at a tick: now minus the latest time the US
   * path was at or below it (0 if level or ahead; +infinity if the path never was that low, i.e. it
   * does not grow before its first point; NaN for a non-finite capability).
   */
  public double gapMonths(double capability, int tick) {
    if (Double.isNaN(capability) || Double.isInfinite(capability)) {
      return Double.NaN;
    }
    double now = usLog(tick);
    if (capability >= now) {
      return 0;
    }
    // walk the piecewise-linear (in log) path backwards from now, segment by segment
    double hi = tick;
    double hiVal = now;
    int i = pointTick.length - 1;
    while (i >= 0 && pointTick[i] >= hi) {
      i--;
    }
    while (i >= 0) {
      double lo = pointTick[i];
      double loVal = usLog(lo);
      if (loVal <= capability) {
        return tick - crossing(lo, loVal, hi, hiVal, capability);
      }
      hi = lo;
      hiVal = loVal;
      i--;
    }
    // before the first point: the first segment's growth plus algorithms, extended backwards
    double slope = (pointTick.length > 1 ? segmentSlope(0) : 0) + algPerMonth;
    if (slope <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return tick - (hi - (hiVal - capability) / slope);
  }

  /**
   * The tick in [lo, hi] where a linear path from loVal to hiVal reaches v (the latest, if flat).
   */
  private static double crossing(double lo, double loVal, double hi, double hiVal, double v) {
    if (hiVal - loVal <= 0) {
      return hi;
    }
    return lo + (v - loVal) / (hiVal - loVal) * (hi - lo);
  }
}
