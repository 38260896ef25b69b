package blockade.agents.scenario;

import blockade.agents.firm.FirmMetrics;
import blockade.agents.fund.FundMetrics;
import blockade.agents.startup.StartupMetrics;
import blockade.agents.supplier.PurchaseMetrics;
import blockade.agents.supplier.SupplierMetrics;
import blockade.core.observe.Metrics;
import blockade.core.record.CoreMetrics;
import blockade.core.record.MetricRegistry;
import java.util.List;

/**
 * The metric registry of a scenario: core's declarations and every agent kind's, in column order.
 */
public final class ScenarioMetrics {
  private ScenarioMetrics() {}

  /** A fresh registry for one run (core's metrics keep running totals). */
  public static MetricRegistry registry(ScenarioConfig config) {
    return new MetricRegistry(
        Metrics.COLUMNS,
        List.of(
            new CoreMetrics(config.economy().aiRevenueTarget2030UsdBn()),
            SupplierMetrics.SOURCE,
            PurchaseMetrics.SOURCE,
            FirmMetrics.SOURCE,
            StartupMetrics.SOURCE,
            FundMetrics.SOURCE,
            blockade.agents.talent.TalentMetrics.SOURCE));
  }
}
