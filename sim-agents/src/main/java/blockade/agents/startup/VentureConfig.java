package blockade.agents.startup;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** Private venture capital for Chinese AI startups (DESIGN §2.3). */
@Help(
    "Private VC: the monthly pool, its climate, how rounds are won, and how entries follow the money.")
public record VentureConfig(
    @Help(
            "Private AI investment in China per year at the start, USD millions (AI Index: 7.8B in 2023, 9.3B in 2024)")
        @Min(0)
        double poolUsdMPerYear,
    @Help("Growth of the pool per year, as a share") @Default("0.05") @Min(-0.9) @Max(5)
        double poolGrowthPerYear,
    @Help("Climate multiplier on the pool (1 = as calibrated; the US pool is >10× China's)")
        @Default("1")
        @Min(0)
        @Max(20)
        double climate,
    @Help("Share of the pool that goes to existing startups' rounds (the rest funds new entrants)")
        @Default("0.7")
        @Min(0)
        @Max(1)
        double roundShare,
    @Help(
            "Chance per month that a startup with short runway closes a round, for the median-ranked startup")
        @Default("0.25")
        @Min(0)
        @Max(1)
        double roundProbability,
    @Help("How much capability rank raises that chance: p × (1 − w + 2·w·rank)")
        @Default("0.8")
        @Min(0)
        @Max(1)
        double rankWeight,
    @Help("Round size in months of the startup's running costs") @Default("18") @Min(0)
        double roundMonthsOfBurn,
    @Help("A startup pitches when its cash covers fewer than this many months of costs")
        @Default("6")
        @Min(0)
        double runwayTriggerMonths,
    @Help("New startups per month per USD billion of monthly entry money") @Default("3") @Min(0)
        double entriesPerUsdBn,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable {

  /** The VC pool in month {@code tick} (0 = start), USD millions. */
  public double poolUsdMPerMonth(int tick) {
    return poolUsdMPerYear / 12 * climate * StrictMath.pow(1 + poolGrowthPerYear, tick / 12.0);
  }

  /**
   * Expected number of startups founded over {@code months} months: the mean of the monthly Poisson
   * draw of entrants (entriesPerUsdBn per USD billion of entry money) summed, for validation's
   * bound on the number of agents.
   */
  public double expectedEntrants(int months) {
    double sum = 0;
    for (int t = 0; t < months; t++) {
      double pool = poolUsdMPerMonth(t);
      sum += entriesPerUsdBn * (pool - pool * roundShare) / 1000;
    }
    return sum;
  }
}
