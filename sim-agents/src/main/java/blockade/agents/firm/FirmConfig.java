package blockade.agents.firm;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.Map;

/** One named AI firm or startup: its scale and starting position (behaviour is shared per kind). */
@Help("A named AI firm (incumbent or startup): money, demand, starting fleet and software stack.")
public record FirmConfig(
    @Help("Cash for AI at the start, USD millions") @Min(0) double cashUsdM,
    @Help(
            "AI capex the parent business pays in, USD millions a year: month YYYY-MM → value, log-linear between points (incumbents; empty for startups)")
        @Default("{}")
        Map<String, Double> aiCapexUsdMPerYear,
    @Help("Running costs (staff, data) each month, USD millions") @Default("0") @Min(0)
        double burnUsdMPerMonth,
    @Help(
            "Uncertainty of the capex path where sources disagree: each run scales it by exp(this × N(0,1)), drawn from the firm's own stream (0 = as configured)")
        @Default("0")
        @Min(0)
        @Max(2)
        double aiCapexLogSd,
    @Help(
            "Overrides its kind's behaviour.trainingShare: share of its compute kept for training, which serving cannot take")
        @Optional
        @Min(0)
        @Max(1)
        Double trainingShare,
    @Help(
            "Algorithmic efficiency multiplier: effective training compute per H100e-month relative to the US frontier lab")
        @Default("1")
        @Min(0.01)
        @Max(100)
        double algorithmicMultiplier,
    @Help("Deployed fleet at the start: SKU name → units") @Default("{}")
        Map<String, Long> initialFleet,
    @Help("Share of workloads already on a domestic software stack at the start, 0..1")
        @Default("0")
        @Min(0)
        @Max(1)
        double frameworkShare,
    @Help(
            "Whether the firm is state-linked: follows domestic procurement guidance and gets priority for domestic chips")
        @Default("false")
        boolean stateLinked,
    @Help("Whether the firm is large enough to build or lease offshore datacenters")
        @Default("false")
        boolean offshoreCapable,
    @Help(
            "Overrides its kind's behaviour.buyShare: share of its compute gap it buys rather than rents (e.g. a startup backed by a rich parent)")
        @Optional
        @Min(0)
        @Max(1)
        Double buyShare,
    @Help(
            "A startup's backer (e.g. a parent fund) that covers its costs when cash falls below its reserve; empty for none")
        @Default("\"\"")
        String backer,
    @Help("Most the backer puts in over the run, USD millions") @Default("0") @Min(0)
        double backerLimitUsdM,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements Validatable, java.io.Serializable {

  @Override
  public void validate(Validation v) {
    MonthPath.validate(v, "aiCapexUsdMPerYear", aiCapexUsdMPerYear);
  }
}
