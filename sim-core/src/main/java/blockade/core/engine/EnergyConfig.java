package blockade.core.engine;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** Datacenter power for AI in China (DESIGN §2.7). */
@Help("Power available to AI datacenters in China, its growth and price.")
public record EnergyConfig(
    @Help("Power available to AI accelerators at the start, MW (incl. PUE)") @Min(0)
        double capacityMw,
    @Help("Growth of that capacity per year, as a share (0.3 = +30 %/year)") @Min(0) @Max(5)
        double growthPerYear,
    @Help("Power usage effectiveness: facility power / IT power") @Default("1.4") @Min(1) @Max(3)
        double pue,
    @Help(
            "IT power of a deployed accelerator per kW of its board power: host CPUs, memory, network and storage of its server (an 8-GPU DGX H100 draws 10.2 kW for 8 × 0.7 kW ≈ 1.8)")
        @Default("1")
        @Min(1)
        @Max(4)
        double serverPowerPerChipPower,
    @Help("Electricity price for datacenters, USD per kWh") @Min(0) @Max(1) double priceUsdPerKwh,
    @Help(
            "Share of the electricity bill the state pays for datacenters running domestic chips, 0..1 (set by china-policy from its start month)")
        @Default("0")
        @Min(0)
        @Max(1)
        double domesticChipSubsidyShare,
    @Help("Electricity + hosting price in offshore sites, USD per kWh")
        @Default("0.15")
        @Min(0)
        @Max(2)
        double offshorePriceUsdPerKwh)
    implements java.io.Serializable {}
