package blockade.agents.supplier;

import static blockade.core.observe.Aggregation.MEAN;
import static blockade.core.observe.Aggregation.SUM;
import static blockade.core.observe.MetricUnit.CHIPS;
import static blockade.core.observe.MetricUnit.H100E;
import static blockade.core.observe.MetricUnit.HBM_STACKS;
import static blockade.core.observe.MetricUnit.SHARE;
import static blockade.core.observe.MetricUnit.USD;
import static blockade.core.observe.MetricUnit.USD_BN;

import blockade.core.observe.Metrics;
import blockade.core.record.MetricSource;
import blockade.core.record.MetricSpec;
import java.util.List;

/**
 * Metrics the supplier kinds declare. Flows (orders accepted, chips seized) are summed over the
 * suppliers of a kind. Of the domestic vendor's levels, quantities (capacity, orders, HBM stock)
 * are summed over domestic vendors and rates (yield, price) averaged, unweighted, so two vendors
 * give the national output but a typical yield and price; the US vendors' revenues are summed.
 */
public final class SupplierMetrics {
  private SupplierMetrics() {}

  public static final MetricSpec PURCHASES_US =
      MetricSpec.flow(
          Metrics.PURCHASES_US,
          CHIPS,
          "US chips ordered through vendors this month for use in China (accepted orders)");
  public static final MetricSpec PURCHASES_OFFSHORE =
      MetricSpec.flow(
          Metrics.PURCHASES_OFFSHORE,
          CHIPS,
          "US chips ordered for Chinese-owned offshore sites this month");
  public static final MetricSpec PURCHASES_DOMESTIC =
      MetricSpec.flow(
          Metrics.PURCHASES_DOMESTIC, CHIPS, "domestic chips allocated to buyers this month");
  public static final MetricSpec PURCHASES_GREY =
      MetricSpec.flow(Metrics.PURCHASES_GREY, CHIPS, "grey-market chips allocated this month");
  public static final MetricSpec SEIZED =
      MetricSpec.flow(Metrics.SEIZED, CHIPS, "grey-market chips seized this month");

  /** Every supplier metric. */
  public static final MetricSource SOURCE =
      MetricSource.of(
          List.of(
              PURCHASES_US,
              PURCHASES_OFFSHORE,
              PURCHASES_DOMESTIC,
              PURCHASES_GREY,
              SEIZED,
              MetricSpec.perAgent(
                  Metrics.REMOTE_RENTED,
                  H100E,
                  RemoteCloudAgent.class,
                  SUM,
                  "US-chip compute rented to Chinese firms in foreign clouds this month (remote access; trains only)",
                  (a, w) -> a.getRentedH100e()),
              MetricSpec.perAgent(
                  Metrics.GREY_PREMIUM,
                  SHARE,
                  GreyMarketAgent.class,
                  MEAN,
                  "grey market's premium over list price (it moves with excess demand)",
                  (a, w) -> a.getPremiumShare()),
              MetricSpec.perAgent(
                  Metrics.GREY_CAPACITY,
                  CHIPS,
                  GreyMarketAgent.class,
                  SUM,
                  "smuggled chips the grey market can move per month (it follows the smugglers' margin)",
                  (a, w) -> a.getCapacityUnitsPerMonth()),
              MetricSpec.perAgent(
                  Metrics.DOMESTIC_CAPACITY,
                  CHIPS,
                  DomesticSupplierAgent.class,
                  SUM,
                  "domestic vendors' monthly output capacity in chips of their current part",
                  (a, w) -> Math.floor(a.getCapacityUnits())),
              MetricSpec.perAgent(
                  Metrics.DOMESTIC_ORDERS,
                  CHIPS,
                  DomesticSupplierAgent.class,
                  SUM,
                  "chips ordered from domestic vendors this month",
                  (a, w) -> a.orderedUnits()),
              MetricSpec.perAgent(
                  Metrics.DOMESTIC_PRICE,
                  USD,
                  DomesticSupplierAgent.class,
                  MEAN,
                  "domestic vendors' price of their current part (0 for a vendor with none on sale)",
                  DomesticSupplierAgent::currentPriceUsd),
              MetricSpec.perAgent(
                  Metrics.DOMESTIC_YIELD,
                  SHARE,
                  DomesticSupplierAgent.class,
                  MEAN,
                  "domestic vendors' fab yield on their learning curve",
                  (a, w) -> a.getYield()),
              MetricSpec.perAgent(
                  Metrics.HBM_STOCK,
                  HBM_STACKS,
                  DomesticSupplierAgent.class,
                  SUM,
                  "domestic vendors' HBM stock",
                  (a, w) -> a.getHbmStockStacks()),
              MetricSpec.perAgent(
                  Metrics.US_CHINA_REVENUE,
                  USD_BN,
                  UsSupplierAgent.class,
                  SUM,
                  "US vendors' China revenue (chips delivered into China; sales to offshore sites are billed abroad, as in the filings) over the last 12 months",
                  (a, w) -> a.getChinaRevenueTrailingYearUsdM() / 1000),
              MetricSpec.perAgent(
                  Metrics.US_CHINA_REVENUE_FY,
                  USD_BN,
                  UsSupplierAgent.class,
                  SUM,
                  "US vendors' China revenue (delivered into China) in their last completed fiscal year (`usSuppliers.<id>.fiscalYearStartMonth`; Nvidia February → January), months before the run's start counted as 0",
                  (a, w) -> a.getChinaRevenueLastFiscalYearUsdM() / 1000),
              MetricSpec.perAgent(
                  Metrics.US_CHINA_REVENUE_QUARTER,
                  USD_BN,
                  UsSupplierAgent.class,
                  SUM,
                  "US vendors' China revenue (chips delivered into China; sales to offshore sites are billed abroad, as in the filings) over the last 3 months (Nvidia's quarters end in Jan, Apr, Jul, Oct)",
                  (a, w) -> a.lastQuarterUsdM(w.tick()) / 1000),
              MetricSpec.perAgent(
                  Metrics.US_LOST_REVENUE,
                  USD_BN,
                  UsSupplierAgent.class,
                  SUM,
                  "per US vendor, best trailing-year China revenue minus the current one",
                  (a, w) -> a.lostChinaRevenueUsdBnAnnual())));
}
