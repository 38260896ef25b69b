package blockade.agents.supplier;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.Phase;
import blockade.core.engine.SupplierPort;
import blockade.core.engine.World;
import blockade.core.market.Acceptance;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A US vendor (DESIGN §2.1): sells any of its SKUs on sale that the regime lets it ship to the
 * buyer and location, with a lead time (shortened when a ban is pending); a shipment that a rule
 * forbids by its shipping date is cancelled. Tracks China revenue and revenue lost against its best
 * trailing year, which the adaptive regulator reads.
 */
public final class UsSupplierAgent extends BaseAgent implements ChipSupplier, UsVendorView {
  private final UsSupplierConfig cfg;
  private final double[] monthlyRevenue = new double[12];
  private double bestTrailingYearUsdM;
  private double trailingYearUsdM;
  private double cancelledUsdM;
  private double revenueTotalUsdM;
  private double offshoreRevenueUsdM;
  private double licenceFeesUsdM;

  /** China revenue of the fiscal year under way, and of the last completed one, USD millions. */
  private double fiscalYearToDateUsdM;

  private double lastFiscalYearUsdM;
  private final Set<String> released = new java.util.TreeSet<>();

  public UsSupplierAgent(String id, UsSupplierConfig cfg) {
    super(id, "us-supplier", EnumSet.of(Phase.SUPPLY, Phase.RECORD));
    this.cfg = cfg;
  }

  @Override
  public void step(Phase phase, World w) {
    act(phase, w);
  }

  /** One phase, seeing only the supplier's port. */
  void act(Phase phase, SupplierPort w) {
    int t = w.tick();
    if (phase == Phase.SUPPLY) {
      for (Sku s : w.catalogue().byVendor(id)) {
        if (s.onSale(t) && released.add(s.name()) && t > 0) {
          w.event(
              SimEvent.of(
                      EventTypes.SKU_RELEASED,
                      id,
                      s.name()
                          + (w.regime().bannedForChina(s.name(), t)
                              ? " (not for China)"
                              : " (China-compliant)"))
                  .sku(s.name()));
        }
      }
      monthlyRevenue[t % 12] = 0;
    } else if (phase == Phase.RECORD) {
      trailingYearUsdM = 0;
      for (double v : monthlyRevenue) {
        trailingYearUsdM += v;
      }
      bestTrailingYearUsdM = Math.max(bestTrailingYearUsdM, trailingYearUsdM);
      fiscalYearToDateUsdM += monthlyRevenue[t % 12];
      // the fiscal year ends with the month before fiscalYearStartMonth (Nvidia: January)
      if (w.calendar().month(t).plusMonths(1).getMonthValue() == cfg.fiscalYearStartMonth()) {
        lastFiscalYearUsdM = fiscalYearToDateUsdM;
        fiscalYearToDateUsdM = 0;
      }
    }
  }

  int leadTime(Sku sku, int tick, SupplierPort w) {
    return w.regime().announcedBan(sku.name(), tick).isPresent()
        ? cfg.rushLeadTimeMonths()
        : cfg.leadTimeMonths();
  }

  /**
   * Price to a buyer in China: list price, raised by the part of a licence revenue share the vendor
   * passes on (price p with share s kept whole at pass-through 1: p / (1 − s)).
   */
  double priceFor(Sku sku, Location location, SupplierPort w) {
    double list = w.catalogue().price(sku.name());
    if (location != Location.DOMESTIC) {
      return list;
    }
    double share = w.regime().at(w.tick()).licenceShare(sku.name());
    return list * (1 + cfg.licencePassThroughShare() * share / (1 - share));
  }

  /** Share of this SKU's home deliveries China's customs stop now (0 none, 1 all). */
  private static double customsStop(Sku sku, Location location, SupplierPort w) {
    return location == Location.DOMESTIC ? w.chinaPolicy().customsStopShare(sku.name()) : 0;
  }

  @Override
  public List<Quote> quotes(String buyer, Location location, SupplierPort w) {
    int t = w.tick();
    List<Quote> out = new ArrayList<>();
    for (Sku sku : w.catalogue().byVendor(id)) {
      if (!sku.onSale(t) || !w.mayShip(sku, buyer, location)) {
        continue;
      }
      int lead = leadTime(sku, t, w);
      OptionalInt ban = w.regime().announcedBan(sku.name(), t);
      if (location == Location.DOMESTIC && ban.isPresent() && t + lead >= ban.getAsInt()) {
        continue; // would arrive after the ban: not offered
      }
      double stop = customsStop(sku, location, w);
      if (stop >= 1) {
        continue;
      }
      out.add(new Quote(id, sku, location, priceFor(sku, location, w), lead, 1 - stop, 0, false));
    }
    return out;
  }

