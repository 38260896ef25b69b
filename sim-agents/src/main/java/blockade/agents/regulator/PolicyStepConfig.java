package blockade.agents.regulator;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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
    @Help(
            "Buyers with at least this much compute (H100e) are covered by procurement guidance from now on")
        @Optional
        @Min(0)
        Double coverageMinH100e,
    @Help(
            "Minimum share of new chip purchases by covered buyers that comply that must be domestic, 0..1")
        @Optional
        @Min(0)
        @Max(1)
        Double domesticShareCovered,
    @Help(
            "Share of covered buyers that follow guidance, 0..1 (each firm's propensity to comply is its own draw)")
        @Optional
        @Min(0)
        @Max(1)
        Double complianceShare,
    @Help("US SKUs covered buyers that comply must not buy (e.g. cancelled orders)") @Default("[]")
        List<String> forbidSkus,
    @Help("US SKUs blocked at customs") @Default("[]") List<String> blockSkus,
    @Help(
            "Share of imports of each US SKU customs hold back, 0..1 (a partial block), e.g. {h20: 0.5}")
        @Default("{}")
        Map<String, Double> customsStopShare,
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
    implements java.io.Serializable, blockade.core.config.Validatable {

  @Override
  public void validate(blockade.core.config.Validation v) {
    customsStopShare.forEach(
        (sku, share) ->
            v.check(
                share != null && share >= 0 && share <= 1,
                "customsStopShare." + sku,
                "must be between 0 and 1",
                share));
  }
}
