package blockade.core.record;

import static blockade.core.observe.Aggregation.COUNT;
import static blockade.core.observe.Aggregation.MAX;
import static blockade.core.observe.Aggregation.MODEL;
import static blockade.core.observe.Aggregation.RATIO;
import static blockade.core.observe.Aggregation.SUM;
import static blockade.core.observe.Aggregation.WEIGHTED_MEAN;
import static blockade.core.observe.MetricUnit.CHIPS;
import static blockade.core.observe.MetricUnit.H100E;
import static blockade.core.observe.MetricUnit.H100E_MONTHS;
import static blockade.core.observe.MetricUnit.LEVEL;
import static blockade.core.observe.MetricUnit.LOG10_H100E_MONTHS;
import static blockade.core.observe.MetricUnit.MONTHS;
import static blockade.core.observe.MetricUnit.MW;
import static blockade.core.observe.MetricUnit.SHARE;
import static blockade.core.observe.MetricUnit.USD_BN;
import static blockade.core.observe.MetricUnit.USD_PER_H100E_MONTH;

import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.FundView;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import java.util.List;

/**
 * The metrics core declares: aggregates over the role views every agent kind implements (fleets,
 * firms, funds), the shared services' values (frontier, power, regime, exchange, ecosystem) and the
 * market's delivery flows. One instance per run: it keeps the running total of migration months and
 * the last clearing price. Where a metric has nothing to measure it is 0.
 */
public final class CoreMetrics implements MetricSource {
  private static final long serialVersionUID = 1L;

  /** Chips delivered this month, counted by the chip market as it ships. */
  public static final MetricSpec SHIPMENTS_US =
      MetricSpec.flow(
          Metrics.SHIPMENTS_US,
          CHIPS,
          "US chips delivered this month (vendor, grey and secondary channels)");

  public static final MetricSpec SHIPMENTS_DOMESTIC =
      MetricSpec.flow(Metrics.SHIPMENTS_DOMESTIC, CHIPS, "domestic chips delivered this month");

  private final double revenueTargetUsdBn;

  /** Built on first use (not serialized: its reporters refer back to this object). */
  private transient List<MetricSpec> metrics;

  // running state
  private double migrationLost;
  private double lastPrice;
  // this month's census (filled by beforeReport)
  private double dom;
  private double us;
  private double off;
  private double inv;
  private double demand;
  private double unmet;
  private double fwW;
  private double fwS;
  private double revenue;
  private int startups;
  private int listed;
  private int sites;
  private double startupCompute;
  private double disbursed;
  private double wasted;
  private double equity;
  private double volume;
  private double exUnmet;
  private double chinaCap;

  /** The last 12 months (by tick mod 12) of the core AI industry's parts, USD millions. */
  private final double[] chipSales = new double[12];

  private final double[] computeRented = new double[12];
  private final double[] services = new double[12];
  private double industryTrailingYear;

  /**
   * @param revenueTargetUsdBn the 2030 AI revenue target the share column is measured against
   */
  public CoreMetrics(double revenueTargetUsdBn) {
    this.revenueTargetUsdBn = revenueTargetUsdBn;
  }