  @Override
  public List<Acceptance> fill(List<ChipOrder> orders, SupplierPort w) {
    int t = w.tick();
    List<Acceptance> out = new ArrayList<>();
    for (ChipOrder o : orders) {
      Sku sku = w.catalogue().get(o.sku());
      if (!sku.onSale(t) || !w.mayShip(sku, o.buyer(), o.location())) {
        out.add(Acceptance.rejected(o));
        continue;
      }
      // customs hold back their share of the order (deterministic: the buyer priced the risk in)
      long units = (long) Math.floor(o.units() * (1 - customsStop(sku, o.location(), w)));
      if (units <= 0) {
        out.add(Acceptance.rejected(o));
        continue;
      }
      out.add(Acceptance.of(o, units, priceFor(sku, o.location(), w), leadTime(sku, t, w)));
      w.stats()
          .add(
              o.location() == Location.DOMESTIC
                  ? SupplierMetrics.PURCHASES_US
                  : SupplierMetrics.PURCHASES_OFFSHORE,
              units);
    }
    return out;
  }

  @Override
  public void delivered(Shipment s, SupplierPort w) {
    if (s.order().location() != Location.DOMESTIC) {
      // billed to the buyer's offshore entity (Malaysia, Singapore): the vendor's filings count
      // revenue by the customer's billing location, so it is not China revenue
      offshoreRevenueUsdM += s.valueUsdM();
      return;
    }
    monthlyRevenue[w.tick() % 12] += s.valueUsdM();
    revenueTotalUsdM += s.valueUsdM();
    double fee = s.valueUsdM() * w.regime().at(w.tick()).licenceShare(s.order().sku());
    if (fee > 0) {
      licenceFeesUsdM += fee;
      w.ledger().spend(id, "us-licence-fees", Math.min(fee, w.ledger().balance(id)));
    }
  }

  /**
   * Sales to Chinese buyers' offshore sites so far, USD millions: billed outside China, so not in
   * its China revenue.
   */
  public double getOffshoreRevenueUsdM() {
    return offshoreRevenueUsdM;
  }

  /** Licence revenue shares paid to the US government so far, USD millions. */
  public double getLicenceFeesUsdM() {
    return licenceFeesUsdM;
  }

  @Override
  public void cancelled(Shipment s, SupplierPort w) {
    cancelledUsdM += s.valueUsdM();
  }

  /**
   * China revenue of the last completed fiscal year, USD millions (months before the run's start
   * count as 0; 0 until a fiscal year has ended).
   */
  public double getChinaRevenueLastFiscalYearUsdM() {
    return lastFiscalYearUsdM;
  }

  @Override
  public double lostChinaRevenueUsdBnAnnual() {
    return Math.max(0, bestTrailingYearUsdM - trailingYearUsdM) / 1000;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  public double getChinaRevenueTrailingYearUsdM() {
    return trailingYearUsdM;
  }

  /** China revenue over the last three months (a fiscal quarter when it ends one), USD millions. */
  public double getChinaRevenueLastQuarterUsdM() {
    World w = world();
    return w == null ? 0 : lastQuarterUsdM(w.tick());
  }

  double lastQuarterUsdM(int tick) {
    double q = 0;
    for (int k = 0; k < 3 && tick - k >= 0; k++) {
      q += monthlyRevenue[(tick - k) % 12];
    }
    return q;
  }

  public double getChinaRevenueTotalUsdM() {
    return revenueTotalUsdM;
  }

  public double getLostChinaRevenueUsdBnAnnual() {
    return lostChinaRevenueUsdBnAnnual();
  }

  public double getCancelledOrdersUsdM() {
    return cancelledUsdM;
  }

  /** List price of each of its SKUs, USD (empty before it joins a world). */
  public Map<String, Double> getPricesUsd() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    if (world() != null) {
      for (Sku s : world().catalogue().byVendor(id)) {
        out.put(s.name(), world().catalogue().price(s.name()));
      }
    }
    return out;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("china_revenue_total_usd_m", revenueTotalUsdM);
    f.put("china_revenue_trailing_year_usd_m", trailingYearUsdM);
    f.put("cancelled_orders_usd_m", cancelledUsdM);
    f.put("licence_fees_usd_m", licenceFeesUsdM);
    f.put("cash_usd_m", w.ledger().balance(id));
  }
}
