package blockade.core.config;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Toy config records standing in for scenario configs in the loader and schema tests. */
final class Toy {
  private Toy() {}

  enum Allocation {
    PRO_RATA,
    FIRST_COME
  }

  @Help("A toy scenario")
  record ScenarioConfig(
      @Help("Scenario name") String name,
      @Help("First month simulated") @Default("2022-10") YearMonth start,
      @Help("Last month simulated") @Default("2030-12") YearMonth end,
      @Help("How scarce supply is shared") @Default("pro-rata") Allocation allocation,
      @Help("Share of demand met") @Min(0) @Max(1) @Default("0.5") double fillShare,
      @Help("Random seed") @Default("1") long seed,
      @Help("Draw charts") @Default("false") boolean charts,
      @Help("Price per year in USD") @Min(0) @Default("[]") List<Double> pricesUsd,
      @Help("Free note") @Optional String note,
      @Help("The agents") AgentsConfig agents,
      @Help("Policy rules") @Default("[]") List<RuleConfig> rules)
      implements Validatable {
    @Override
    public void validate(Validation v) {
      v.check(!end.isBefore(start), "end", "must not be before start", end);
    }
  }

  @Help("Agent populations")
  record AgentsConfig(
      @Help("Number of startups") @Min(0) @Default("3") int startups,
      @Help("Incumbents by id") @Default("{}") Map<String, IncumbentConfig> incumbents) {}

  record IncumbentConfig(
      @Help("Cash in USD millions") @Min(0) double cashUsdM,
      @Help("Market share") @Min(0) @Max(1) @Default("0.1") double share)
      implements Validatable {
    @Override
    public void validate(Validation v) {
      v.check(
          share <= 0.5 || cashUsdM >= 100, "share", "must be ≤ 0.5 unless cashUsdM ≥ 100", share);
    }
  }

  record RuleConfig(@Help("Announced") YearMonth announce, @Help("In force") YearMonth effective)
      implements Validatable {
    @Override
    public void validate(Validation v) {
      v.check(!effective.isBefore(announce), "effective", "must not be before announce", effective);
    }
  }

  /** A record whose own constructor rejects values. */
  record RangeConfig(int low, int high) {
    RangeConfig {
      if (low > high) {
        throw new IllegalArgumentException("low must not exceed high");
      }
    }
  }

  /** A record whose default does not fit its type (a programming error). */
  record BadDefaultConfig(@Default("lots") int count) {}
}
