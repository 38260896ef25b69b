package blockade.agents.startup;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** A log-normal distribution given by its median and log-sd. */
@Help("A log-normal distribution: median and sigma (sd of the log).")
public record LogNormalConfig(
    @Help("Median") @Min(0) double median,
    @Help("Standard deviation of the natural log (0 = always the median)")
        @Default("0.5")
        @Min(0)
        @Max(5)
        double sigma)
    implements java.io.Serializable {}
