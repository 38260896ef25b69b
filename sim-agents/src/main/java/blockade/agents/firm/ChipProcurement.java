package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.policy.ExportRegime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.DoubleSupplier;

/**
 * A firm's chip buying (DESIGN §2.2.1–2.2.3): the offers it sees from every channel, valued with
 * its own software efficiency, risk and guidance; the gap between demand and what its chips
 * (deployed, stored and on order) will deliver; the orders {@link ProcurementRule} picks within a
 * paced budget; and stockpiling ahead of an announced ban ({@link StockpileRule}), measured against
 * a slow moving average of its usual monthly purchases ({@link UsualPurchases}).
 */
final class ChipProcurement implements java.io.Serializable {
  private final String id;
  private final FirmConfig cfg;
  private final FirmBehaviourConfig beh;
  private final Fleet fleet;
  private final OffshorePresence offshore;
  private final UsualPurchases usual = new UsualPurchases();
  private final Map<String, Long> stockpiled = new LinkedHashMap<>();

  /** The firm's propensity to follow China's guidance, U(0,1), drawn once from its own stream. */
  private double compliancePropensity = Double.NaN;

  ChipProcurement(
      String id, FirmConfig cfg, FirmBehaviourConfig beh, Fleet fleet, OffshorePresence offshore) {
    this.id = id;
    this.cfg = cfg;
    this.beh = beh;
    this.fleet = fleet;
    this.offshore = offshore;
  }

  /**
   * What the firm's chips — deployed and usable, in inventory, and on order — would deliver once
   * deployed, split by {@link ServeTrainRule}: serving first with inference-strong chips, up to
   * what the training share leaves. Offshore chips only train.
   */
  private ServeTrainRule.Split plannedCapacity(
      BuyerPort w, CapacityView view, double inferDemand, double trainingShare) {
    List<double[]> home = new ArrayList<>(view.home());
    double offshoreTrain = view.offshoreTrain();
    for (Location loc : Location.values()) {
      for (Map.Entry<Sku, long[]> e : fleet.inventory(loc).entrySet()) {
        if (loc == Location.OFFSHORE) {
          offshoreTrain += e.getValue()[0] * e.getKey().trainPerf() * view.efficiency(e.getKey());
        } else {
          home.add(view.perf(e.getKey(), e.getValue()[0]));
        }
      }
    }
    for (Shipment s : w.chipMarket().pendingFor(id)) {
      Sku sku = w.catalogue().get(s.order().sku());
      if (s.order().location() == Location.OFFSHORE) {
        offshoreTrain += s.units() * sku.trainPerf() * view.efficiency(sku);
      } else {
        home.add(view.perf(sku, s.units()));
      }
    }
    return ServeTrainRule.split(
        home, inferDemand * (1 + beh.headroomShare()), offshoreTrain, trainingShare);
  }

  /**
   * Whether China's procurement guidance binds this firm now: state-linked firms (state-funded
   * datacenters) always; others when their deployed fleet (H100e on paper, home and offshore: the
   * one size measure of the guidance and the migration mandate) reaches the coverage threshold and
   * their propensity to comply, drawn once from a stream keyed by the policy-maker and the firm (so
   * it does not depend on which other firms exist), is below the share that complies.
   */
  boolean guided(BuyerPort w, double fleetH100e) {
    if (cfg.stateLinked()) {
      return true;
    }
    if (Double.isNaN(compliancePropensity)) {
      compliancePropensity = w.streams("china-policy", "guidance").about(id).nextDouble();
    }
    var p = w.chinaPolicy();
    return fleetH100e >= p.coverageMinH100e() && compliancePropensity < p.complianceShare();
  }

  /** Minimum domestic share of this month's purchases under China's guidance. */
  double minDomesticShare(BuyerPort w, double fleetH100e) {
    var p = w.chinaPolicy();
    double stateLinked = cfg.stateLinked() ? p.domesticShareStateLinked() : 0;
    double covered = guided(w, fleetH100e) ? p.domesticShareCovered() : 0;
    return Math.max(stateLinked, covered);
  }

  private List<Offer> offers(BuyerPort w, CapacityView view) {
    List<Offer> out = new ArrayList<>();
    boolean guided = guided(w, fleet.h100e(c -> true));
    ExportRegime.State regime = w.regime().at(w.tick());
    double riskFactor = Math.max(0.05, 1 - beh.usRiskAversion() * Math.max(0, regime.level()));
    List<Location> locations = new ArrayList<>();
    locations.add(Location.DOMESTIC);
    double freeKw = offshore.freeKw(w, id, fleet);
    if (freeKw > 0) {
      locations.add(Location.OFFSHORE);
    }
    for (BuyerPort.LocatedQuote lq : w.quotes(id, locations)) {
      Location loc = lq.location();
      Quote q = lq.quote();
      Sku sku = q.sku();
      double factor = q.deliveryProbability();
      if (q.smuggled()) {
        factor *= 1 - beh.greyMarketPenalty();
      }
      if (sku.isUs() && !q.smuggled()) {
        // the risk of future US bans weighs on legal purchases only; smuggled chips carry
        // their own legal risk (greyMarketPenalty) and seizures
        factor *= riskFactor;
        if (guided && w.chinaPolicy().forbidden(sku.name())) {
          continue;
        }
        if (guided && w.chinaPolicy().discouraged(sku.name())) {
          factor *= 1 - w.chinaPolicy().discouragedPenalty();
        }
      }
      long max = q.maxUnits();
      if (loc == Location.OFFSHORE) {
        long fit = (long) Math.floor(freeKw / (sku.powerKw() * w.power().pue()));
        max = max > 0 ? Math.min(max, fit) : fit;
        if (max <= 0) {
          continue;
        }
      }
      double monthlyOpex =
          loc == Location.OFFSHORE
              ? w.power().offshoreMonthlyCostUsd(sku.powerKw())
              : w.power().monthlyCostUsd(sku.powerKw(), !sku.isUs());
      out.add(
          new Offer(
              sku,
              q.channel(),
              loc,
              q.unitPriceUsd(),
              view.efficiency(sku),
              monthlyOpex * sku.serviceLifeMonths(),
              factor,
              max > 0 ? max : Long.MAX_VALUE,
              q.leadTimeMonths(),
              view.servingEfficiency(sku)));
    }
    return out;
  }

