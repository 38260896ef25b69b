package blockade.agents.fund;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import java.util.Map;

/** The state-backed national computing network (DESIGN §2.5, CALIBRATION §6). */
@Help("The national integrated computing network: state datacenters that sell capacity on the exchange.")
public record ComputeNetworkConfig(
    @Help("Deployed fleet at the start: SKU name → units") @Default("{}") Map<String, Long> initialFleet,
    @Help("Share of its customers' workloads on a domestic stack (sets the software efficiency its domestic chips reach), 0..1") @Default("0.5") @Min(0) @Max(1) double customerFrameworkShare) implements java.io.Serializable {}
