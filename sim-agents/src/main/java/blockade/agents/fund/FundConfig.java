package blockade.agents.fund;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.time.YearMonth;

/** A state fund: budget, schedule, strategy weights and startup selection (DESIGN §2.4). */
@Help(
    "A state fund: its budget, disbursement schedule, where the money goes and how startups are picked.")
public record FundConfig(
    @Help("Total budget, USD millions") @Min(0) double budgetUsdM,
    @Help("First month of disbursement, YYYY-MM") YearMonth start,
    @Help("Months over which the budget is disbursed in equal tranches") @Min(1) @Max(600)
        int months,
    @Help("Weight of startup equity") @Default("0") @Min(0) double startupEquity,
    @Help("Weight of co-investment with incumbents") @Default("0") @Min(0) double incumbentCoinvest,
    @Help("Weight of domestic chip capacity (fabs, HBM)") @Default("0") @Min(0) double chipCapacity,
    @Help("Weight of national compute network capacity") @Default("0") @Min(0)
        double computeNetwork,
    @Help("Weight of compute vouchers") @Default("0") @Min(0) double vouchers,
    @Help(
            "Weight of talent: state-backed labs and pilot zones that train researchers and employ some in a state lab")
        @Default("0")
        @Min(0)
        double talent,
    @Help("Startup selection: proven, spread or directive") @Default("proven")
        FundStrategy strategy,
    @Help("proven: how many top startups share the equity money each month")
        @Default("5")
        @Min(1)
        @Max(1000)
        int provenTopN,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements Validatable, java.io.Serializable {

  public double weightSum() {
    return startupEquity + incumbentCoinvest + chipCapacity + computeNetwork + vouchers + talent;
  }

  @Override
  public void validate(Validation v) {
    v.check(
        weightSum() > 0,
        "",
        "needs a weight above 0 in startupEquity, incumbentCoinvest, chipCapacity, computeNetwork, vouchers or talent",
        0);
  }
}
