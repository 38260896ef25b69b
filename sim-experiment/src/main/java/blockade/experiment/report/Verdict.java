package blockade.experiment.report;

import blockade.experiment.montecarlo.Stats;
import java.util.Arrays;

/**
 * Scores a target over the replications: the median and 90 % band (p05–p95, type-7 quantiles) of
 * the runs' summaries, and {@code pass} when the median lies in the source's range, {@code near}
 * when only the band overlaps it, {@code fail} otherwise. A check is never tuned to pass: the range
 * is the source's (or a stated tolerance around a single value).
 *
 * @param n runs with a value
 */
public record Verdict(int n, double median, double p05, double p95, String verdict) {
  public static final String PASS = "pass";
  public static final String NEAR = "near";
  public static final String FAIL = "fail";
  public static final String NO_DATA = "no data";

  /** Scores {@code values} (NaN ignored) against {@code [low, high]}. */
  public static Verdict of(double[] values, double low, double high) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return new Verdict(0, Double.NaN, Double.NaN, Double.NaN, NO_DATA);
    }
    double med = Stats.quantileSorted(v, v.length, 0.5);
    double lo = Stats.quantileSorted(v, v.length, 0.05);
    double hi = Stats.quantileSorted(v, v.length, 0.95);
    String verdict = med >= low && med <= high ? PASS : (hi >= low && lo <= high) ? NEAR : FAIL;
    return new Verdict(v.length, med, lo, hi, verdict);
  }

  /**
   * Scores paired differences (other scenario − report's scenario, NaN ignored) against an expected
   * direction: {@code pass} when the median moves that way (strictly), {@code near} when only the
   * band's far end does, {@code fail} otherwise (no change fails).
   */
  public static Verdict direction(double[] differences, boolean up) {
    double[] v = Arrays.stream(differences).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return new Verdict(0, Double.NaN, Double.NaN, Double.NaN, NO_DATA);
    }
    double med = Stats.quantileSorted(v, v.length, 0.5);
    double lo = Stats.quantileSorted(v, v.length, 0.05);
    double hi = Stats.quantileSorted(v, v.length, 0.95);
    boolean medOk = up ? med > 0 : med < 0;
    boolean bandOk = up ? hi > 0 : lo < 0;
    return new Verdict(v.length, med, lo, hi, medOk ? PASS : bandOk ? NEAR : FAIL);
  }
}
