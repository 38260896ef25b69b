package blockade.agents.firm;

import blockade.core.engine.Agent;
import blockade.core.engine.ChipBuyer;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.Phase;
import blockade.core.engine.PowerUser;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.market.ChipOrder;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.ExchangeParticipant;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import blockade.core.market.Side;
import blockade.core.market.Sku;
import blockade.core.observe.AgentRow;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.policy.ExportRegime;
import blockade.core.policy.OffshorePolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An AI firm (incumbent) or startup (DESIGN §2.2–2.3). Each month it works out its demand, buys
 * the chips with the best effective compute per dollar (its own software efficiency included),
 * stockpiles when a ban is announced, may go offshore, migrates frameworks in slices, trades
 * compute on the exchange, then trains and serves. Its rules are the small classes next to it.
 */
public class FirmAgent implements Agent, ChipBuyer, FleetHolder, FirmView, PowerUser, ExchangeParticipant {
  private static final Set<Phase> PHASES = EnumSet.of(Phase.DECIDE, Phase.OPERATE);

  private final String id;
  private final boolean startup;
  private final FirmConfig cfg;
  private final FirmBehaviourConfig beh;
  private final Finance finance;
  private final OffshorePresence offshore;
  private final Fleet fleet = new Fleet();
  private final Map<String, Double> usualMonthlyUnits = new LinkedHashMap<>();
  private final Map<String, Long> stockpiled = new LinkedHashMap<>();
  private final double[] trainingHistory;
  private final int joinTick;

  private double frameworkShare;
  private double migratingShare;
  private int migrationMonthsLeft;
  private int slicesDone;
  private double migrationLoss;
  private double trainDemand;
  private double inferDemand;
  private double unmet;
  private double served;
  private double trainingCompute;
  private double idleLastTick;
  private double idleOffshoreLastTick;
  private double rented;
  private double sold;
  private double revenueUsdM;
  private double capability = Double.NaN;
  private boolean listed;
  private boolean alive = true;
  private double investedByStateUsdM;

  public FirmAgent(String id, boolean startup, FirmConfig cfg, FirmBehaviourConfig beh, Finance finance, World world) {
    this.id = id;
    this.startup = startup;
    this.cfg = cfg;
    this.beh = beh;
    this.finance = finance;
    this.offshore = new OffshorePresence(beh);
    this.frameworkShare = cfg.frameworkShare();
    this.trainingHistory = new double[world.frontier().config().capabilityWindowMonths()];
    this.joinTick = world.tick();
    fleet.installInitial(cfg.initialFleet(), world);
  }

