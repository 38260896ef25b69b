package blockade.agents.fund;

import blockade.core.observe.Aggregation;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/** Metrics the state kinds declare: the computing network's idle share (a share: averaged). */
public final class FundMetrics {
  private FundMetrics() {}

  public static final MetricSource SOURCE =
      MetricSource.of(
          List.of(
              MetricSpec.perAgent(
                  Metrics.STATE_NETWORK_IDLE,
                  MetricUnit.SHARE,
                  ComputeNetworkAgent.class,
                  Aggregation.MEAN,
                  "share of the national computing network's capacity nobody bought",
                  (a, w) -> a.getIdleShare())));
}
