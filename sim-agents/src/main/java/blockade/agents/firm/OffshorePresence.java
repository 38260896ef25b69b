package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.market.Location;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.policy.OffshorePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A firm's datacenters abroad (DESIGN §2.2.4): when to commit to a site (controls bind at home for
 * some months while a better US chip may still go offshore), whether to build or lease it, how much
 * room its sites have, deployment into them, and the events when a site comes on line or a closed
 * offshore rule strands them.
 */
final class OffshorePresence implements java.io.Serializable {
  private final FirmBehaviourConfig beh;
  private final List<OffshoreSite> sites = new ArrayList<>();
  private int bindingMonths;
  private boolean stranded;

  OffshorePresence(FirmBehaviourConfig beh) {
    this.beh = beh;
  }

  int sites() {
    return sites.size();
  }

  private double readyKw(int tick) {
    double kw = 0;
    for (OffshoreSite s : sites) {
      if (s.ready(tick)) {
        kw += s.mw * 1000;
      }
    }
    return kw;
  }

  /** Whether the offshore rule lets firms use chips in offshore sites now (it is not closed). */
  static boolean usable(BuyerPort w) {
    return w.regime().at(w.tick()).offshore() != blockade.core.policy.OffshorePolicy.CLOSED;
  }

  /** Power still free in ready sites after deployed, stored and ordered chips, kW. */
  double freeKw(BuyerPort w, String firm, Fleet fleet) {
    double cap = readyKw(w.tick());
    if (cap <= 0 || w.regime().at(w.tick()).offshore() == OffshorePolicy.CLOSED) {
      return 0;
    }
    double pue = w.power().pue();
    double used =
        fleet.deployedKw(Location.OFFSHORE, pue) + fleet.inventoryKw(Location.OFFSHORE, pue);
    for (Shipment s : w.chipMarket().pendingFor(firm)) {
      if (s.order().location() == Location.OFFSHORE) {
        used += w.catalogue().get(s.order().sku()).powerKw() * pue * s.units();
      }
    }
    return Math.max(0, cap - used);
  }

  /**
   * Commits to a new site when controls have bound long enough: the best US training chip the firm
   * may buy at home is {@code offshoreTriggerShare} below the best it could buy offshore, for
   * {@code offshoreBindingMonths} months. Builds if it can pay the capex twice over, else leases
   * (faster, no capex, dearer to run: FT 2025 on leases in Singapore/Malaysia).
   */
  void consider(BuyerPort w, String firm, Fleet fleet, boolean listed, double cashFreeUsdM) {
    int t = w.tick();
    if (listed
        || w.regime().at(t).offshore() == OffshorePolicy.CLOSED
        || sites.size() >= beh.offshoreMaxSites()) {
      return;
    }
    for (OffshoreSite s : sites) {
      if (!s.ready(t)) {
        return;
      }
    }
    if (freeKw(w, firm, fleet) > 0) {
      return;
    }
    double bestHome = 0;
    double bestAbroad = 0;
    for (Sku sku : w.catalogue().all()) {
      if (!sku.isUs() || !sku.onSale(t)) {
        continue;
      }
      if (w.mayShip(sku, firm, Location.DOMESTIC)) {
        bestHome = Math.max(bestHome, sku.trainPerf());
      }
      if (w.regime().offshoreMayBuy(sku.name(), t)) {
        bestAbroad = Math.max(bestAbroad, sku.trainPerf());
      }
    }
    if (bestAbroad <= 0 || bestHome >= bestAbroad * (1 - beh.offshoreTriggerShare())) {
      bindingMonths = 0;
      return;
    }
    if (++bindingMonths < beh.offshoreBindingMonths()) {
      return;
    }
    double capex = beh.offshoreSiteCapexUsdM();
    boolean build = cashFreeUsdM >= capex * 2;
    int ready = t + (build ? beh.offshoreLeadTimeMonths() : beh.offshoreLeaseLeadTimeMonths());
    if (build) {
      w.ledger().spend(firm, "offshore-capex", capex);
    }
    sites.add(
        new OffshoreSite(
            ready, beh.offshoreSiteMw(), build ? 1 : beh.offshoreLeaseOpexMultiplier()));
    SimEvent started =
        SimEvent.of(
            EventTypes.OFFSHORE_BUILD_STARTED,
            firm,
            String.format(
                Locale.ROOT,
                "%s %.0f MW site ready %s",
                build ? "builds" : "leases",
                beh.offshoreSiteMw(),
                w.calendar().date(ready)));
    w.event(build ? started.usdM(capex) : started);
  }

  /**
   * Deploys offshore inventory into free site power and reports sites coming on line or stranded.
   */
  void operate(BuyerPort w, String firm, Fleet fleet) {
    int t = w.tick();
    boolean closed = w.regime().at(t).offshore() == OffshorePolicy.CLOSED;
    if (!closed) {
      double free = readyKw(t) - fleet.deployedKw(Location.OFFSHORE, w.power().pue());
      if (free > 0) {
        fleet.deploy(Location.OFFSHORE, free, w.power().pue(), t);
      }
    }
    for (OffshoreSite s : sites) {
      if (s.readyTick == t) {
        w.event(EventTypes.OFFSHORE_SITE_READY, firm, String.format(Locale.ROOT, "%.0f MW", s.mw));
      }
    }
    if (closed && !stranded) {
      double h = fleet.h100e(c -> c.location == Location.OFFSHORE);
      if (h > 0 || !sites.isEmpty()) {
        w.event(
            SimEvent.of(
                    EventTypes.OFFSHORE_STRANDED,
                    firm,
                    String.format(
                        Locale.ROOT,
                        "%d sites, %.0f H100e unusable under the closed offshore rule",
                        sites.size(),
                        h))
                .units(h));
      }
    }
    stranded = closed;
  }

  /**
   * Running-cost multiplier of the offshore fleet: capacity-weighted over owned and leased sites.
   */
  double opexMultiplier() {
    double mw = 0;
    double weighted = 0;
    for (OffshoreSite s : sites) {
      mw += s.mw;
      weighted += s.mw * s.opexMultiplier;
    }
    return mw > 0 ? weighted / mw : 1;
  }
}
