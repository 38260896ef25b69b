package blockade.agents.supplier;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.market.AllocationRule;
import java.util.Map;

/** A domestic accelerator vendor (huawei-like): output bound by wafers, yield and HBM. */
@Help(
    "A domestic chip vendor whose monthly output is limited by fab capacity, yield and HBM supply.")
public record DomesticSupplierConfig(
    @Help("Advanced-node wafer starts per month allocated to its accelerators at the start") @Min(0)
        double wafersPerMonth,
    @Help("Candidate dies per wafer (before yield)") @Min(1) double diesPerWafer,
    @Help("Yield at the start, 0..1") @Min(0) @Max(1) double initialYield,
    @Help("Mature yield the learning curve tends to, 0..1") @Min(0) @Max(1) double maxYield,
    @Help(
            "Learning-curve scale: cumulative wafers at which the yield gap has shrunk by 2^-exponent")
        @Min(1)
        double learningWafers,
    @Help("Learning-curve exponent") @Default("0.5") @Min(0) @Max(5) double learningExponent,
    @Help("Stockpiled good dies from foreign foundries at the start") @Default("0") @Min(0)
        double dieStock,
    @Help("At most this many stockpiled dies used per month") @Default("100000") @Min(0)
        double dieStockPerMonth,
    @Help("HBM stacks in stock at the start") @Default("0") @Min(0) double hbmStockStacks,
    @Help("HBM stacks imported per month while HBM exports are allowed") @Default("0") @Min(0)
        double hbmImportStacksPerMonth,
    @Help(
            "Extra HBM stacks imported per month while an HBM ban is announced but not in force (pre-buying)")
        @Default("0")
        @Min(0)
        double hbmRushStacksPerMonth,
    @Help("Domestic HBM stacks produced per month at the start") @Default("0") @Min(0)
        double hbmDomesticStacksPerMonth,
    @Help("Growth of domestic HBM output per year, as a share") @Default("0.5") @Min(0) @Max(10)
        double hbmDomesticGrowthPerYear,
    @Help("Share of revenue reinvested in wafer capacity") @Default("0.3") @Min(0) @Max(1)
        double reinvestShare,
    @Help("Capex to add one wafer start per month of capacity, USD millions") @Min(0.001)
        double capexUsdMPerWaferPerMonth,
    @Help("Months from investment to added capacity") @Default("18") @Min(0) @Max(60)
        int capacityLeadTimeMonths,
    @Help(
            "Allocation when orders exceed output: pro-rata or priority (state-designated buyers first)")
        @Default("pro-rata")
        AllocationRule allocation,
    @Help("Price response to excess demand (share of price per unit of relative excess)")
        @Default("0.1")
        @Min(0)
        @Max(5)
        double priceSensitivity,
    @Help("Largest price change in one month, as a share") @Default("0.05") @Min(0) @Max(1)
        double maxPriceStepShare,
    @Help("Price floor as a share of list price") @Default("0.7") @Min(0) @Max(1)
        double priceFloorShare,
    @Help(
            "Most advanced-node wafers a month it can get, by month (YYYY-MM: wafers; log-linear in between, flat after the last): foundry capacity bounded by tool controls times its share; empty for no bound")
        @Default("{}")
        Map<String, Double> maxWafersPerMonth,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable, blockade.core.config.Validatable {

  @Override
  public void validate(blockade.core.config.Validation v) {
    blockade.agents.firm.MonthPath.validate(v, "maxWafersPerMonth", maxWafersPerMonth);
  }
}
