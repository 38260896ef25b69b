package blockade.agents.fund;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import java.util.Map;

/** The state-backed national computing network (DESIGN §2.5, CALIBRATION §6). */
@Help(
    "The national integrated computing network: state datacenters that sell capacity on the exchange.")
public record ComputeNetworkConfig(
    @Help("Deployed fleet at the start: SKU name → units") @Default("{}")
        Map<String, Long> initialFleet,
    @Help(
            "Reference domestic-stack share at which its own capacity (idle share, waste) is counted; buyers use it at their own framework share, 0..1")
        @Default("0.5")
        @Min(0)
        @Max(1)
        double customerFrameworkShare,
    @Help(
            "How much less buyers value a network H100e-month than their own at the same software efficiency (remote western sites, data transfer, queueing), share 0..0.95")
        @Default("0")
        @Min(0)
        @Max(0.95)
        double buyerDiscountShare,
    @Help(
            "Share of its running cost (power and depreciation) the state leaves out of its reserve price, 0..1")
        @Default("0.5")
        @Min(0)
        @Max(1)
        double reserveSubsidyShare)
    implements java.io.Serializable {}