  private List<MetricSpec> declare() {
    return List.of(
        MetricSpec.of(
            Metrics.COMPUTE_TOTAL,
            H100E,
            SUM,
            "deployed compute usable by Chinese firms (home + offshore, not stranded)",
            w -> dom + us),
        MetricSpec.of(Metrics.COMPUTE_DOMESTIC, H100E, SUM, "of which on domestic chips", w -> dom),
        MetricSpec.of(
            Metrics.COMPUTE_US, H100E, SUM, "of which on US chips (home and offshore)", w -> us),
        MetricSpec.of(
            Metrics.COMPUTE_OFFSHORE,
            H100E,
            SUM,
            "of which in Chinese-owned offshore sites",
            w -> off),
        MetricSpec.of(
            Metrics.INVENTORY_UNITS,
            CHIPS,
            SUM,
            "chips bought but not deployed (power, site space, secondary market)",
            w -> inv),
        MetricSpec.of(
            Metrics.SELF_SUFFICIENCY,
            SHARE,
            RATIO,
            "domestic-chip share of deployed compute",
            w -> dom + us > 0 ? dom / (dom + us) : 0),
        MetricSpec.of(
            Metrics.FRAMEWORK_SHARE,
            SHARE,
            WEIGHTED_MEAN,
            "compute-weighted share of workloads on a domestic software stack",
            w -> fwW > 0 ? fwS / fwW : 0),
        MetricSpec.of(
            Metrics.EXCHANGE_PRICE,
            USD_PER_H100E_MONTH,
            MODEL,
            "last clearing price of the compute exchange (0 before the first trade)",
            w -> lastPrice),
        MetricSpec.of(
            Metrics.EXCHANGE_VOLUME,
            H100E_MONTHS,
            MODEL,
            "H100e-months traded this month",
            w -> volume),
        MetricSpec.of(
            Metrics.UNMET_SHARE,
            SHARE,
            RATIO,
            "share of firms' wanted compute (training + serving) not met",
            w -> demand > 0 ? unmet / demand : 0),
        MetricSpec.of(
            Metrics.FRONTIER_CAPABILITY,
            LOG10_H100E_MONTHS,
            MODEL,
            "US frontier capability: log10(largest US training run in H100e-months × US algorithmic efficiency)",
            w -> w.frontier().usCapability(w.tick())),
        MetricSpec.of(
            Metrics.FRONTIER_GAP,
            MONTHS,
            MODEL,
            "months the US frontier needed to go from China's best capability to its own",
            w -> w.frontier().gapMonths(chinaCap, w.tick())),
        MetricSpec.of(
            Metrics.AI_REVENUE,
            USD_BN,
            SUM,
            "firms' AI-services (model) revenue this month × 12; the core-AI-industry scope is `ai_industry_revenue_usd_bn_annual`",
            w -> revenue * 12 / 1000),
        MetricSpec.of(
            Metrics.FUNDS_DISBURSED,
            USD_BN,
            SUM,
            "cumulative money placed by state funds",
            w -> disbursed / 1000),
        MetricSpec.of(
            Metrics.FUNDS_WASTED,
            USD_BN,
            SUM,
            "cumulative waste: equity in failed startups, unusable share of directive chip grants, idle state compute",
            w -> wasted / 1000),
        MetricSpec.of(
            Metrics.STARTUPS_ALIVE,
            MetricUnit.COUNT,
            COUNT,
            "startups in the market",
            w -> startups),
        MetricSpec.of(
            Metrics.ENTITY_LISTED,
            MetricUnit.COUNT,
            COUNT,
            "firms on the US entity list",
            w -> listed),
        MetricSpec.of(
            Metrics.OFFSHORE_SITES,
            MetricUnit.COUNT,
            SUM,
            "offshore sites built or being built",
            w -> sites),
        MetricSpec.of(
            Metrics.MIGRATION_LOST,
            MONTHS,
            SUM,
            "cumulative months of full-fleet productivity lost to framework migration",
            w -> migrationLost),
        MetricSpec.of(
            Metrics.POWER_USED,
            MW,
            MODEL,
            "grid power drawn by deployed chips",
            w -> w.power().usedMw()),
        MetricSpec.of(
            Metrics.POWER_CAPACITY,
            MW,
            MODEL,
            "grid power available for AI datacenters",
            w -> w.power().capacityMw()),
        MetricSpec.of(
            Metrics.REGIME_LEVEL,
            LEVEL,
            MODEL,
            "sum of the severities of US rules in force",
            w -> w.regime().at(w.tick()).level()),
        MetricSpec.of(
            Metrics.CHINA_CAPABILITY,
            LOG10_H100E_MONTHS,
            MAX,
            "best Chinese capability on the frontier scale: log10 of the largest run a firm's window of training allows × its algorithmic efficiency (0 when no firm trained in the window)",
            w -> chinaCap),
        SHIPMENTS_US,
        SHIPMENTS_DOMESTIC,
        MetricSpec.of(
            Metrics.ECOSYSTEM,
            SHARE,
            MODEL,
            "domestic software ecosystem maturity, 0..1",
            w -> w.ecosystem().maturity()),
        MetricSpec.of(
            Metrics.EXCHANGE_UNMET,
            H100E_MONTHS,
            MODEL,
            "compute bid for on the exchange but not bought",
            w -> exUnmet),
        MetricSpec.of(
            Metrics.STATE_EQUITY,
            USD_BN,
            SUM,
            "state funds' equity at cost in living firms",
            w -> equity / 1000),
        MetricSpec.of(
            Metrics.COMPUTE_STARTUPS,
            H100E,
            SUM,
            "compute deployed by startups",
            w -> startupCompute),
        MetricSpec.of(
            Metrics.AI_REVENUE_VS_TARGET,
            MetricUnit.RATIO,
            MODEL,
            "`ai_industry_revenue_usd_bn_annual` over the 2030 core-AI-industry target (`economy.aiRevenueTarget2030UsdBn`, 1T CNY)",
            w -> industryTrailingYear / 1000 / revenueTargetUsdBn),
        MetricSpec.of(
            Metrics.AI_INDUSTRY_REVENUE,
            USD_BN,
            MODEL,
            "core AI industry revenue over the last 12 months, the official statistic's scope as far as the model has it: new chips delivered in China (vendors and grey market) + compute rented on the exchange (buyers' and vouchers' payments) + firms' AI revenue",
            w -> industryTrailingYear / 1000));
  }

