package blockade.agents.supplier;

import blockade.agents.firm.MonthPath;
import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.Map;

/**
 * Remote access: foreign clouds renting US chips to Chinese firms (DESIGN §2.1, CALIBRATION §4).
 */
@Help(
    "Remote access: foreign clouds rent US-chip compute to Chinese firms by the H100e-month at a premium, for training only, while the export regime leaves the channel open.")
public record RemoteAccessConfig(
    @Help("Whether the channel exists") @Default("true") boolean enabled,
    @Help(
            "H100e-months a month foreign clouds will rent to Chinese firms, by month (YYYY-MM: H100e; log-linear in between)")
        Map<String, Double> capacityH100e,
    @Help("Cloud price of an H100e-month outside China, USD") @Min(0) @Max(1e6)
        double priceUsdPerH100eMonth,
    @Help(
            "Premium Chinese renters pay over the cloud price (intermediaries, know-your-customer workarounds), as a share")
        @Default("0.3")
        @Min(0)
        @Max(10)
        double premiumShare,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable, Validatable {

  @Override
  public void validate(Validation v) {
    MonthPath.validate(v, "capacityH100e", capacityH100e);
  }
}
