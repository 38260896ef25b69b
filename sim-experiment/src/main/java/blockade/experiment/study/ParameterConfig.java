package blockade.experiment.study;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.List;

/**
 * One uncertain input of a study: a scenario key path, as {@code --set} names it, and what values
 * it may take, with where they come from.
 */
@Help(
    "An uncertain input: a scenario key path (as --set names it) and its range, list of values or"
        + " distribution, with its source.")
public record ParameterConfig(
    @Help("Scenario key path as --set names it, e.g. domesticSuppliers.huawei-like.maxYield")
        String key,
    @Help("Where the range comes from (CALIBRATION section, publication, or 'est.')") String source,
    @Help(
            "Shape between the bounds: uniform (a plain range), loguniform, triangular (needs"
                + " mode), normal (needs mean, sd, min, max), lognormal (needs median, sigma)")
        @Default("uniform")
        Distribution distribution,
    @Help("Lower bound (uniform, loguniform, triangular, normal; optional for lognormal)") @Optional
        Double min,
    @Help("Upper bound (uniform, loguniform, triangular, normal; optional for lognormal)") @Optional
        Double max,
    @Help("Peak of a triangular distribution") @Optional Double mode,
    @Help("Mean of a normal distribution (before truncation)") @Optional Double mean,
    @Help("Standard deviation of a normal distribution") @Optional @Min(0) Double sd,
    @Help("Median of a lognormal distribution") @Optional Double median,
    @Help("Log-scale standard deviation of a lognormal distribution") @Optional @Min(0)
        Double sigma,
    @Help(
            "A list of values, equally likely, instead of a range or distribution (a grid sweeps"
                + " them all)")
        @Optional
        List<Double> values,
    @Help("Round every value to the nearest whole number (for integer keys)") @Default("false")
        boolean integer)
    implements Validatable {

  @Override
  public void validate(Validation v) {
    if (values != null) {
      v.check(!values.isEmpty(), "values", "must list at least one value", null);
      boolean none = min == null && max == null && mode == null && mean == null && sd == null;
      v.check(
          none && median == null && sigma == null && distribution == Distribution.UNIFORM,
          "values",
          "cannot be combined with a range or distribution (give values, or min/max and a"
              + " distribution)",
          null);
      return;
    }
    switch (distribution) {
      case UNIFORM, LOGUNIFORM, TRIANGULAR, NORMAL -> {
        v.check(min != null, "min", "is required for a " + name() + " parameter", null);
        v.check(max != null, "max", "is required for a " + name() + " parameter", null);
      }
      case LOGNORMAL -> {
        v.check(median != null, "median", "is required for a lognormal parameter", null);
        v.check(sigma != null, "sigma", "is required for a lognormal parameter", null);
        v.check(median == null || median > 0, "median", "must be > 0", median);
      }
    }
    if (min != null && max != null) {
      v.check(max > min, "max", "must be greater than min (" + min + ")", max);
    }
    if (distribution == Distribution.LOGUNIFORM && min != null) {
      v.check(min > 0, "min", "must be > 0 for a loguniform parameter", min);
    }
    if (distribution == Distribution.TRIANGULAR) {
      v.check(mode != null, "mode", "is required for a triangular parameter", null);
      if (mode != null && min != null && max != null) {
        v.check(mode >= min && mode <= max, "mode", "must lie between min and max", mode);
      }
    }
    if (distribution == Distribution.NORMAL) {
      v.check(mean != null, "mean", "is required for a normal parameter", null);
      v.check(sd != null && sd > 0, "sd", "is required and must be > 0 for a normal parameter", sd);
    }
    if (distribution == Distribution.LOGNORMAL) {
      v.check(sigma == null || sigma > 0, "sigma", "must be > 0", sigma);
      v.check(min == null || min >= 0, "min", "must be ≥ 0 for a lognormal parameter", min);
    }
  }

  private String name() {
    return distribution.name().toLowerCase(java.util.Locale.ROOT);
  }
}
