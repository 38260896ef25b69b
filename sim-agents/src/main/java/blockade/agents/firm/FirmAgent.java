package blockade.agents.firm;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.ChipBuyer;
import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.Phase;
import blockade.core.engine.PowerUser;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.ExchangeParticipant;
import blockade.core.market.Location;
import blockade.core.market.Sku;
import blockade.core.observe.Metrics;
import blockade.core.random.Draws;
import blockade.core.policy.OffshorePolicy;
import java.util.EnumSet;
import java.util.Map;

/**
 * An AI firm (incumbent) or startup (DESIGN §2.2–2.3). Each month it works out its demand, buys
 * the chips with the best effective compute per dollar (its own software efficiency included),
 * stockpiles when a ban is announced, may go offshore, migrates frameworks in slices, trades
 * compute on the exchange, then trains and serves. Its parts are the small classes next to it:
 * the {@link CapacityView} of its chips made once in each phase, its {@link MigrationState}, its
 * {@link ExchangeDesk}, its {@link OffshorePresence}, its {@link Fleet}, and the rules.
 */
public class FirmAgent extends BaseAgent implements ChipBuyer, FleetHolder, FirmView, PowerUser, ExchangeParticipant {
  private final boolean startup;
  private final FirmConfig cfg;
  private final FirmBehaviourConfig beh;
  private final Finance finance;
  private final OffshorePresence offshore;
  private final MigrationState migration;
  private final ExchangeDesk desk;
  private final ChipProcurement procurement;
  private final Fleet fleet = new Fleet();
  private final double[] trainingHistory;
  private final int joinTick;

  private final MonthPath capexPath;
  private final double capexScale;
  /** The budget's counterfactual fleet: {H100e bought at uncontrolled US prices, tick it retires}. */
  private final java.util.List<double[]> wantedCohorts = new java.util.ArrayList<>();
  private double wanted;
  private double chipBudgetUsdM;
  private double backerPaidUsdM;
  /** From the services market this month: users' need and the allocation, H100e; price, USD per H100e-month. */
  private double userNeedH100e;
  private double marketServeH100e;
  private double priceUsdPerH100eMonth;
  private double trainDemand;
  private double inferDemand;
  private double unmet;
  private double served;
  private double trainingCompute;
  private double revenueUsdM;
  private double capability = Double.NaN;
  private boolean listed;
  private boolean alive = true;

