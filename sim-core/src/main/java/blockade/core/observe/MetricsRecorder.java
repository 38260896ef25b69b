package blockade.core.observe;

import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.FundView;
import blockade.core.engine.TickObserver;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one row of {@link Metrics#COLUMNS} per tick by reading the world and the agents' role
 * views (agents never call it). Flow columns come from {@link TickStats}; stocks from the views.
 * Every value is finite: where a metric has nothing to measure it is 0 (see each column), and a
 * NaN or infinity throws {@link NonFiniteMetricException}.
 */
public final class MetricsRecorder implements TickObserver {
  private final List<String> dates = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();
  private final double revenueTargetUsdBn;
  private double migrationLost;
  private double lastPrice;

  /** @param revenueTargetUsdBn the 2030 AI revenue target the share column is measured against */
  public MetricsRecorder(double revenueTargetUsdBn) {
    this.revenueTargetUsdBn = revenueTargetUsdBn;
  }

  @Override
  public void afterTick(World w) {
    int t = w.tick();
    TickStats st = w.stats();
    double dom = 0;
    double us = 0;
    double off = 0;
    double inv = 0;
    for (FleetHolder h : w.agents(FleetHolder.class)) {
      FleetHolder.FleetSnapshot f = h.fleet(w);
      dom += f.domesticChipsH100e();
      us += f.usChipsH100e();
      off += f.offshoreH100e();
      inv += f.inventoryUnits();
    }
    double demand = 0;
    double unmet = 0;
    double fwW = 0;
    double fwS = 0;
    double best = Double.NEGATIVE_INFINITY;
    double revenue = 0;
    int startups = 0;
    int listed = 0;
    int sites = 0;
    double startupCompute = 0;
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
    double disbursed = 0;
    double wasted = 0;
    double equity = 0;
    for (FundView fv : w.agents(FundView.class)) {
      disbursed += fv.disbursedUsdM();
      wasted += fv.wastedUsdM();
      equity += fv.equityUsdM();
    }
    AuctionResult ex = w.exchange().last();
    double volume = 0;
    double exUnmet = 0;
    if (ex != null) {
      volume = ex.volume();
      exUnmet = ex.unmetBidVolume();
      if (ex.volume() > 0 && !Double.isNaN(ex.clearingPriceUsd())) {
        lastPrice = ex.clearingPriceUsd();
      }
    }
    double total = dom + us;
    // no firm trained in the trailing year: China's capability is 0 on the log10 scale (one
    // H100e-month), and the frontier gap is measured from there, so both columns stay defined
    double chinaCap = best == Double.NEGATIVE_INFINITY ? 0 : best;
    double[] r = new double[Metrics.COLUMNS.size()];
    int i = 0;
    r[i++] = total;
    r[i++] = dom;
    r[i++] = us;
    r[i++] = off;
    r[i++] = inv;
    r[i++] = st.get(Metrics.PURCHASES_DOMESTIC);
    r[i++] = st.get(Metrics.PURCHASES_US);
    r[i++] = total > 0 ? dom / total : 0;
    r[i++] = fwW > 0 ? fwS / fwW : 0;
    r[i++] = lastPrice;
    r[i++] = volume;
    r[i++] = demand > 0 ? unmet / demand : 0;
    r[i++] = w.frontier().usCapability(t);
    r[i++] = w.frontier().gapMonths(chinaCap, t);
    r[i++] = revenue * 12 / 1000;
    r[i++] = disbursed / 1000;
    r[i++] = wasted / 1000;
    r[i++] = startups;
    r[i++] = listed;
    r[i++] = sites;
    r[i++] = migrationLost;
    r[i++] = w.power().usedMw();
    r[i++] = w.power().capacityMw();
    r[i++] = w.regime().at(t).level();
    r[i++] = chinaCap;
    r[i++] = st.get(Metrics.PURCHASES_GREY);
    r[i++] = st.get(Metrics.SHIPMENTS_US);
    r[i++] = st.get(Metrics.SHIPMENTS_DOMESTIC);
    r[i++] = st.get(Metrics.SEIZED);
    r[i++] = st.get(Metrics.DOMESTIC_CAPACITY);
    r[i++] = st.get(Metrics.DOMESTIC_ORDERS);
    r[i++] = st.get(Metrics.DOMESTIC_PRICE);
    r[i++] = st.get(Metrics.DOMESTIC_YIELD);
    r[i++] = st.get(Metrics.HBM_STOCK);
    r[i++] = st.get(Metrics.US_CHINA_REVENUE);
    r[i++] = st.get(Metrics.US_LOST_REVENUE);
    r[i++] = w.ecosystem().maturity();
    r[i++] = exUnmet;
    r[i++] = equity / 1000;
    r[i++] = st.get(Metrics.ENTRIES);
    r[i++] = st.get(Metrics.BANKRUPTCIES);
    r[i++] = startupCompute;
    r[i++] = st.get(Metrics.STATE_NETWORK_IDLE);
    r[i++] = revenue * 12 / 1000 / revenueTargetUsdBn;
    r[i++] = st.get(Metrics.PURCHASES_OFFSHORE);
    requireFinite(r, w);
    dates.add(w.date());
    rows.add(r);
  }

  /**
   * Every metric of every tick is a finite number: a NaN or infinity stops the run with the
   * metric's name, the month and the seed (the Monte Carlo runner records it as a failed
   * replication).
   */
  private static void requireFinite(double[] row, World w) {
    for (int k = 0; k < row.length; k++) {
      if (!Double.isFinite(row[k])) {
        throw new NonFiniteMetricException(
            Metrics.COLUMNS.get(k), row[k], w.tick(), w.date(), w.masterSeed());
      }
    }
  }

  /** The table recorded so far. */
  public MetricsTable table() {
    double[][] v = new double[rows.size()][];
    for (int t = 0; t < v.length; t++) {
      v[t] = Arrays.copyOf(rows.get(t), rows.get(t).length);
    }
    return new MetricsTable(Metrics.COLUMNS, List.copyOf(dates), v);
  }
}
