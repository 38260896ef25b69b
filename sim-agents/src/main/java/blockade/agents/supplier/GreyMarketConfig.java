package blockade.agents.supplier;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** The grey market for controlled chips (DESIGN §2.1). */
@Help(
    "Smuggled controlled chips: a premium over list price, limited volume, seizures rising with enforcement.")
public record GreyMarketConfig(
    @Help("Whether the channel exists") @Default("true") boolean enabled,
    @Help("Price premium over list price, as a share (0.5 = +50 %)") @Min(0) @Max(10)
        double premiumShare,
    @Help("Units it can move per month") @Min(0) double unitsPerMonth,
    @Help("Chance a unit is seized with no enforcement") @Default("0.02") @Min(0) @Max(1)
        double baseSeizureProbability,
    @Help("Added seizure chance per unit of enforcement (0..1)") @Default("0.3") @Min(0) @Max(1)
        double seizurePerEnforcement,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable {}
