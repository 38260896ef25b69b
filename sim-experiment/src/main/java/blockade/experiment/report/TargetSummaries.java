package blockade.experiment.report;

import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.report.TargetsConfig.TargetConfig;
import java.time.YearMonth;
import java.util.List;

/**
 * The model's value for a target in each replication: the metric summarised over the target's
 * window ({@link TargetsConfig.Statistic}). Shared by {@code report} (which scores the spread of
 * these values) and {@code calibrate} (which scores each replication's distance to the target).
 */
public final class TargetSummaries {
  private TargetSummaries() {}

  /**
   * The metric's monthly values, {@code [month][run]}, over every recorded month.
   *
   * @param runs replications to read
   */
  public static double[][] series(SweepRunner.Results results, String metric, List<String> dates)
      throws Exception {
    double[][] series = new double[dates.size()][];
    for (int m = 0; m < dates.size(); m++) {
      series[m] = results.valuesAt(metric, dates.get(m));
    }
    return series;
  }

  /**
   * Per replication, the target's statistic over its window of {@code series} (NaN where a month is
   * missing, e.g. a failed run).
   *
   * @param series {@code [month][run]} as from {@link #series}
   * @param dates the months of {@code series}; the target's window must be among them
   */
  public static double[] of(TargetConfig t, List<String> dates, double[][] series) {
    return of(t.from(), t.end(), t.statistic(), dates, series);
  }

  /** Like {@link #of(TargetConfig, List, double[][])} for a window of a pattern or direction. */
  public static double[] of(WindowConfig w, List<String> dates, double[][] series) {
    return of(w.from(), w.end(), w.statistic(), dates, series);
  }

  /** The window's statistic in one run: {@code monthly[m]} is the metric at {@code dates[m]}. */
  public static double one(WindowConfig w, List<String> dates, double[] monthly) {
    double[][] series = new double[monthly.length][];
    for (int m = 0; m < monthly.length; m++) {
      series[m] = new double[] {monthly[m]};
    }
    return of(w, dates, series)[0];
  }

  private static double[] of(
      YearMonth fromMonth,
      YearMonth toMonth,
      TargetsConfig.Statistic statistic,
      List<String> dates,
      double[][] series) {
    int from = dates.indexOf(fromMonth.toString());
    int to = dates.indexOf(toMonth.toString());
    if (from < 0 || to < 0) {
      throw new IllegalArgumentException(
          "window " + fromMonth + " → " + toMonth + " is not among the recorded months");
    }
    int runs = series[to].length;
    double[] summary = new double[runs];
    for (int r = 0; r < runs; r++) {
      double acc = 0;
      for (int m = from; m <= to; m++) {
        acc += series[m][r];
      }
      summary[r] =
          switch (statistic) {
            case VALUE -> series[to][r];
            case SUM -> acc;
            case MEAN -> acc / (to - from + 1);
          };
    }
    return summary;
  }
}
