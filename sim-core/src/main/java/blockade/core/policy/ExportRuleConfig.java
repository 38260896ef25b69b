package blockade.core.policy;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Optional;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.time.YearMonth;
import java.util.List;

/** One US export-control rule as written in a scenario file. */
@Help("One US export-control rule: when the market learns of it, when it binds, and what it does.")
public record ExportRuleConfig(
    @Help(
            "Month the rule becomes known to buyers (publication, or credible reports that trigger stockpiling), YYYY-MM")
        YearMonth announce,
    @Help("Month the rule takes effect (shipments of banned chips stop), YYYY-MM")
        YearMonth effective,
    @Help(
            "Month the rule was withdrawn before or after taking effect (e.g. the AI diffusion rule), YYYY-MM")
        @Optional
        YearMonth rescinded,
    @Help("SKU names China-based buyers may no longer buy from this month") @Default("[]")
        List<String> banSkus,
    @Help("SKU names allowed again from this month (licences granted)") @Default("[]")
        List<String> unbanSkus,
    @Help(
            "Rule for Chinese-owned offshore datacenters from this month: open, compliant-only or closed; leave out to keep the current rule")
        @Optional
        OffshorePolicy offshore,
    @Help("Agent ids added to the entity list (no US chips anywhere)") @Default("[]")
        List<String> entityList,
    @Help(
            "Enforcement level from this month, 0 (none) to 1 (strict); raises grey-market seizures; leave out to keep")
        @Optional
        @Min(0)
        @Max(1)
        Double enforcement,
    @Help("Whether the rule stops HBM exports to China (limits domestic accelerator output)")
        @Default("false")
        boolean hbmBan,
    @Help(
            "Change of the export_regime_level metric when the rule takes effect (negative for loosening)")
        @Default("1")
        @Min(-10)
        @Max(10)
        double severity,
    @Help(
            "Whether foreign clouds may rent US chips to Chinese firms from this month (true opens, false closes); leave out to keep")
        @Optional
        Boolean remoteAccess,
    @Help(
            "Share of China revenue the US vendor pays the US government on the SKUs this rule allows again (licences with a revenue share)")
        @Default("0")
        @Min(0)
        @Max(0.9)
        double licenceRevenueShare,
    @Help("Where the rule comes from (citation)") @Default("\"\"") String source)
    implements Validatable, java.io.Serializable {

  @Override
  public void validate(Validation v) {
    v.check(
        !effective.isBefore(announce),
        "effective",
        "must not be before announce " + announce,
        effective);
    if (rescinded != null) {
      v.check(
          !rescinded.isBefore(announce),
          "rescinded",
          "must not be before announce " + announce,
          rescinded);
    }
  }
}
