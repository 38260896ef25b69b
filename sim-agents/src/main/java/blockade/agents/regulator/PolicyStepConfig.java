package blockade.agents.regulator;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import java.time.YearMonth;
import java.util.List;

/** One dated change of China's policy; keys left out keep their current value. */
@Help("A change of China's AI-chip policy from a month on; keys left out keep their value.")
public record PolicyStepConfig(
    @Help("Month the change applies from, YYYY-MM") YearMonth from,
    @Help("Minimum share of new chip purchases by state-linked buyers that must be domestic, 0..1")
        @Optional
        @Min(0)
        @Max(1)
        Double domesticShareStateLinked,
    @Help("US SKUs buyers are told to avoid (they lose value in buyers' eyes)") @Default("[]")
        List<String> discourageSkus,
    @Help("Value share buyers give up on a discouraged SKU, 0..1") @Optional @Min(0) @Max(1)
        Double discouragedPenalty,
    @Help("US SKUs blocked at customs") @Default("[]") List<String> blockSkus,
    @Help("US SKUs no longer blocked or discouraged") @Default("[]") List<String> unblockSkus,
    @Help(
            "Share of exchange compute prices vouchers pay for startups, 0..0.95 (a buyer always pays something)")
        @Optional
        @Min(0)
        @Max(0.95)
        Double voucherShare,
    @Help("Share of the electricity bill paid by the state for datacenters on domestic chips, 0..1")
        @Optional
        @Min(0)
        @Max(1)
        Double powerSubsidyShare,
    @Help("Extra growth of datacenter power capacity per year from state build-out, as a share")
        @Optional
        @Min(0)
        @Max(5)
        Double powerBuildoutExtraGrowthPerYear,
    @Help("Exchange fee, share of the price") @Optional @Min(0) @Max(0.5) Double exchangeFeeShare,
    @Help("Extra ecosystem maturity gain per year from state developer programmes")
        @Optional
        @Min(0)
        @Max(1)
        Double ecosystemBoostPerYear,
    @Help("Where it comes from") @Default("\"\"") String source)
    implements java.io.Serializable {}
