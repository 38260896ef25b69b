package blockade.core.engine;

import blockade.core.market.Acceptance;
import blockade.core.market.ChipMarketService;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.PurchaseChannel;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.FlowKey;
import blockade.core.observe.Metrics;
import blockade.core.observe.SimEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chip market's settlement, one engine step in CLEAR: every supplier, in id order, decides this
 * tick's orders and returns its {@link Acceptance}s, which are booked with the order book; then
 * every shipment due is checked against the export regime again, paid through the ledger (payer to
 * channel, at the agreed price, only what the payer can afford) and delivered into the buyer's
 * inventory. Suppliers, payers and buyers are told the outcome; they never call back into the
 * market. Exits use {@link #cancelFor}.
 */
public final class ChipSettlement {
  static final FlowKey SHIPMENTS_US = FlowKey.of(Metrics.SHIPMENTS_US);
  static final FlowKey SHIPMENTS_DOMESTIC = FlowKey.of(Metrics.SHIPMENTS_DOMESTIC);

  private ChipSettlement() {}

  /** The active suppliers by id, in id order. */
  static Map<String, ChipSupplier> suppliers(World world) {
    Map<String, ChipSupplier> suppliers = new LinkedHashMap<>();
    for (ChipSupplier s : world.agents(ChipSupplier.class)) {
      suppliers.put(s.id(), s);
    }
    return suppliers;
  }

  private static final FlowKey SEIZED = FlowKey.of(Metrics.SEIZED);

  /** Clears this tick's chip orders and delivers what is due. */
  static void settle(World world) {
    Map<String, ChipSupplier> suppliers = suppliers(world);
    fill(suppliers, world);
    deliverDue(suppliers, world);
  }

  /** Asks every supplier, in id order, to decide its orders, and books what it accepted. */
  static void fill(Map<String, ChipSupplier> suppliers, World world) {
    ChipMarketService market = world.chipMarket();
    int tick = world.tick();
    for (ChipSupplier s : suppliers.values()) {
      List<Acceptance> accepted = s.fill(market.ordersFor(s.id()), world);
      long lost = 0;
      double lostUsdM = 0;
      for (Acceptance a : accepted) {
        long paid = chargeLost(a, s, world);
        lost += paid;
        lostUsdM += paid * a.unitPriceUsd() / 1e6;
        market.book(a, tick);
      }
      if (lost > 0) {
        world.event(
            SimEvent.of(EventTypes.GREY_SEIZURE, s.id(), lost + " smuggled chips seized this month")
                .units(lost)
                .usdM(lostUsdM));
      }
    }
    market.closeIntake();
  }

  /**
   * Books the units of an acceptance that were seized now: the payer pays for those it can afford
   * (they count as shipped and seized and are never delivered), the rest are dropped unpaid.
   * Returns the units paid for.
   */
  private static long chargeLost(Acceptance a, ChipSupplier s, World world) {
    if (a.lostUnits() <= 0) {
      return 0;
    }
    ChipOrder o = a.order();
    double price = a.unitPriceUsd();
    long paid =
        Math.min(a.lostUnits(), (long) Math.floor(world.ledger().balance(o.payer()) * 1e6 / price));
    if (paid > 0) {
      world.ledger().transfer(o.payer(), s.id(), paid * price / 1e6, "grey-chips");
      world.chips().shipped(paid);
      world.chips().seized(paid);
      world.stats().add(SEIZED, paid);
      s.lost(a, paid, world);
    }
    return Math.max(0, paid);
  }

  /** Ships what is due: checks the regime, takes payment, delivers to the buyer's inventory. */
  static void deliverDue(Map<String, ChipSupplier> suppliers, World world) {
    world.chipMarket().resetSoldInChina();
    for (Shipment s : world.chipMarket().takeDue(world.tick())) {
      ChipOrder o = s.order();
      Sku sku = world.catalogue().get(o.sku());
      ChipSupplier supplier = suppliers.get(o.channel());
      ChipBuyer buyer = world.agent(o.buyer(), ChipBuyer.class);
      boolean legit = sku.isUs() && o.channel().equals(sku.vendor());
      if (buyer == null || (legit && !world.mayShip(sku, o.buyer(), o.location()))) {
        supplier.cancelled(s, world);
        world.event(
            SimEvent.of(
                    EventTypes.ORDER_CANCELLED,
                    o.channel(),
                    s.units()
                        + " "
                        + o.sku()
                        + " for "
                        + o.buyer()
                        + (buyer == null ? " (buyer gone)" : " (export rule)"))
                .with(o.buyer())
                .sku(o.sku())
                .units(s.units())
                .usdM(s.valueUsdM()));
        continue;
      }
      long units = s.units();
      double affordable = world.ledger().balance(o.payer());
      if (units * s.unitPriceUsd() / 1e6 > affordable + 1e-9) {
        units = (long) Math.floor(affordable * 1e6 / s.unitPriceUsd());
      }
      if (units <= 0) {
        supplier.cancelled(s, world);
        continue;
      }
      if (units < s.units()) {
        // the payer could not pay for all of it: the rest goes back to the supplier
        supplier.cancelled(
            new Shipment(o, s.units() - units, s.shipTick(), s.unitPriceUsd(), s.orderTick()),
            world);
      }
      Shipment paid =
          units == s.units()
              ? s
              : new Shipment(o, units, s.shipTick(), s.unitPriceUsd(), s.orderTick());
      world.ledger().transfer(o.payer(), o.channel(), paid.valueUsdM(), "chips");
      if (supplier.newChips()) {
        world.chips().shipped(units);
        if (o.location() == Location.DOMESTIC) {
          world.chipMarket().recordSoldInChina(paid.valueUsdM());
        }
        // purchases by channel (used chips from the secondary market are resales, not purchases)
        Agent b = world.agent(o.buyer(), Agent.class);
        world
            .purchases()
            .record(
                world.tick(),
                world.date(),
                b == null ? "" : b.kind(),
                o.sku(),
                PurchaseChannel.of(sku, o.channel().equals(sku.vendor()), o.location()),
                units,
                paid.valueUsdM());
      }
      world.chipMarket().recordDelivered(paid);
      supplier.delivered(paid, world);
      buyer.receive(sku, units, o.location(), world);
      world.stats().add(sku.isUs() ? SHIPMENTS_US : SHIPMENTS_DOMESTIC, units);
      if (!o.payer().equals(o.buyer())) {
        GrantPayer payer = world.agent(o.payer(), GrantPayer.class);
        if (payer != null) {
          payer.paidFor(paid, world);
        }
      }
    }
  }

  /**
   * Drops every pending shipment for a buyer that left the market (no payment, no chips): each goes
   * back to its supplier.
   */
  static void cancelFor(String buyer, World world) {
    Map<String, ChipSupplier> suppliers = suppliers(world);
    for (Shipment s : world.chipMarket().takeFor(buyer)) {
      suppliers.get(s.order().channel()).cancelled(s, world);
    }
  }
}
