package blockade.agents.regulator;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import java.time.YearMonth;

/** The US regulator's adaptive rules after its timeline (DESIGN §2.6). */
@Help(
    "Adaptive US rules: tighten when China's frontier gap shrinks, list prominent firms, loosen when US vendors lose enough China revenue.")
public record AdaptiveRulesConfig(
    @Help("Whether adaptive rules run") @Default("true") boolean enabled,
    @Help("First month of adaptive reviews, YYYY-MM") YearMonth from,
    @Help("Months between reviews") @Default("6") @Min(1) @Max(60) int reviewEveryMonths,
    @Help("Tighten when China's frontier gap is below this, months") @Default("6") @Min(0)
        double tightenBelowGapMonths,
    @Help("Months between announcing and enforcing an adaptive rule (what triggers stockpiling)")
        @Default("3")
        @Min(0)
        @Max(24)
        int leadTimeMonths,
    @Help(
            "Loosen (unban the lowest banned tier) when US vendors' lost China revenue passes this, USD bn a year")
        @Default("15")
        @Min(0)
        double loosenAboveLostRevenueUsdBn,
    @Help("Highest tier that loosening may re-allow") @Default("1") @Min(0) @Max(10)
        int loosenMaxTier,
    @Help(
            "Entity listing: chance per month for a firm level with the frontier (scaled down by its gap)")
        @Default("0.02")
        @Min(0)
        @Max(1)
        double listingHazardPerMonth,
    @Help("Entity listing: firms further behind than this many months are not prominent")
        @Default("24")
        @Min(1)
        double prominenceGapMonths,
    @Help("Entity listing: first month of listing draws, YYYY-MM") YearMonth listingFrom)
    implements java.io.Serializable {}
