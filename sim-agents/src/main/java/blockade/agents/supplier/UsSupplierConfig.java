package blockade.agents.supplier;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/**
 * A US-origin chip vendor (nvidia-like): ample global supply, sales bounded by the export regime.
 */
@Help("A US chip vendor: ample supply; what it may sell to whom is decided by the export regime.")
public record UsSupplierConfig(
    @Help("Months from order to shipment") @Default("2") @Min(0) @Max(24) int leadTimeMonths,
    @Help(
            "Months from order to shipment for a SKU whose ban is announced (vendors expedite China orders before a deadline)")
        @Default("1")
        @Min(0)
        @Max(24)
        int rushLeadTimeMonths,
    @Help(
            "First calendar month (1–12) of the vendor's fiscal year, for us_vendor_china_revenue_usd_bn_fiscal_year (Nvidia: 2, February → January)")
        @Default("1")
        @Min(1)
        @Max(12)
        int fiscalYearStartMonth,
    @Help(
            "Share of a licence revenue share (usControls.rules.*.licenceRevenueShare) the vendor passes on to Chinese buyers in its price, 0..1")
        @Default("0")
        @Min(0)
        @Max(1)
        double licencePassThroughShare,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable {}
