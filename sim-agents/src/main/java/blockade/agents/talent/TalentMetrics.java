package blockade.agents.talent;

import static blockade.core.observe.Aggregation.MEAN;
import static blockade.core.observe.Aggregation.SUM;
import static blockade.core.observe.MetricUnit.COUNT;
import static blockade.core.observe.MetricUnit.SHARE;
import static blockade.core.observe.MetricUnit.USD;

import blockade.core.observe.Metrics;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/** Metrics of the talent market (0 in scenarios without one). */
public final class TalentMetrics {
  private TalentMetrics() {}

  public static final MetricSource SOURCE =
      MetricSource.of(
          List.of(
              MetricSpec.perAgent(
                  Metrics.TALENT_POOL,
                  COUNT,
                  TalentMarketAgent.class,
                  SUM,
                  "frontier-capable AI researchers in China (graduates who stay, returnees, state-trained; less attrition)",
                  (a, w) -> a.getPoolResearchers()),
              MetricSpec.perAgent(
                  Metrics.TALENT_FIRMS,
                  COUNT,
                  TalentMarketAgent.class,
                  SUM,
                  "researchers working for firms and startups",
                  (a, w) -> a.getFirmResearchers()),
              MetricSpec.perAgent(
                  Metrics.TALENT_STATE_LAB,
                  COUNT,
                  TalentMarketAgent.class,
                  SUM,
                  "researchers in state-backed labs (paid by funds' talent money)",
                  (a, w) -> a.getStateLabResearchers()),
              MetricSpec.perAgent(
                  Metrics.TALENT_WAGE,
                  USD,
                  TalentMarketAgent.class,
                  MEAN,
                  "annual researcher wage (moves with excess demand for researchers)",
                  (a, w) -> a.getWageUsdK() * 1000),
              MetricSpec.perAgent(
                  Metrics.TALENT_SHORTFALL,
                  SHARE,
                  TalentMarketAgent.class,
                  MEAN,
                  "share of wanted researchers not hired (short firms use only part of their training compute productively)",
                  (a, w) -> a.getShortfallShare())));
}
