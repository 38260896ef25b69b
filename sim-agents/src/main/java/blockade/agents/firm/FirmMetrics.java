package blockade.agents.firm;

import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import java.util.List;

/** Metrics the firm kinds declare (the firm-wide aggregates are core's, over {@code FirmView}). */
public final class FirmMetrics {
  private FirmMetrics() {}

  public static final MetricSpec BANKRUPTCIES =
      MetricSpec.flow(Metrics.BANKRUPTCIES, MetricUnit.COUNT, "startups that failed this month");

  public static final MetricSource SOURCE = MetricSource.of(List.of(BANKRUPTCIES));
}
