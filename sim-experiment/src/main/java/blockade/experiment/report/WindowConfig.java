package blockade.experiment.report;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import blockade.experiment.report.TargetsConfig.Statistic;
import java.time.YearMonth;

/** A metric summarised over a window of months (one side of a pattern or direction check). */
@Help("A metric summarised over a window of months")
public record WindowConfig(
    @Help("Metric column") String metric,
    @Help("First month of the window, YYYY-MM") YearMonth from,
    @Help("Last month of the window (default: from)") @Optional YearMonth to,
    @Help("value (last month), mean or sum over the window") @Default("value") Statistic statistic)
    implements Validatable {

  /** The window's last month. */
  public YearMonth end() {
    return to == null ? from : to;
  }

  @Override
  public void validate(Validation v) {
    v.check(!end().isBefore(from), "to", "must not be before from (" + from + ")", to);
  }

  /** How it reads in a report: {@code metric, mean 2024-01 → 2024-06}. */
  public String text() {
    return "`"
        + metric
        + "`, "
        + (from.equals(end())
            ? from.toString()
            : statistic.name().toLowerCase(java.util.Locale.ROOT) + " " + from + " → " + end());
  }
}
