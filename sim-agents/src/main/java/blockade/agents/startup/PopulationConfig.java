package blockade.agents.startup;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** Generic startups drawn from distributions (at the start and on entry). */
@Help("A population of generic startups with drawn cash, costs, demand and efficiency.")
public record PopulationConfig(
    @Help("Number of generic startups at the start")
        @Min(0)
        @Max(
            value = PopulationConfig.MAX_COUNT,
            why =
                "sanity limit: each startup is an agent with its own"
                    + " state, fleet and random stream, so memory grows with the count")
        int count,
    @Help("Cash at founding, USD millions") LogNormalConfig cashUsdM,
    @Help("Running costs per month, USD millions") LogNormalConfig burnUsdMPerMonth,
    @Help("Algorithmic efficiency multiplier") LogNormalConfig algorithmicMultiplier,
    @Help("Share of workloads on a domestic stack at founding") @Default("0.05") @Min(0) @Max(1)
        double frameworkShare)
    implements java.io.Serializable {
  /**
   * Most generic startups, at the start plus those venture capital is expected to found (1,100,000:
   * a million-startup population with room for its entrants). Baseline has 100; a million runs in
   * an 8 GiB heap (docs/PERFORMANCE.md); 10 million validated and then ran out of memory after a
   * minute when there was no limit.
   */
  public static final int MAX_COUNT = 1_100_000;
}
