package blockade.agents.firm;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import java.util.Map;

/** One named AI firm or startup: its scale and starting position (behaviour is shared per kind). */
@Help("A named AI firm (incumbent or startup): money, demand, starting fleet and software stack.")
public record FirmConfig(
    @Help("Cash for AI at the start, USD millions") @Min(0) double cashUsdM,
    @Help("Money the parent business puts into AI each month at the start, USD millions (0 for startups)") @Default("0") @Min(0) double aiBudgetUsdMPerMonth,
    @Help("Growth of that monthly budget per year, as a share") @Default("0.3") @Min(-0.9) @Max(5) double aiBudgetGrowthPerYear,
    @Help("Ceiling of the monthly AI budget (growth stops there), USD millions; leave out for none") @Optional @Min(0) Double aiBudgetCapUsdMPerMonth,
    @Help("Running costs (staff, data) each month, USD millions") @Default("0") @Min(0) double burnUsdMPerMonth,
    @Help("Training compute wanted at the start, H100e") @Min(0) double trainDemandH100e,
    @Help("Serving (inference) compute wanted at the start, H100e") @Min(0) double inferDemandH100e,
    @Help("Algorithmic efficiency multiplier: effective training compute per H100e-month relative to the US frontier lab") @Default("1") @Min(0.01) @Max(100) double algorithmicMultiplier,
    @Help("Deployed fleet at the start: SKU name → units") @Default("{}") Map<String, Long> initialFleet,
    @Help("Share of workloads already on a domestic software stack at the start, 0..1") @Default("0") @Min(0) @Max(1) double frameworkShare,
    @Help("Whether the firm is state-linked: follows domestic procurement guidance and gets priority for domestic chips") @Default("false") boolean stateLinked,
    @Help("Whether the firm is large enough to build or lease offshore datacenters") @Default("false") boolean offshoreCapable,
    @Help("Overrides its kind's behaviour.buyShare: share of its compute gap it buys rather than rents (e.g. a startup backed by a rich parent)") @Optional @Min(0) @Max(1) Double buyShare,
    @Help("Where the numbers come from") @Default("\"\"") String source) implements java.io.Serializable {}
