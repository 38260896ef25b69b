package blockade.core.engine;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Min;

/** China's AI economy goals the outputs are measured against (DESIGN §9, CALIBRATION §9). */
@Help("Targets AI revenue is measured against.")
public record EconomyConfig(
    @Help(
            "Core AI industry target for 2030, USD bn a year (State Council 2017 plan: 1T CNY ≈ 140B USD)")
        @Default("140")
        @Min(0.001)
        double aiRevenueTarget2030UsdBn)
    implements java.io.Serializable {}
