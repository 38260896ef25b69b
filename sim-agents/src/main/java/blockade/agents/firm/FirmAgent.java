package blockade.agents.firm;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.CapabilityRule;
import blockade.core.engine.ChipBuyer;
import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.Phase;
import blockade.core.engine.Port;
import blockade.core.engine.PowerUser;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.ExchangeParticipant;
import blockade.core.market.Location;
import blockade.core.market.Sku;
import java.util.EnumSet;
import java.util.Map;

/**
 * An AI firm (incumbent) or startup (DESIGN §2.2–2.3). Each month it works out its demand, buys the
 * chips with the best effective compute per dollar (its own software efficiency included),
 * stockpiles when a ban is announced, may go offshore, migrates frameworks in slices, trades
 * compute on the exchange, then trains and serves. Its parts are the small classes next to it: the
 * {@link CapacityView} of its chips made once in each phase, its {@link MigrationState}, its {@link
 * ExchangeDesk}, its {@link OffshorePresence}, its {@link Fleet}, and the rules.
 */
public class FirmAgent extends BaseAgent
    implements ChipBuyer,
        FleetHolder,
        FirmView,
        PowerUser,
        ExchangeParticipant,
        blockade.core.engine.Exiting,
        blockade.agents.talent.TalentEmployer,
        sim.util.Proxiable {
  private final boolean startup;
  private final FirmConfig cfg;
  private final FirmBehaviourConfig beh;
  private final Finance finance;
  private final OffshorePresence offshore;
  final MigrationState migration; // read by FirmProperties
  private final ExchangeDesk desk;
  private final ChipProcurement procurement;
  final Fleet fleet = new Fleet(); // read by FirmProperties
  private final CapabilityRule capabilityRule;
  private final int joinTick;
  final FirmBudget budget; // read by FirmProperties
  double wanted; // read by FirmProperties
  private final ServicesAccount services = new ServicesAccount();
  final blockade.agents.talent.Staff staff = new blockade.agents.talent.Staff();
  private double trainDemand;

  private double inferDemand;
  private double unmet;
  double served; // read by FirmProperties
  double trainingCompute; // read by FirmProperties
  private double revenueUsdM;
  private double capability = Double.NaN;
  private ComputeUse use = ComputeUse.NONE;
  private boolean listed;
  private boolean alive = true;

  public FirmAgent(
      String id,
      boolean startup,
      FirmConfig cfg,
      FirmBehaviourConfig beh,
      Finance finance,
      BuyerPort world) {
    super(id, startup ? "startup" : "incumbent", EnumSet.of(Phase.DECIDE, Phase.OPERATE));
    this.startup = startup;
    this.cfg = cfg;
    this.beh = beh;
    this.finance = finance;
    this.offshore = new OffshorePresence(beh);
    this.migration = new MigrationState(beh, cfg.frameworkShare());
    this.desk = new ExchangeDesk(id);
    this.procurement = new ChipProcurement(id, cfg, beh, fleet, offshore);
    this.capabilityRule = new CapabilityRule(world.frontier());
    this.joinTick = world.tick();
    this.budget = new FirmBudget(id, cfg, world);
    fleet.installInitial(cfg.initialFleet(), world);
  }

  // ---------------------------------------------------------------- Agent

  @Override
  public boolean active() {
    return alive;
  }

  public FirmConfig config() {
    return cfg;
  }

  public FirmBehaviourConfig behaviour() { // the decision parameters of its kind
    return beh;
  }

  @Override
  public void step(Phase phase, World w) {
    act(phase, w);
  }

  /** One phase, seeing only the buyer's port. */
  void act(Phase phase, BuyerPort w) {
    switch (phase) {
      case DECIDE -> {
        MarketResults.read(w, id, services, staff);
        decide(w);
      }
      case OPERATE -> operate(w);
      default -> {}
    }
  }

  /** The firm's chips as effective compute now (fleet, software efficiencies, offshore rule). */
  private CapacityView capacityView(BuyerPort w) {
    double fs = migration.frameworkShare();
    return fleet.view(
        w.ecosystem().domesticEfficiency(fs),
        w.ecosystem().domesticServingEfficiency(fs),
        OffshorePresence.usable(w));
  }

  /** Share of its compute the firm keeps for training (its own override, else its kind's). */
  double trainingShare() {
    return cfg.trainingShare() != null ? cfg.trainingShare() : beh.trainingShare();
  }

  /** Precautionary reserve, USD millions: months of running costs kept before buying compute. */
  double reserveUsdM() {
    return startup ? beh.reserveMonthsOfBurn() * cfg.burnUsdMPerMonth() : 0;
  }

  // ---------------------------------------------------------------- DECIDE

  private void decide(BuyerPort w) {
    int t = w.tick();
    desk.newMonth();
    listed = w.regime().listed(id, t); // the regulator publishes the listing event
    // wanted compute: what the budget would buy at uncontrolled US prices; serving follows users
    wanted =
        budget.update(
            w, startup, Math.max(0, w.ledger().balance(id) - reserveUsdM()), beh, revenueUsdM);
    inferDemand = Math.min(services.userNeedH100e(), (1 - trainingShare()) * wanted);
    trainDemand = wanted - inferDemand;
    // nothing in DECIDE changes the deployed fleet or the firm's efficiency: one view serves it all
    CapacityView view = capacityView(w);
    procurement.procure(
        w, view, trainDemand, inferDemand, trainingShare(), () -> cashFree(w), budget);
    if (cfg.offshoreCapable()) {
      offshore.consider(w, id, fleet, listed, cashFree(w));
    }
    considerMigration(w);
    postExchangeOrders(w, view);
  }

  private double cashFree(BuyerPort w) {
    double cash = w.ledger().balance(id);
    return Math.max(
        0, cash * (1 - beh.cashReserveShare()) - reserveUsdM() - w.chipMarket().committedUsdM(id));
  }

  private void considerMigration(BuyerPort w) {
    if (migration.underway()) {
      return;
    }
    double dom = fleet.h100e(c -> c.location == Location.DOMESTIC && !c.sku.isUs());
    double home = fleet.h100e(c -> c.location == Location.DOMESTIC);
    double domShare = home > 0 ? dom / home : 0;
    double mandate = procurement.minDomesticShare(w, fleetH100e());
    migration.consider(w, id, domShare, mandate, fleetH100e(), () -> cashFree(w));
  }

  private void postExchangeOrders(BuyerPort w, CapacityView view) {
    double reserve =
        ExchangeDesk.reservePrice(
            view,
            sku ->
                w.power().monthlyCostUsd(sku.powerKw(), !sku.isUs())
                    + w.catalogue().price(sku.name()) / sku.serviceLifeMonths(),
            w.exchange().config().reserveMarkup());
    for (ExchangeOrder ask : desk.asks(reserve, w.exchange().config().idleOfferShare())) {
      w.exchange().post(ask);
    }
    ExchangeOrder bid =
        desk.bid(
            trainDemand,
            inferDemand,
            view.ownCapacity(),
            startup ? w.chinaPolicy().voucherShare() : 0,
            beh.computeValueUsdPerH100eMonth(),
            () -> cashFree(w));
    if (bid != null) {
      w.exchange().post(bid);
    }
  }

  // ---------------------------------------------------------------- CLEAR callbacks

  @Override
  public void receive(Sku sku, long units, Location location, BuyerPort w) {
    fleet.store(sku, location, units);
  }

  @Override
  public long deployRequestKw(BuyerPort w) {
    return (long) Math.ceil(fleet.inventoryKw(Location.DOMESTIC, w.power().pue()));
  }

  @Override
  public void grantDeployKw(long kw, BuyerPort w) {
    fleet.deploy(Location.DOMESTIC, kw, w.power().pue(), w.tick());
  }

  @Override
  public void onFill(AuctionResult.Fill fill) {
    desk.onFill(fill);
  }

  // ---------------------------------------------------------------- OPERATE

  private void operate(BuyerPort w) {
    int t = w.tick();
    fleet.retire(t, w.chips());
    offshore.operate(w, id, fleet);
    // the fleet is settled for the month (funding below does not change it): one view for OPERATE
    CapacityView view = capacityView(w);
    trainAndServe(w, view);
    finance.fund(this, w);
    payCosts(w, view);
    migration.advance(w, id);
  }

  @Override
  public boolean exitDue(Port w) { // the engine carries the exit out (World.exit)
    return startup && finance.failed(this, w);
  }

  private void trainAndServe(BuyerPort w, CapacityView view) {
    int t = w.tick();
    // serving takes what the market gave the firm's users, up to what the training share leaves
    ServeTrainRule.Split split =
        ServeTrainRule.split(
            view.home(), services.allocatedH100e(), view.offshoreTrain(), trainingShare());
    served = split.served();
    double trainCap = split.training();
    double productivity = migration.productivity();
    double ownTrain = Math.max(0, trainCap - desk.sold());
    trainingCompute = ownTrain * productivity + desk.rented();
    staff.plan(trainingCompute); // the talent market staffs it next month
    use = ComputeUse.attribute(view, served, ownTrain * productivity, desk.rented());
    desk.recordIdle(trainCap, trainDemand, view.offshoreTrain());
    unmet = Math.max(0, trainDemand - trainingCompute) + Math.max(0, inferDemand - served);
    capability =
        capabilityRule.record(
            w.frontier(), t, trainingCompute * staff.factor(), cfg.algorithmicMultiplier());
    revenueUsdM = served * services.priceUsdPerH100eMonth() / 1e6;
    w.ledger().inject("ai-revenue", id, revenueUsdM);
  }

  private void payCosts(BuyerPort w, CapacityView view) {
    double electricity = 0;
    double offshoreMultiplier = offshore.opexMultiplier();
    for (CapacityView.Line c : view.lines()) {
      if (c.location() == Location.DOMESTIC) {
        electricity += c.units() * w.power().monthlyCostUsd(c.sku().powerKw(), !c.sku().isUs());
      } else {
        electricity +=
            w.power().offshoreMonthlyCostUsd(c.units() * c.sku().powerKw()) * offshoreMultiplier;
      }
    }
    w.ledger().spend(id, "electricity", Math.min(w.ledger().balance(id), electricity / 1e6));
    w.ledger().spend(id, "salaries", Math.min(w.ledger().balance(id), cfg.burnUsdMPerMonth()));
  }

  // ---------------------------------------------------------------- services market (DESIGN §2.9)

  ServicesMarketAgent.Quote servicesQuote(BuyerPort w) {
    return ServicesAccount.quote(
        w, capacityView(w), capability, trainingShare(), beh.computeValueUsdPerH100eMonth());
  }

  /** Its side of the services market (the answer, the price, what a backer paid in). */
  ServicesAccount services() {
    return services;
  }

  /** Leaves the market: chips go to the taker (secondary market), pending orders are dropped. */
  @Override
  public Map<Sku, Long> liquidate() {
    alive = false;
    return fleet.liquidate();
  }

  // ---------------------------------------------------------------- views

  @Override
  public FleetSnapshot fleet(BuyerPort w) {
    return fleet.snapshot(OffshorePresence.usable(w), w.power().pue());
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
  public double unmetTrainingH100e() {
    return Math.max(0, trainDemand - trainingCompute);
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
  public blockade.agents.talent.Staff staff() {
    return staff;
  }

  @Override
  public double talentPayCapacityUsdM() {
    return world() == null ? 0 : cashFree(world());
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

  /**
   * This month's compute by use (training, serving) and chip origin, effective H100e (set in
   * OPERATE).
   */
  public ComputeUse computeUse() {
    return use;
  }

  // ---------------------------------------------------------------- inspector (read-only)

  /** What MASON's inspectors show of this firm: {@link FirmProperties}. */
  @Override
  public Object propertiesProxy() {
    return new FirmProperties(this);
  }

  double stateInvestmentUsdM() {
    return world() == null ? 0 : StateEquity.heldBy(world().ledger(), id);
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    FirmProperties.snapshot(this, w, f);
  }
}