  /**
   * Orders chips for this month's gap, then stockpiles US chips under an announced ban.
   *
   * @param cashFree the firm's free cash, USD millions (read when the budget is set)
   */
  void procure(
      BuyerPort w,
      CapacityView view,
      double trainDemand,
      double inferDemand,
      double trainingShare,
      DoubleSupplier cashFree,
      FirmBudget finance) {
    List<Offer> offers = offers(w, view);
    // the gap is counted per use: inference-strong chips do not close a training shortfall
    ServeTrainRule.Split planned = plannedCapacity(w, view, inferDemand, trainingShare);
    double headroom = 1 + beh.headroomShare();
    double trainGap = Math.max(0, trainDemand * headroom - planned.training());
    double inferGap = Math.max(0, inferDemand * headroom - planned.served());
    double buyShare = cfg.buyShare() != null ? cfg.buyShare() : beh.buyShare();
    double gap = (trainGap + inferGap) * buyShare / beh.gapClosingMonths();
    double trainShare = trainGap + inferGap > 0 ? trainGap / (trainGap + inferGap) : 1;
    double minDomestic = minDomesticShare(w, fleet.h100e(c -> true));
    // capex is paced like the gap: at most 1/gapClosingMonths of free cash a month
    double budget = cashFree.getAsDouble() / beh.gapClosingMonths();
    // offshore offers share the free power of the firm's sites (one budget, not one per offer)
    double pue = w.power().pue();
    ProcurementRule.SharedLimit sitePower =
        new ProcurementRule.SharedLimit(
            offshore.freeKw(w, id, fleet),
            o -> o.location() == Location.OFFSHORE ? o.sku().powerKw() * pue : 0);
    List<ProcurementRule.Line> lines =
        ProcurementRule.choose(
            offers, gap, budget, trainShare, beh.choiceSharpness(), minDomestic, sitePower);
    double spent = 0;
    for (ProcurementRule.Line l : lines) {
      place(w, l.offer(), l.units(), "procure");
      spent += l.costUsdM();
    }
    // usual monthly purchases per SKU (the stockpile baseline), once a month per SKU on offer
    int t = w.tick();
    for (Offer o : offers) {
      usual.count(lines, o.sku().name(), t);
    }
    stockpile(w, offers, Math.max(0, budget - spent), finance);
  }

  private void stockpile(BuyerPort w, List<Offer> offers, double budgetLeft, FirmBudget finance) {
    int t = w.tick();
    // its own money, then what the parent adds from its cash ahead of a ban (rushes overshoot the
    // capex plans: ≥16B USD of H20 ordered in Q1 2025 against 12–15B of H20 sales in all 2024)
    double own = Math.min(budgetLeft, w.ledger().balance(id) * beh.stockpileCashShare());
    if (!anyBanAnnounced(w)) {
      finance.endAdvanceEpisode();
    }
    double advance = finance.advanceAvailableUsdM(w, beh);
    double cap = own + advance;
    for (Offer o : offers) {
      Sku sku = o.sku();
      if (!sku.isUs() || o.location() != Location.DOMESTIC || !o.channel().equals(sku.vendor())) {
        continue;
      }
      OptionalInt eff = w.regime().announcedBan(sku.name(), t);
      if (eff.isEmpty()) {
        continue;
      }
      int lead = o.leadTimeMonths();
      long already = stockpiled.getOrDefault(sku.name(), 0L);
      long extra =
          StockpileRule.extraUnits(
              t, eff.getAsInt(), lead, usual.of(sku.name()), beh.stockpileMonths(), already);
      extra = Math.min(extra, (long) Math.floor(cap * 1e6 / o.unitPriceUsd()));
      if (extra <= 0) {
        continue;
      }
      if (already == 0) {
        w.event(
            SimEvent.of(
                    EventTypes.STOCKPILE_STARTED,
                    id,
                    sku.name() + " before ban effective " + w.calendar().date(eff.getAsInt()))
                .with(o.channel())
                .sku(sku.name())
                .units(extra)
                .usdM(extra * o.unitPriceUsd() / 1e6));
      }
      place(w, o, extra, "stockpile");
      stockpiled.put(sku.name(), already + extra);
      double cost = extra * o.unitPriceUsd() / 1e6;
      double drawn = Math.max(0, cost - own);
      if (drawn > 0) {
        w.ledger().inject("parent-stockpile-cash", id, drawn);
        finance.advanced(drawn);
      }
      own = Math.max(0, own - cost);
      cap -= cost;
    }
  }

  /** Whether a ban on some US SKU is announced and not yet in force. */
  private static boolean anyBanAnnounced(BuyerPort w) {
    for (Sku s : w.catalogue().all()) {
      if (s.isUs() && w.regime().announcedBan(s.name(), w.tick()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private void place(BuyerPort w, Offer o, long units, String reason) {
    boolean designated = cfg.stateLinked();
    w.chipMarket()
        .place(
            new ChipOrder(
                id, id, o.sku().name(), o.channel(), units, o.location(), designated, reason));
  }
}