  @Override
  public List<MetricSpec> metrics() {
    if (metrics == null) {
      metrics = declare();
    }
    return metrics;
  }

  @Override
  public void beforeReport(World w) {
    dom = 0;
    us = 0;
    off = 0;
    inv = 0;
    for (FleetHolder h : w.agents(FleetHolder.class)) {
      FleetHolder.FleetSnapshot f = h.fleet(w);
      dom += f.domesticChipsH100e();
      us += f.usChipsH100e();
      off += f.offshoreH100e();
      inv += f.inventoryUnits();
    }
    demand = 0;
    unmet = 0;
    fwW = 0;
    fwS = 0;
    double best = Double.NEGATIVE_INFINITY;
    revenue = 0;
    startups = 0;
    listed = 0;
    sites = 0;
    startupCompute = 0;
    for (FirmView f : w.agents(FirmView.class)) {
      demand += f.demandH100e();
      unmet += f.unmetH100e();
      fwW += f.fleetH100e();
      fwS += f.fleetH100e() * f.frameworkShare();
      if (!Double.isNaN(f.capability())) {
        best = Math.max(best, f.capability());
      }
      revenue += f.aiRevenueUsdM();
      migrationLost += f.migrationLossMonths();
      if (f.isStartup()) {
        startups++;
        startupCompute += f.fleetH100e();
      }
      if (f.entityListed()) {
        listed++;
      }
      sites += f.offshoreSites();
    }
    disbursed = 0;
    wasted = 0;
    equity = 0;
    for (FundView fv : w.agents(FundView.class)) {
      disbursed += fv.disbursedUsdM();
      wasted += fv.wastedUsdM();
      equity += fv.equityUsdM();
    }
    AuctionResult ex = w.exchange().last();
    volume = 0;
    exUnmet = 0;
    if (ex != null) {
      volume = ex.volume();
      exUnmet = ex.unmetBidVolume();
      if (ex.volume() > 0 && !Double.isNaN(ex.clearingPriceUsd())) {
        lastPrice = ex.clearingPriceUsd();
      }
    }
    // no firm trained in the trailing year: China's capability is 0 on the log10 scale (one
    // H100e-month), and the frontier gap is measured from there, so both columns stay defined
    chinaCap = best == Double.NEGATIVE_INFINITY ? 0 : best;
    int slot = Math.floorMod(w.tick(), 12);
    chipSales[slot] = w.chipMarket().soldInChinaUsdM();
    computeRented[slot] =
        ex == null || ex.volume() <= 0 || Double.isNaN(ex.clearingPriceUsd())
            ? 0
            : ex.volume() * ex.clearingPriceUsd() / 1e6;
    services[slot] = revenue;
    industryTrailingYear = 0;
    for (int i = 0; i < 12; i++) {
      industryTrailingYear += chipSales[i] + computeRented[i] + services[i];
    }
  }
}
