package blockade.core.market;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.time.YearMonth;

/** One accelerator SKU as written in a scenario's catalogue. */
@Help("An accelerator SKU: performance relative to an H100, price, power and availability.")
public record SkuConfig(
    @Help("Id of the supplier agent that sells it (e.g. nvidia-like)") String vendor,
    @Help("Vendor origin: us (subject to export rules) or domestic") Origin origin,
    @Help("Training throughput relative to an H100 (dense BF16), H100e per chip") @Min(0) @Max(20)
        double trainPerf,
    @Help("Inference (serving) throughput relative to an H100, H100e per chip") @Min(0) @Max(20)
        double inferPerf,
    @Help("List price, USD per chip") @Min(1) double priceUsd,
    @Help("Board power, kW per chip") @Min(0.01) @Max(10) double powerKw,
    @Help("Month the SKU can first be ordered, YYYY-MM") YearMonth release,
    @Help("Month the vendor stops selling it, YYYY-MM") @Optional YearMonth endOfSale,
    @Help("Service life before retirement, months") @Default("60") @Min(1) @Max(240)
        int serviceLifeMonths,
    @Help(
            "Export-control tier (higher = more capable); the adaptive regulator bans tiers from the top")
        @Default("0")
        @Min(0)
        @Max(10)
        int tier,
    @Help("Dies per chip (domestic supply: a 910C is two 910B dies)") @Default("1") @Min(1) @Max(8)
        int diesPerChip,
    @Help("HBM stacks per chip (domestic supply is bound by HBM)") @Default("0") @Min(0) @Max(16)
        int hbmStacks,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements Validatable, java.io.Serializable {

  @Override
  public void validate(Validation v) {
    if (endOfSale != null) {
      v.check(
          !endOfSale.isBefore(release),
          "endOfSale",
          "must not be before release " + release,
          endOfSale);
    }
  }
}
