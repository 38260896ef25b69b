package blockade.core.engine;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Min;
import blockade.core.config.Max;

/** The exogenous US frontier (DESIGN §2.8) and the common algorithmic progress. */
@Help("The US frontier path: effective training compute of the leading US lab and its growth.")
public record FrontierConfig(
    @Help("Trailing-year training compute of the leading US lab at the start, H100e-months") @Min(1) double usComputeH100eMonths,
    @Help("Growth of US frontier training compute per year, as a multiple (4.5 = ×4.5/year)") @Min(1) @Max(20) double usComputeGrowthPerYear,
    @Help("Algorithmic efficiency gain per year shared by all labs, as a multiple") @Default("3") @Min(1) @Max(20) double algorithmicGrowthPerYear,
    @Help("Window of training compute that makes up a capability, months") @Default("12") @Min(1) @Max(60) int capabilityWindowMonths) implements java.io.Serializable {}
