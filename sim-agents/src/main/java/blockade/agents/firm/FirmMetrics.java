package blockade.agents.firm;

import blockade.core.observe.Aggregation;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/** Metrics the firm kinds declare (the firm-wide aggregates are core's, over {@code FirmView}). */
public final class FirmMetrics {
  private FirmMetrics() {}

  public static final MetricSpec BANKRUPTCIES =
      MetricSpec.flow(Metrics.BANKRUPTCIES, MetricUnit.COUNT, "startups that failed this month");

  public static final MetricSpec INVENTORY_OFFSHORE =
      MetricSpec.perAgent(
          Metrics.INVENTORY_OFFSHORE_UNITS,
          MetricUnit.CHIPS,
          FirmAgent.class,
          Aggregation.SUM,
          "chips firms hold in their offshore sites without power to deploy them (after the month's deployment; also in gpu_inventory_units)",
          (a, w) -> new FirmProperties(a).getOffshoreInventoryUnits());

  private static MetricSpec use(String name, String help, MetricSpec.AgentReporter<FirmAgent> r) {
    return MetricSpec.perAgent(name, MetricUnit.H100E, FirmAgent.class, Aggregation.SUM, help, r);
  }

  /**
   * Compute by use and chip origin ({@link ComputeUse}), effective H100e (software efficiency and
   * migration losses included).
   */
  public static final List<MetricSpec> COMPUTE_USE =
      List.of(
          use(
              Metrics.COMPUTE_TRAINING,
              "effective compute firms trained on this month: own chips (after exchange sales and migration losses; split by origin below) + compute rented on the exchange (in the total only: it runs on the seller's chips)",
              (a, w) -> a.computeUse().training()),
          use(
              Metrics.COMPUTE_TRAINING_DOMESTIC,
              "of which on their own domestic chips",
              (a, w) -> a.computeUse().trainDomestic()),
          use(
              Metrics.COMPUTE_TRAINING_US,
              "of which on their own US chips (home and offshore)",
              (a, w) -> a.computeUse().trainUs()),
          use(
              Metrics.COMPUTE_TRAINING_OFFSHORE,
              "of which in their offshore sites (also in the domestic/US split above)",
              (a, w) -> a.computeUse().trainOffshore()),
          use(
              Metrics.COMPUTE_SERVING,
              "effective compute serving firms' users this month (own home chips)",
              (a, w) -> a.computeUse().serving()),
          use(
              Metrics.COMPUTE_SERVING_DOMESTIC,
              "of which on domestic chips",
              (a, w) -> a.computeUse().serveDomestic()),
          use(
              Metrics.COMPUTE_SERVING_US,
              "of which on US chips",
              (a, w) -> a.computeUse().serveUs()),
          use(
              Metrics.COMPUTE_SERVING_OFFSHORE,
              "of which offshore: 0 by design, offshore sites only train (the weights come home, DESIGN §2.2.4)",
              (a, w) -> 0));

  /** The AI-services market's size (users' spend) and mean price (DESIGN §2.9). */
  static final List<MetricSpec> SERVICES =
      List.of(
          MetricSpec.perAgent(
              Metrics.SERVICES_SPEND,
              MetricUnit.USD_BN,
              ServicesMarketAgent.class,
              Aggregation.SUM,
              "AI-services users' spend at this month's prices (on the demand curve), annualised",
              (a, w) -> a.getSpendUsdM() * 12 / 1000),
          MetricSpec.perAgent(
              Metrics.SERVICES_PRICE,
              MetricUnit.USD_PER_MTOK,
              ServicesMarketAgent.class,
              Aggregation.MEAN,
              "token-weighted mean price of AI services, USD per million tokens",
              (a, w) -> a.getMeanPriceUsdPerMTok()));

  public static final MetricSource SOURCE =
      MetricSource.of(
          java.util.stream.Stream.of(
                  java.util.stream.Stream.of(BANKRUPTCIES, INVENTORY_OFFSHORE),
                  COMPUTE_USE.stream(),
                  SERVICES.stream())
              .flatMap(x -> x)
              .toList());
}
