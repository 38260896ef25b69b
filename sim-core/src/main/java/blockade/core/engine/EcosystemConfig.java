package blockade.core.engine;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;

/** The domestic software ecosystem (CANN/MindSpore/PaddlePaddle) and its network effect. */
@Help("Maturity of the domestic AI software stack and how adoption matures it.")
public record EcosystemConfig(
    @Help("Maturity at the start, 0 (unusable) to 1 (on a par with CUDA)") @Min(0) @Max(1)
        double initialMaturity,
    @Help(
            "Maturity gained per year at full adoption (network effect: gain ∝ adoption × (1 − maturity))")
        @Min(0)
        @Max(5)
        double learningPerYear,
    @Help("Maturity gained per year from vendor work alone, as a share of the remaining gap")
        @Default("0.03")
        @Min(0)
        @Max(1)
        double driftPerYear,
    @Help(
            "Software efficiency of domestic chips on a CUDA-first stack (share of their nominal throughput)")
        @Min(0)
        @Max(1)
        double efficiencyCudaFirst,
    @Help("Software efficiency of domestic chips on a fully native, mature stack") @Min(0) @Max(1)
        double efficiencyNative,
    @Help(
            "Serving efficiency of domestic chips on a CUDA-first stack (serving loses less than large-scale training); leave out to use efficiencyCudaFirst")
        @Optional
        @Min(0)
        @Max(1)
        Double servingEfficiencyCudaFirst,
    @Help(
            "Serving efficiency of domestic chips on a fully native, mature stack; leave out to use efficiencyNative")
        @Optional
        @Min(0)
        @Max(1)
        Double servingEfficiencyNative)
    implements java.io.Serializable {}