  public FirmAgent(String id, boolean startup, FirmConfig cfg, FirmBehaviourConfig beh, Finance finance, World world) {
    super(id, startup ? "startup" : "incumbent", EnumSet.of(Phase.DECIDE, Phase.OPERATE));
    this.startup = startup;
    this.cfg = cfg;
    this.beh = beh;
    this.finance = finance;
    this.offshore = new OffshorePresence(beh);
    this.migration = new MigrationState(beh, cfg.frameworkShare());
    this.desk = new ExchangeDesk(id);
    this.procurement = new ChipProcurement(id, cfg, beh, fleet, offshore);
    this.trainingHistory = new double[world.frontier().config().capabilityWindowMonths()];
    this.joinTick = world.tick();
    this.capexPath = new MonthPath(cfg.aiCapexUsdMPerYear());
    this.capexScale = cfg.aiCapexLogSd() > 0 ? Draws.lognormal(world.stream(id + "/capex"), 1, cfg.aiCapexLogSd()) : 1;
    fleet.installInitial(cfg.initialFleet(), world);
    // the counterfactual fleet starts as the real one and retires with it
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(cfg.initialFleet()).entrySet()) {
      Sku sku = world.catalogue().get(e.getKey());
      wantedCohorts.add(new double[] {e.getValue() * sku.trainPerf(), world.tick() - 12 + sku.serviceLifeMonths()});
    }
  }

  // ---------------------------------------------------------------- Agent

  @Override
  public boolean active() {
    return alive;
  }

  public FirmConfig config() {
    return cfg;
  }

  /** The decision parameters of its kind. */
  public FirmBehaviourConfig behaviour() {
    return beh;
  }

  @Override
  public void step(Phase phase, World w) {
    if (phase == Phase.DECIDE) {
      decide(w);
    } else if (phase == Phase.OPERATE) {
      operate(w);
    }
  }

  /** The firm's chips as effective compute now (deployed fleet, software efficiencies, offshore rule). */
  private CapacityView capacityView(World w) {
    double fs = migration.frameworkShare();
    return CapacityView.of(fleet.deployed(), w.ecosystem().domesticEfficiency(fs), w.ecosystem().domesticServingEfficiency(fs), offshoreUsable(w));
  }

  /** Share of its compute the firm keeps for training (its own override, else its kind's). */
  double trainingShare() {
    return cfg.trainingShare() != null ? cfg.trainingShare() : beh.trainingShare();
  }

  /** Precautionary reserve, USD millions: months of running costs kept before buying compute. */
  double reserveUsdM() {
    return startup ? beh.reserveMonthsOfBurn() * cfg.burnUsdMPerMonth() : 0;
  }

  /** This month's AI capex from the parent's path, USD millions (0 without a path). */
  double capexUsdMThisMonth(World w) {
    return capexPath.at(w.calendar().month(w.tick())) * capexScale / 12;
  }

  /**
   * Money for chips this month, USD millions (DESIGN §2.2 step 1): incumbents, the chip share of
   * their AI capex; startups, spendable cash (above the reserve) paced over the target runway;
   * both plus the reinvested share of last month's AI revenue.
   */
  private double chipBudget(World w) {
    double base;
    if (startup) {
      base = Math.max(0, w.ledger().balance(id) - reserveUsdM()) / beh.targetRunwayMonths();
    } else {
      base = capexUsdMThisMonth(w) * beh.chipShareOfCapex();
    }
    return base + beh.revenueReinvestShare() * revenueUsdM;
  }

  /**
   * USD per H100e of the best US chip on sale with no export controls (list price over training
   * throughput), and that chip; null when none is on sale.
   */
  static Sku bestUncontrolledUsSku(World w) {
    Sku best = null;
    for (Sku s : w.catalogue().all()) {
      if (s.isUs() && s.onSale(w.tick()) && s.trainPerf() > 0
          && (best == null || s.priceUsd() / s.trainPerf() < best.priceUsd() / best.trainPerf())) {
        best = s;
      }
    }
    return best;
  }

  /** Adds this month's budget to the counterfactual fleet and returns its live size, H100e. */
  private double updateWanted(World w) {
    int t = w.tick();
    chipBudgetUsdM = chipBudget(w);
    Sku best = bestUncontrolledUsSku(w);
    if (best != null && chipBudgetUsdM > 0) {
      wantedCohorts.add(new double[] {chipBudgetUsdM * 1e6 / (best.priceUsd() / best.trainPerf()), t + best.serviceLifeMonths()});
    }
    double sum = 0;
    for (java.util.Iterator<double[]> it = wantedCohorts.iterator(); it.hasNext(); ) {
      double[] c = it.next();
      if (c[1] <= t) {
        it.remove();
      } else {
        sum += c[0];
      }
    }
    return sum;
  }

  private static boolean offshoreUsable(World w) {
    return w.regime().at(w.tick()).offshore() != OffshorePolicy.CLOSED;
  }

  private boolean usable(Cohort c, World w) {
    return c.location == Location.DOMESTIC || offshoreUsable(w);
  }

  // ---------------------------------------------------------------- DECIDE

  private void decide(World w) {
    int t = w.tick();
    desk.newMonth();
    listed = w.regime().listed(id, t); // the regulator publishes the listing event
    // wanted compute: what the budget would buy at uncontrolled US prices; serving follows users
    wanted = updateWanted(w);
    inferDemand = Math.min(userNeedH100e, (1 - trainingShare()) * wanted);
    trainDemand = wanted - inferDemand;
    // nothing in DECIDE changes the deployed fleet or the firm's efficiency: one view serves it all
    CapacityView view = capacityView(w);
    procurement.procure(w, view, trainDemand, inferDemand, trainingShare(), () -> cashFree(w));
    if (cfg.offshoreCapable()) {
      offshore.consider(w, id, fleet, listed, cashFree(w));
    }
    considerMigration(w);
    postExchangeOrders(w, view);
  }

  private double cashFree(World w) {
    double cash = w.ledger().balance(id);
    return Math.max(0, cash * (1 - beh.cashReserveShare()) - reserveUsdM() - w.chipMarket().committedUsdM(id));
  }

  private void considerMigration(World w) {
    if (migration.underway()) {
      return;
    }
    double dom = fleet.h100e(c -> c.location == Location.DOMESTIC && !c.sku.isUs());
    double home = fleet.h100e(c -> c.location == Location.DOMESTIC);
    double domShare = home > 0 ? dom / home : 0;
    double mandate = cfg.stateLinked() ? w.chinaPolicy().domesticShareStateLinked() : 0;
    migration.consider(w, id, domShare, mandate, fleetH100e(), () -> cashFree(w));
  }

  private void postExchangeOrders(World w, CapacityView view) {
    double reserve = ExchangeDesk.reservePrice(view,
        sku -> w.power().monthlyCostUsd(sku.powerKw(), !sku.isUs()) + w.catalogue().price(sku.name()) / sku.serviceLifeMonths(),
        w.exchange().config().reserveMarkup());
    for (ExchangeOrder ask : desk.asks(reserve, w.exchange().config().idleOfferShare())) {
      w.exchange().post(ask);
    }
    ExchangeOrder bid = desk.bid(trainDemand, inferDemand, view.ownCapacity(), startup ? w.chinaPolicy().voucherShare() : 0,
        beh.computeValueUsdPerH100eMonth(), () -> cashFree(w));
    if (bid != null) {
      w.exchange().post(bid);
    }
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
  public void onFill(AuctionResult.Fill fill) {
    desk.onFill(fill);
  }

  // ---------------------------------------------------------------- OPERATE

  private void operate(World w) {
    int t = w.tick();
    fleet.retire(t, w.chips());
    offshore.operate(w, id, fleet);
    // the fleet is settled for the month (funding below does not change it): one view for OPERATE
    CapacityView view = capacityView(w);
    trainAndServe(w, view);
    finance.fund(this, w);
    payCosts(w, view);
    migration.advance(w, id);
    if (startup && finance.failed(this, w)) {
      finance.exit(this, w);
      alive = false;
    }
  }

  private void trainAndServe(World w, CapacityView view) {
    int t = w.tick();
    // serving takes what the market gave the firm's users, up to what the training share leaves
    ServeTrainRule.Split split = ServeTrainRule.split(view.home(), marketServeH100e, view.offshoreTrain(), trainingShare());
    served = split.served();
    double trainCap = split.training();
    double productivity = migration.productivity();
    double ownTrain = Math.max(0, trainCap - desk.sold());
    trainingCompute = ownTrain * productivity + desk.rented();
    desk.recordIdle(trainCap, trainDemand, view.offshoreTrain());
    unmet = Math.max(0, trainDemand - trainingCompute) + Math.max(0, inferDemand - served);
    trainingHistory[t % trainingHistory.length] = trainingCompute * w.frontier().algorithmicEfficiency(t) * cfg.algorithmicMultiplier();
    double sum = 0;
    for (double v : trainingHistory) {
      sum += v;
    }
    capability = sum > 0 ? StrictMath.log10(sum) : Double.NaN;
    revenueUsdM = served * priceUsdPerH100eMonth / 1e6;
    w.ledger().inject("ai-revenue", id, revenueUsdM);
  }

  private void payCosts(World w, CapacityView view) {
    double electricity = 0;
    double offshoreMultiplier = offshore.opexMultiplier();
    for (CapacityView.Line c : view.lines()) {
      if (c.location() == Location.DOMESTIC) {
        electricity += c.units() * w.power().monthlyCostUsd(c.sku().powerKw(), !c.sku().isUs());
      } else {
        electricity += w.power().offshoreMonthlyCostUsd(c.units() * c.sku().powerKw()) * offshoreMultiplier;
      }
    }
    double cash = w.ledger().balance(id);
    double bill = electricity / 1e6;
    w.ledger().spend(id, "electricity", Math.min(cash, bill));
    cash = w.ledger().balance(id);
    w.ledger().spend(id, "salaries", Math.min(cash, cfg.burnUsdMPerMonth()));
  }

  // ---------------------------------------------------------------- services market (DESIGN §2.9)

  /**
   * What the firm brings to this month's services market: its capability, its serving unit cost
   * (chips' list price over their service life plus energy, per effective serving H100e-month of
   * its home chips; the rental value when it has none) and its serving capacity (what the training
   * share leaves of its home chips' effective inference), from the fleet as it stands.
   */
  ServicesMarketAgent.Quote servicesQuote(World w) {
    CapacityView view = capacityView(w);
    double cost = 0;
    for (CapacityView.Line l : view.lines()) {
      if (l.location() == Location.DOMESTIC) {
        cost += l.units() * (w.catalogue().price(l.sku().name()) / l.sku().serviceLifeMonths()
            + w.power().monthlyCostUsd(l.sku().powerKw(), !l.sku().isUs()));
      }
    }
    double infer = view.homeInfer();
    double unitCost = infer > 0 ? cost / infer : beh.computeValueUsdPerH100eMonth();
    return new ServicesMarketAgent.Quote(capability, unitCost, (1 - trainingShare()) * infer);
  }

  /**
   * The market's answer: users' need at uncapped share and the allocation within capacity, both
   * in effective serving H100e, at a price in USD per H100e-month.
   */
  void servicesResult(double needH100e, double allocatedH100e, double priceUsd) {
    userNeedH100e = needH100e;
    marketServeH100e = allocatedH100e;
    priceUsdPerH100eMonth = priceUsd;
  }

  /** USD millions the backer has put in so far. */
  double backerPaidUsdM() {
    return backerPaidUsdM;
  }

  void addBackerPaid(double usdM) {
    backerPaidUsdM += usdM;
  }

  /** Leaves the market: chips go to the given taker (secondary market), pending orders are dropped. */
  public Map<Sku, Long> liquidate() {
    alive = false;
    return fleet.liquidate();
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
    return migration.frameworkShare();
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
    return migration.lossMonths();
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

  // ---------------------------------------------------------------- inspector properties (read-only)

  public double getFleetH100e() {
    return fleetH100e();
  }

  /** Deployed chips by SKU, units, home and offshore. */
  public Map<String, Long> getDeployedUnitsBySku() {
    return fleet.deployedUnitsBySku();
  }

  /** Deployed nominal H100e by location ("home", "offshore"). */
  public Map<String, Double> getFleetH100eByLocation() {
    return Map.of("home", fleet.h100e(c -> c.location == Location.DOMESTIC),
        "offshore", fleet.h100e(c -> c.location == Location.OFFSHORE));
  }

  /** Chips held but not deployed, by SKU, units, home and offshore. */
  public Map<String, Long> getInventoryUnitsBySku() {
    return fleet.inventoryUnitsBySku();
  }

  public long getInventoryUnits() {
    return fleet.inventoryUnits();
  }

  public double getFrameworkShare() {
    return migration.frameworkShare();
  }

  public double getCapability() {
    return capability;
  }

  public int getOffshoreSites() {
    return offshore.sites();
  }

  public boolean isEntityListed() {
    return listed;
  }

  public double getDemandH100e() {
    return demandH100e();
  }

  public double getUnmetH100e() {
    return unmet;
  }

  /** Wanted compute: the fleet this month's and past budgets would have bought at uncontrolled US prices, H100e. */
  public double getWantedH100e() {
    return wanted;
  }

  /** Money for chips this month, USD millions. */
  public double getChipBudgetUsdM() {
    return chipBudgetUsdM;
  }

  /** Effective training compute this month (own chips × productivity + rented), H100e-months. */
  public double getTrainingComputeH100e() {
    return trainingCompute;
  }

  /** Effective serving compute used this month, H100e. */
  public double getServedH100e() {
    return served;
  }

  /** Price of its AI services, USD per effective H100e-month served. */
  public double getServicesPriceUsdPerH100eMonth() {
    return priceUsdPerH100eMonth;
  }

  /** AI revenue this month, USD millions. */
  public double getAiRevenueUsdM() {
    return revenueUsdM;
  }

  public int getMigrationMonthsLeft() {
    return migration.monthsLeft();
  }

  /** Equity state funds hold in the firm, USD millions (from the ledger). */
  public double getStateInvestmentUsdM() {
    return world() == null ? 0 : StateEquity.heldBy(world().ledger(), id);
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    FleetSnapshot s = fleet(w);
    f.put("active", alive ? 1 : 0);
    f.put("cash_usd_m", w.ledger().balance(id));
    f.put("fleet_h100e", fleetH100e());
    f.put("domestic_chips_h100e", s.domesticChipsH100e());
    f.put("us_chips_h100e", s.usChipsH100e());
    f.put("offshore_h100e", s.offshoreH100e());
    f.put("deployed_units", s.deployedUnits());
    f.put("inventory_units", s.inventoryUnits());
    f.put("framework_share", migration.frameworkShare());
    f.put("capability", capability);
    f.put("demand_h100e", demandH100e());
    f.put("unmet_h100e", unmet);
    f.put("entity_listed", listed ? 1 : 0);
    f.put("offshore_sites", offshore.sites());
    f.put("state_investment_usd_m", StateEquity.heldBy(w.ledger(), id));
  }
}
