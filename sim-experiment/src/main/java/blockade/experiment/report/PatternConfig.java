package blockade.experiment.report;

import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;

/**
 * A §10 pattern of CALIBRATION as a check on the report's scenario: a window's value, or its ratio
 * to another window ({@code versus}), should lie within bounds.
 */
@Help("A CALIBRATION §10 pattern: a window's value, or its ratio to another window, within bounds")
public record PatternConfig(
    @Help("What the pattern says, in words") String what,
    @Help("Item of CALIBRATION §10 (1–5)") @Min(1) @Max(5) int item,
    @Help("The measured window") WindowConfig value,
    @Help("Divide the value by this window (a ratio check); absent: the value itself") @Optional
        WindowConfig versus,
    @Help("Lowest value or ratio the pattern allows (absent: no lower bound)") @Optional Double low,
    @Help("Highest value or ratio the pattern allows (absent: no upper bound)") @Optional
        Double high,
    @Help("Where the pattern and its bounds come from; say which part is ours") String source)
    implements Validatable {

  public double lowOrInf() {
    return low == null ? Double.NEGATIVE_INFINITY : low;
  }

  public double highOrInf() {
    return high == null ? Double.POSITIVE_INFINITY : high;
  }

  @Override
  public void validate(Validation v) {
    v.check(low != null || high != null, "low", "or high is required", null);
    v.check(
        low == null || high == null || high >= low, "high", "must be ≥ low (" + low + ")", high);
  }
}
