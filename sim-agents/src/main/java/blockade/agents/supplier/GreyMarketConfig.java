package blockade.agents.supplier;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;

/**
 * The grey market for controlled chips (DESIGN §2.1): a smuggling business whose premium clears the
 * market and whose capacity follows its margin with a lag.
 */
@Help(
    "Smuggled controlled chips: the premium clears the market, capacity follows the smugglers' margin (premium less costs and enforcement) with a lag, seizures rise with enforcement.")
public record GreyMarketConfig(
    @Help("Whether the channel exists") @Default("true") boolean enabled,
    @Help("Price premium over list price at the start, as a share (0.5 = +50 %)") @Min(0) @Max(10)
        double premiumShare,
    @Help("Units it can move per month at the start") @Min(0) double unitsPerMonth,
    @Help("Chance a unit is seized with no enforcement") @Default("0.02") @Min(0) @Max(1)
        double baseSeizureProbability,
    @Help("Added seizure chance per unit of enforcement (0..1)") @Default("0.3") @Min(0) @Max(1)
        double seizurePerEnforcement,
    @Help(
            "Smugglers' cost per unit as a share of list price (intermediaries, shell buyers, transport, their own seizure losses)")
        @Default("0.2")
        @Min(0)
        @Max(10)
        double costShare,
    @Help("Added cost per unit of enforcement (0..1), as a share of list price")
        @Default("0.4")
        @Min(0)
        @Max(10)
        double enforcementCostShare,
    @Help("Margin over list price at which capacity neither grows nor shrinks")
        @Default("0.15")
        @Min(0)
        @Max(10)
        double hurdleMarginShare,
    @Help("Capacity growth per month per unit of margin above the hurdle (negative below it)")
        @Default("0.3")
        @Min(0)
        @Max(10)
        double capacityResponsePerMonth,
    @Help("Largest capacity change in one month, as a share") @Default("0.1") @Min(0) @Max(1)
        double maxCapacityStepShare,
    @Help(
            "Largest capacity fall in one month, as a share: routes and shell buyers fall idle rather than close when margins thin (sunk entry costs), so they shrink more slowly than they grow; unset = maxCapacityStepShare")
        @Optional
        @Min(0)
        @Max(1)
        Double maxCapacityDeclineShare,
    @Help("Months over which smugglers average the margin before acting (the lag)")
        @Default("6")
        @Min(1)
        @Max(60)
        double lagMonths,
    @Help("Capacity never falls below this (networks that persist), units per month")
        @Default("500")
        @Min(0)
        double minUnitsPerMonth,
    @Help("Premium step per unit of excess demand (orders over capacity, relative)")
        @Default("0.2")
        @Min(0)
        @Max(10)
        double premiumSensitivity,
    @Help("Largest premium move in one month, as a share of (1 + premium)")
        @Default("0.1")
        @Min(0)
        @Max(1)
        double maxPremiumStepShare,
    @Help("Lowest premium over list, as a share") @Default("0.1") @Min(0) @Max(10)
        double minPremiumShare,
    @Help("Highest premium over list, as a share") @Default("3") @Min(0) @Max(10)
        double maxPremiumShare,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable, Validatable {

  @Override
  public void validate(Validation v) {
    v.check(
        minPremiumShare <= maxPremiumShare,
        "minPremiumShare",
        "must not exceed maxPremiumShare " + maxPremiumShare,
        minPremiumShare);
    v.check(
        premiumShare >= minPremiumShare && premiumShare <= maxPremiumShare,
        "premiumShare",
        "must lie within minPremiumShare "
            + minPremiumShare
            + " and maxPremiumShare "
            + maxPremiumShare,
        premiumShare);
  }

  /** A channel with a fixed premium and capacity (tests and simple scenarios). */
  public static GreyMarketConfig fixed(
      double premiumShare, double unitsPerMonth, double baseSeizure, double perEnforcement) {
    return new GreyMarketConfig(
        true,
        premiumShare,
        unitsPerMonth,
        baseSeizure,
        perEnforcement,
        0,
        0,
        0,
        0,
        0,
        null,
        1,
        0,
        0,
        0,
        premiumShare,
        premiumShare,
        "");
  }
}
