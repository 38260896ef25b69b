package blockade.experiment.report;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.time.YearMonth;
import java.util.Map;

/**
 * Calibration targets ({@code blockade report}): record values the model can express, each a metric
 * summarised over a window of months, with the source's value or range.
 */
@Help("Calibration targets: record values a metric should reproduce, with their sources.")
public record TargetsConfig(
    @Help("What the targets are") @Default("\"\"") String description,
    @Help("Targets by id, in report order") Map<String, TargetConfig> targets,
    @Help("CALIBRATION §10 patterns by id, in report order (report only)") @Default("{}")
        Map<String, PatternConfig> patterns,
    @Help("Scenario directions by id, in report order (report only)") @Default("{}")
        Map<String, DirectionConfig> directions,
    @Help("Paired replications of each direction's scenario (at most the report's --runs)")
        @Default("20")
        @Min(1)
        @Max(10000)
        int directionRuns)
    implements Validatable {

  /** How a target summarises its window of a run. */
  public enum Statistic {
    /** The metric in the window's last month. */
    VALUE,
    /** Mean over the window's months. */
    MEAN,
    /** Sum over the window's months (flows per month, e.g. units bought). */
    SUM
  }

  /** One record value. */
  @Help("A record value: a metric over a window of months and the range the source allows")
  public record TargetConfig(
      @Help("What the record says, in words") String what,
      @Help("Metric column") String metric,
      @Help("First month of the window, YYYY-MM") YearMonth from,
      @Help("Last month of the window (default: from)") @Optional YearMonth to,
      @Help("value (last month), mean or sum over the window") @Default("value")
          Statistic statistic,
      @Help("Lowest value the source allows") double low,
      @Help("Highest value the source allows") double high,
      @Help(
              "Distance scale for calibrate: how far outside the range counts as one unit"
                  + " (default: high − low; needed when they are equal)")
          @Optional
          Double tolerance,
      @Help("Where the range comes from; say which part of it is ours") String source)
      implements Validatable {

    /** The distance scale of {@code calibrate}: the tolerance, or else the range's width. */
    public double scale() {
      return tolerance == null ? high - low : tolerance;
    }

    /** The window's last month. */
    public YearMonth end() {
      return to == null ? from : to;
    }

    @Override
    public void validate(Validation v) {
      v.check(high >= low, "high", "must be ≥ low (" + low + ")", high);
      v.check(!end().isBefore(from), "to", "must not be before from (" + from + ")", to);
      v.check(tolerance == null || tolerance > 0, "tolerance", "must be > 0", tolerance);
      v.check(
          tolerance != null || high > low,
          "high",
          "equals low: give a tolerance (the distance scale of calibrate)",
          high);
    }
  }

  @Override
  public void validate(Validation v) {
    v.check(!targets.isEmpty(), "targets", "must name at least one target", null);
  }
}