  // ---------------------------------------------------------------- Agent

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return startup ? "startup" : "incumbent";
  }

  @Override
  public Set<Phase> phases() {
    return PHASES;
  }

  @Override
  public boolean active() {
    return alive;
  }

  public FirmConfig config() {
    return cfg;
  }

  @Override
  public void step(Phase phase, World w) {
    if (phase == Phase.DECIDE) {
      decide(w);
    } else if (phase == Phase.OPERATE) {
      operate(w);
    }
  }

  // ---------------------------------------------------------------- DECIDE

  private void decide(World w) {
    int t = w.tick();
    rented = 0;
    sold = 0;
    listed = w.regime().listed(id, t); // the regulator publishes the listing event
    double months = t - joinTick;
    trainDemand = cfg.trainDemandH100e() * StrictMath.pow(2, months / beh.trainDemandDoublingMonths());
    inferDemand = cfg.inferDemandH100e() * StrictMath.pow(1 + beh.inferDemandGrowthPerYear(), months / 12.0);
    procure(w);
    if (cfg.offshoreCapable()) {
      offshore.consider(w, id, fleet, listed, cashFree(w));
    }
    considerMigration(w);
    postExchangeOrders(w);
  }

  private double cashFree(World w) {
    double cash = w.ledger().balance(id);
    return Math.max(0, cash * (1 - beh.cashReserveShare()) - w.chipMarket().committedUsdM(id));
  }

  /** Effective H100e of one unit of a SKU for this firm (software efficiency included). */
  double efficiency(Sku sku, World w) {
    return sku.isUs() ? 1.0 : w.ecosystem().domesticEfficiency(frameworkShare);
  }

  /**
   * What the firm's chips — deployed and usable, in inventory, and on order — would deliver once
   * deployed, split by {@link ServeTrainRule}: serving first with inference-strong chips.
   * Offshore chips only train.
   */
  private ServeTrainRule.Split plannedCapacity(World w) {
    List<double[]> home = new ArrayList<>();
    double offshoreTrain = 0;
    for (Cohort c : fleet.deployed()) {
      if (c.location == Location.OFFSHORE) {
        offshoreTrain += usable(c, w) ? c.units * c.sku.trainPerf() * efficiency(c.sku, w) : 0;
      } else {
        home.add(perf(c.sku, c.units, w));
      }
    }
    for (Location loc : Location.values()) {
      for (Map.Entry<Sku, long[]> e : fleet.inventory(loc).entrySet()) {
        if (loc == Location.OFFSHORE) {
          offshoreTrain += e.getValue()[0] * e.getKey().trainPerf() * efficiency(e.getKey(), w);
        } else {
          home.add(perf(e.getKey(), e.getValue()[0], w));
        }
      }
    }
    for (Shipment s : w.chipMarket().pendingFor(id)) {
      Sku sku = w.catalogue().get(s.order().sku());
      if (s.order().location() == Location.OFFSHORE) {
        offshoreTrain += s.units() * sku.trainPerf() * efficiency(sku, w);
      } else {
        home.add(perf(sku, s.units(), w));
      }
    }
    return ServeTrainRule.split(home, inferDemand * (1 + beh.headroomShare()), offshoreTrain);
  }

  private double[] perf(Sku sku, long units, World w) {
    double e = efficiency(sku, w);
    return new double[] {units * sku.trainPerf() * e, units * sku.inferPerf() * e};
  }

  private boolean usable(Cohort c, World w) {
    return c.location == Location.DOMESTIC || w.regime().at(w.tick()).offshore() != OffshorePolicy.CLOSED;
  }

  List<Offer> offers(World w) {
    List<Offer> out = new ArrayList<>();
    ExportRegime.State regime = w.regime().at(w.tick());
    double riskFactor = Math.max(0.05, 1 - beh.usRiskAversion() * Math.max(0, regime.level()));
    List<Location> locations = new ArrayList<>();
    locations.add(Location.DOMESTIC);
    double freeKw = offshore.freeKw(w, id, fleet);
    if (freeKw > 0) {
      locations.add(Location.OFFSHORE);
    }
    for (ChipSupplier s : w.agents(ChipSupplier.class)) {
      for (Location loc : locations) {
        for (Quote q : s.quotes(id, loc, w)) {
          Sku sku = q.sku();
          double factor = q.deliveryProbability();
          if (q.smuggled()) {
            factor *= 1 - beh.greyMarketPenalty();
          }
          if (sku.isUs()) {
            factor *= riskFactor;
            if (w.chinaPolicy().discouraged(sku.name())) {
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
          double monthlyOpex = loc == Location.OFFSHORE
              ? sku.powerKw() * w.power().pue() * 730 * w.power().config().offshorePriceUsdPerKwh()
              : w.power().monthlyCostUsd(sku.powerKw(), !sku.isUs());
          out.add(new Offer(sku, q.channel(), loc, q.unitPriceUsd(), efficiency(sku, w),
              monthlyOpex * sku.serviceLifeMonths(), factor, max > 0 ? max : Long.MAX_VALUE, q.leadTimeMonths()));
        }
      }
    }
    return out;
  }

  private void procure(World w) {
    int t = w.tick();
    List<Offer> offers = offers(w);
    // the gap is counted per use: inference-strong chips do not close a training shortfall
    ServeTrainRule.Split planned = plannedCapacity(w);
    double headroom = 1 + beh.headroomShare();
    double trainGap = Math.max(0, trainDemand * headroom - planned.training());
    double inferGap = Math.max(0, inferDemand * headroom - planned.served());
    double buyShare = cfg.buyShare() != null ? cfg.buyShare() : beh.buyShare();
    double gap = (trainGap + inferGap) * buyShare / beh.gapClosingMonths();
    double trainShare = trainGap + inferGap > 0 ? trainGap / (trainGap + inferGap) : 1;
    double minDomestic = cfg.stateLinked() ? w.chinaPolicy().domesticShareStateLinked() : 0;
    // capex is paced like the gap: at most 1/gapClosingMonths of free cash a month
    double budget = cashFree(w) / beh.gapClosingMonths();
    List<ProcurementRule.Line> lines = ProcurementRule.choose(offers, gap, budget, trainShare, beh.choiceSharpness(), minDomestic);
    Map<String, Double> ordered = new LinkedHashMap<>();
    double spent = 0;
    for (ProcurementRule.Line l : lines) {
      place(w, l.offer(), l.units(), "procure");
      spent += l.costUsdM();
      ordered.merge(l.offer().sku().name(), (double) l.units(), Double::sum);
    }
    // usual monthly purchases per SKU: a slow moving average (the stockpile baseline)
    for (Offer o : offers) {
      String n = o.sku().name();
      double now = ordered.getOrDefault(n, 0.0);
      usualMonthlyUnits.merge(n, now, (old, x) -> 0.8 * old + 0.2 * x);
    }
    stockpile(w, offers, Math.max(0, budget - spent));
  }

  private void stockpile(World w, List<Offer> offers, double budgetLeft) {
    int t = w.tick();
    double cap = Math.min(budgetLeft, w.ledger().balance(id) * beh.stockpileCashShare());
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
      long extra = StockpileRule.extraUnits(t, eff.getAsInt(), lead, usualMonthlyUnits.getOrDefault(sku.name(), 0.0),
          beh.stockpileMonths(), already);
      extra = Math.min(extra, (long) Math.floor(cap * 1e6 / o.unitPriceUsd()));
      if (extra <= 0) {
        continue;
      }
      if (already == 0) {
        w.event(SimEvent.of(EventTypes.STOCKPILE_STARTED, id, sku.name() + " before ban effective " + w.calendar().date(eff.getAsInt()))
            .with(o.channel()).sku(sku.name()).units(extra).usdM(extra * o.unitPriceUsd() / 1e6));
      }
      place(w, o, extra, "stockpile");
      stockpiled.put(sku.name(), already + extra);
      cap -= extra * o.unitPriceUsd() / 1e6;
    }
  }

  private void place(World w, Offer o, long units, String reason) {
    boolean designated = cfg.stateLinked();
    w.chipMarket().place(new ChipOrder(id, id, o.sku().name(), o.channel(), units, o.location(), designated, reason));
  }

  private void considerMigration(World w) {
    if (migrationMonthsLeft > 0) {
      return;
    }
    double dom = fleet.h100e(c -> c.location == Location.DOMESTIC && !c.sku.isUs());
    double home = fleet.h100e(c -> c.location == Location.DOMESTIC);
    double domShare = home > 0 ? dom / home : 0;
    double mandate = cfg.stateLinked() ? w.chinaPolicy().domesticShareStateLinked() : 0;
    if (!MigrationRule.shouldStart(domShare, mandate, frameworkShare, beh.migrationTriggerGap())) {
      return;
    }
    double slice = MigrationRule.sliceShare(beh.migrationSliceShare(), frameworkShare);
    double cost = beh.migrationCostUsdMPer1000H100e() * Math.max(1, fleetH100e()) / 1000;
    if (cashFree(w) < cost) {
      return;
    }
    w.ledger().spend(id, "migration", cost);
    migratingShare = slice;
    migrationMonthsLeft = MigrationRule.delayMonths(beh.migrationBaseDelayMonths(), w.ecosystem().maturity(),
        beh.migrationExperienceFactor(), slicesDone);
    w.event(SimEvent.of(EventTypes.MIGRATION_STARTED, id, String.format(java.util.Locale.ROOT,
        "slice %.2f of workloads, %d months", slice, migrationMonthsLeft)).usdM(cost));
  }

  private void postExchangeOrders(World w) {
    double reserve = reservePrice(w);
    double offerShare = w.exchange().config().idleOfferShare();
    if (idleLastTick - idleOffshoreLastTick > 0) {
      w.exchange().post(new ExchangeOrder(id, Side.ASK, (idleLastTick - idleOffshoreLastTick) * offerShare, reserve, false, 0));
    }
    if (idleOffshoreLastTick > 0) {
      // remote access to offshore capacity: the exchange drops it unless the regime allows it
      w.exchange().post(new ExchangeOrder(id, Side.ASK, idleOffshoreLastTick * offerShare, reserve, true, 0));
    }
    // rented compute serves training only, so at most the training demand is bid for
    double shortfall = Math.min(trainDemand, Math.max(0, trainDemand + inferDemand - effectiveOwnCapacity(w)));
    if (shortfall <= 0) {
      return;
    }
    double vs = startup ? w.chinaPolicy().voucherShare() : 0;
    double value = beh.computeValueUsdPerH100eMonth();
    double affordable = cashFree(w) * 1e6 / Math.max(1, value * (1 - vs));
    double qty = Math.min(shortfall, affordable);
    if (qty > 0) {
      w.exchange().post(new ExchangeOrder(id, Side.BID, qty, value / (1 - vs), false, vs));
    }
  }

  private double effectiveOwnCapacity(World w) {
    double cap = 0;
    for (Cohort c : fleet.deployed()) {
      if (usable(c, w)) {
        cap += c.units * Math.max(c.sku.trainPerf(), c.sku.inferPerf()) * efficiency(c.sku, w);
      }
    }
    return cap;
  }

  private double reservePrice(World w) {
    double h = 0;
    double cost = 0;
    for (Cohort c : fleet.deployed()) {
      if (c.location == Location.DOMESTIC) {
        double eff = c.units * c.sku.trainPerf() * efficiency(c.sku, w);
        h += eff;
        cost += c.units * (w.power().monthlyCostUsd(c.sku.powerKw(), !c.sku.isUs())
            + w.catalogue().price(c.sku.name()) / c.sku.serviceLifeMonths());
      }
    }
    return h > 0 ? cost / h * w.exchange().config().reserveMarkup() : 0;
  }

  // ---------------------------------------------------------------- CLEAR callbacks

  @Override
  public void receive(Sku sku, long units, Location location, World w) {
    fleet.store(sku, location, units);
  }

  @Override
  public long deployRequestKw(World w) {
    return (long) Math.ceil(fleet.inventoryKw(Location.DOMESTIC, w.power().pue()));
  }

  @Override
  public void grantDeployKw(long kw, World w) {
    fleet.deploy(Location.DOMESTIC, kw, w.power().pue(), w.tick());
  }

  @Override
  public void onFill(AuctionResult.Fill fill, World w) {
    if (fill.side() == Side.BID) {
      rented += fill.quantity();
    } else {
      sold += fill.quantity();
    }
  }

  // ---------------------------------------------------------------- OPERATE

  private void operate(World w) {
    int t = w.tick();
    fleet.retire(t, w.chips());
    offshore.operate(w, id, fleet);
    trainAndServe(w);
    finance.fund(this, w);
    payCosts(w);
    advanceMigration(w);
    if (startup && finance.failed(this, w)) {
      alive = false;
    }
  }

  private void trainAndServe(World w) {
    int t = w.tick();
    List<double[]> home = new ArrayList<>();
    double trainCap = 0;
    double offshoreCap = 0;
    for (Cohort c : fleet.deployed()) {
      double e = efficiency(c.sku, w);
      if (c.location == Location.OFFSHORE) {
        if (usable(c, w)) {
          trainCap += c.units * c.sku.trainPerf() * e;
          offshoreCap += c.units * c.sku.trainPerf() * e;
        }
      } else {
        home.add(new double[] {c.units * c.sku.trainPerf() * e, c.units * c.sku.inferPerf() * e});
      }
    }
    ServeTrainRule.Split split = ServeTrainRule.split(home, inferDemand, trainCap);
    served = split.served();
    trainCap = split.training();
    double productivity = 1 - migratingShare * (1 - beh.migrationProductivity());
    migrationLoss = migrationMonthsLeft > 0 ? migratingShare * (1 - beh.migrationProductivity()) : 0;
    if (migrationMonthsLeft <= 0) {
      productivity = 1;
    }
    double ownTrain = Math.max(0, trainCap - sold);
    trainingCompute = ownTrain * productivity + rented;
    idleLastTick = Math.max(0, trainCap - sold - trainDemand);
    idleOffshoreLastTick = Math.min(idleLastTick, offshoreCap);
    unmet = Math.max(0, trainDemand - trainingCompute) + Math.max(0, inferDemand - served);
    trainingHistory[t % trainingHistory.length] = trainingCompute * w.frontier().algorithmicEfficiency(t) * cfg.algorithmicMultiplier();
    double sum = 0;
    for (double v : trainingHistory) {
      sum += v;
    }
    capability = sum > 0 ? StrictMath.log10(sum) : Double.NaN;
    revenueUsdM = served * beh.revenueUsdPerServedH100eMonth() / 1e6;
    w.ledger().inject("ai-revenue", id, revenueUsdM);
  }

  private void payCosts(World w) {
    double electricity = 0;
    double offshoreMultiplier = offshore.opexMultiplier();
    for (Cohort c : fleet.deployed()) {
      if (c.location == Location.DOMESTIC) {
        electricity += c.units * w.power().monthlyCostUsd(c.sku.powerKw(), !c.sku.isUs());
      } else {
        electricity += c.units * c.sku.powerKw() * w.power().pue() * 730 * w.power().config().offshorePriceUsdPerKwh() * offshoreMultiplier;
      }
    }
    double cash = w.ledger().balance(id);
    double bill = electricity / 1e6;
    w.ledger().spend(id, "electricity", Math.min(cash, bill));
    cash = w.ledger().balance(id);
    w.ledger().spend(id, "salaries", Math.min(cash, cfg.burnUsdMPerMonth()));
  }

  private void advanceMigration(World w) {
    if (migrationMonthsLeft <= 0) {
      return;
    }
    migrationMonthsLeft--;
    if (migrationMonthsLeft == 0) {
      frameworkShare = Math.min(1, frameworkShare + migratingShare);
      migratingShare = 0;
      slicesDone++;
      w.event(EventTypes.MIGRATION_FINISHED, id, String.format(java.util.Locale.ROOT,
          "domestic framework share now %.2f", frameworkShare));
    }
  }

  /** Leaves the market: chips go to the given taker (secondary market), pending orders are dropped. */
  public Map<Sku, Long> liquidate() {
    alive = false;
    return fleet.liquidate();
  }

  public void recordStateInvestment(double usdM) {
    investedByStateUsdM += usdM;
  }

  // ---------------------------------------------------------------- views

  @Override
  public FleetSnapshot fleet(World w) {
    double dom = fleet.h100e(c -> c.location == Location.DOMESTIC && !c.sku.isUs());
    double us = fleet.h100e(c -> c.sku.isUs() && usable(c, w));
    double off = fleet.h100e(c -> c.location == Location.OFFSHORE && usable(c, w));
    return new FleetSnapshot(dom, us, off, fleet.deployedUnits(), fleet.inventoryUnits(),
        fleet.deployedKw(Location.DOMESTIC, w.power().pue()));
  }

  @Override
  public boolean isStartup() {
    return startup;
  }

  @Override
  public double demandH100e() {
    return trainDemand + inferDemand;
  }

  @Override
  public double unmetH100e() {
    return unmet;
  }

  @Override
  public double frameworkShare() {
    return frameworkShare;
  }

  @Override
  public double capability() {
    return capability;
  }

  @Override
  public boolean entityListed() {
    return listed;
  }

  @Override
  public double migrationLossMonths() {
    return migrationLoss;
  }

  @Override
  public double aiRevenueUsdM() {
    return revenueUsdM;
  }

  @Override
  public double fleetH100e() {
    return fleet.h100e(c -> true);
  }

  @Override
  public int offshoreSites() {
    return offshore.sites();
  }

  @Override
  public AgentRow snapshot(World w) {
    Map<String, Object> f = new LinkedHashMap<>();
    FleetSnapshot s = fleet(w);
    f.put("active", alive ? 1 : 0);
    f.put("cash_usd_m", w.ledger().balance(id));
    f.put("fleet_h100e", fleetH100e());
    f.put("domestic_chips_h100e", s.domesticChipsH100e());
    f.put("us_chips_h100e", s.usChipsH100e());
    f.put("offshore_h100e", s.offshoreH100e());
    f.put("deployed_units", s.deployedUnits());
    f.put("inventory_units", s.inventoryUnits());
    f.put("framework_share", frameworkShare);
    f.put("capability", capability);
    f.put("demand_h100e", demandH100e());
    f.put("unmet_h100e", unmet);
    f.put("entity_listed", listed ? 1 : 0);
    f.put("offshore_sites", offshore.sites());
    f.put("state_investment_usd_m", investedByStateUsdM);
    return new AgentRow(id, kind(), f);
  }
}
