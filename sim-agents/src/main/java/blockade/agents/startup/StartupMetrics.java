package blockade.agents.startup;

import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/** Metrics venture capital declares. */
public final class StartupMetrics {
  private StartupMetrics() {}

  public static final MetricSpec ENTRIES =
      MetricSpec.flow(Metrics.ENTRIES, MetricUnit.COUNT, "startups founded this month");

  public static final MetricSource SOURCE = MetricSource.of(List.of(ENTRIES));
}
