package blockade.agents.fund;

import blockade.agents.firm.Fleet;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.ChipBuyer;
import blockade.core.engine.FirmView;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.FundView;
import blockade.core.engine.Phase;
import blockade.core.engine.PowerUser;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.market.ChipOrder;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.ExchangeParticipant;
import blockade.core.market.Location;
import blockade.core.market.Side;
import blockade.core.market.Sku;
import java.util.EnumSet;
import java.util.Map;

/**
 * The national computing network: state datacenters that buy domestic chips with fund money and
 * sell their capacity on the exchange at a reserve price of subsidized power plus depreciation.
 * State money builds it whatever the demand. Buyers can use it only for the batch training they run
 * on a domestic stack ({@link NetworkUse}), at their own software efficiency on domestic chips and
 * less a discount for remote sites and data transfer ({@code buyerDiscountShare}); it offers what
 * they can use in their own H100e-months. Capacity nobody buys is idle; its monthly cost counts as
 * state waste (DESIGN §2.4, §2.5).
 */
public final class ComputeNetworkAgent extends BaseAgent
    implements ChipBuyer, FleetHolder, PowerUser, ExchangeParticipant, FundView {
  public static final String ID = "national-compute-network";
  private final ComputeNetworkConfig cfg;
  private final Fleet fleet = new Fleet();
  private double sold;
  private double soldToBuyers; // this month, in the buyers' own H100e-months
  private double buyerUnitsPerOwn = 1; // buyers' H100e-months per network H100e-month
  private double wasted;
  private double idleShare;
  private double statePowerUsdM;

  public ComputeNetworkAgent(ComputeNetworkConfig cfg, BuyerPort w) {
    super(ID, "compute-network", EnumSet.of(Phase.DECIDE, Phase.OPERATE));
    this.cfg = cfg;
    fleet.installInitial(cfg.initialFleet(), w);
  }

  private double capacityH100e(BuyerPort w) {
    return capacityH100e(w.ecosystem().domesticEfficiency(cfg.customerFrameworkShare()));
  }

  /** Σ deployed units × trainPerf × eff, with eff = 1 on US chips and {@code domesticEff} else. */
  private double capacityH100e(double domesticEff) {
    double h = 0;
    for (var c : fleet.deployed()) {
      h += c.units() * c.sku().trainPerf() * (c.sku().isUs() ? 1 : domesticEff);
    }
    return h;
  }

  private double monthlyCostUsd(BuyerPort w) {
    double cost = 0;
    for (var c : fleet.deployed()) {
      cost +=
          c.units()
              * (w.power().monthlyCostUsd(c.sku().powerKw(), !c.sku().isUs())
                  + c.sku().priceUsd() / c.sku().serviceLifeMonths());
    }
    return cost;
  }

  @Override
  public void step(Phase phase, World w) {
    act(phase, w);
  }

  /** One phase, seeing only the buyer's port. */
  void act(Phase phase, BuyerPort w) {
    if (phase == Phase.DECIDE) {
      sold = 0;
      double soldLastMonth = soldToBuyers;
      soldToBuyers = 0;
      Sku sku = newestDomestic(w);
      double cash = w.ledger().balance(ID) - w.chipMarket().committedUsdM(ID);
      long units =
          sku == null
              ? 0
              : (long) Math.floor(Math.max(0, cash) * 1e6 / w.catalogue().price(sku.name()));
      if (units > 0) {
        w.chipMarket()
            .place(
                new ChipOrder(
                    ID, ID, sku.name(), sku.vendor(), units, Location.DOMESTIC, true, "network"));
      }
      NetworkUse use =
          NetworkUse.of(
              w.agents(FirmView.class),
              w.ecosystem()::domesticEfficiency,
              w.ecosystem().domesticEfficiency(cfg.customerFrameworkShare()));
      double cap = capacityH100e(w);
      // its capacity as the buyers see it: their own efficiency on its domestic chips, less the
      // remote-site discount
      double buyerCap = capacityH100e(use.efficiency()) * (1 - cfg.buyerDiscountShare());
      if (cap > 0 && buyerCap > 0) {
        buyerUnitsPerOwn = buyerCap / cap;
        // what buyers can use: their portable unmet training, plus what it sold them last month
        // (no longer unmet)
        double offer = Math.min(buyerCap, use.demandH100e() + soldLastMonth);
        double reserve =
            monthlyCostUsd(w)
                / buyerCap
                * w.exchange().config().reserveMarkup()
                * (1 - cfg.reserveSubsidyShare());
        w.exchange().post(new ExchangeOrder(ID, Side.ASK, offer, reserve, false, 0));
      }
    } else if (phase == Phase.OPERATE) {
      fleet.retire(w.tick(), w.chips());
      double cap = capacityH100e(w);
      idleShare = cap > 0 ? Math.max(0, 1 - sold / cap) : 0;
      wasted += idleShare * monthlyCostUsd(w) / 1e6;
      double bill = 0;
      for (var c : fleet.deployed()) {
        bill += c.units() * w.power().monthlyCostUsd(c.sku().powerKw(), !c.sku().isUs());
      }
      // the network's power is paid from its revenue; the state budget pays the rest
      double shortfall = Math.max(0, bill / 1e6 - w.ledger().balance(ID));
      w.ledger().inject("state-budget", ID, shortfall);
      statePowerUsdM += shortfall;
      w.ledger().spend(ID, "electricity", bill / 1e6);
    }
  }

  /** The network buys the newest domestic accelerator on sale. */
  private static Sku newestDomestic(BuyerPort w) {
    Sku best = null;
    for (Sku s : w.catalogue().all()) {
      if (!s.isUs()
          && s.onSale(w.tick())
          && (best == null || s.releaseTick() > best.releaseTick())) {
        best = s;
      }
    }
    return best;
  }

  @Override
  public void receive(Sku sku, long units, Location location, BuyerPort w) {
    fleet.store(sku, location, units);
  }

  @Override
  public long deployRequestKw(BuyerPort w) {
    return (long) Math.ceil(fleet.inventoryKw(Location.DOMESTIC, w.power().facilityKwPerChipKw()));
  }

  @Override
  public void grantDeployKw(long kw, BuyerPort w) {
    fleet.deploy(Location.DOMESTIC, kw, w.power().facilityKwPerChipKw(), w.tick());
  }

  @Override
  public void onFill(AuctionResult.Fill fill) {
    if (fill.side() == Side.ASK) {
      soldToBuyers += fill.quantity();
      sold += fill.quantity() / buyerUnitsPerOwn; // back to the network's own H100e-months
    }
  }

  @Override
  public FleetSnapshot fleet(BuyerPort w) {
    double dom = fleet.h100e(c -> !c.sku().isUs());
    double us = fleet.h100e(c -> c.sku().isUs());
    return new FleetSnapshot(
        dom,
        us,
        0,
        fleet.deployedUnits(),
        fleet.inventoryUnits(),
        fleet.deployedKw(Location.DOMESTIC, w.power().facilityKwPerChipKw()));
  }

  @Override
  public double disbursedUsdM() {
    return 0; // counted by the funds that pay in
  }

  @Override
  public double wastedUsdM() {
    return wasted;
  }

  @Override
  public double equityUsdM() {
    return 0;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  public double getFleetH100e() {
    return fleet.h100e(c -> true);
  }

  public long getInventoryUnits() {
    return fleet.inventoryUnits();
  }

  /** Share of its capacity nobody bought last month. */
  public double getIdleShare() {
    return idleShare;
  }

  public double getWastedUsdM() {
    return wasted;
  }

  public double getStatePowerBillUsdM() {
    return statePowerUsdM;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("fleet_h100e", fleet.h100e(c -> true));
    f.put("idle_share", idleShare);
    f.put("wasted_usd_m", wasted);
    f.put("state_power_bill_usd_m", statePowerUsdM);
    f.put("cash_usd_m", w.ledger().balance(ID));
  }
}
