package blockade.core.market;

import blockade.core.engine.ChipBuyer;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.GrantPayer;
import blockade.core.engine.World;
import blockade.core.observe.CoreMetrics;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GPU market: takes orders in DECIDE, lets each channel's supplier accept them in CLEAR, and
 * ships accepted orders when due. At shipping time the export regime is checked again: a US chip
 * that a rule now forbids is not shipped (the order is cancelled and the vendor loses the sale).
 * Buyers pay on delivery, at the price agreed when the order was accepted.
 */
public final class ChipMarketService implements java.io.Serializable {
  private final Map<String, List<ChipOrder>> intake = new LinkedHashMap<>();
  private final List<Shipment> pending = new ArrayList<>();
  /** The same shipments by buyer and by payer, in acceptance order (firms ask every tick). */
  private final Map<String, List<Shipment>> byBuyer = new LinkedHashMap<>();
  private final Map<String, List<Shipment>> byPayer = new LinkedHashMap<>();
  /** Value of new chips delivered to buyers at home in the last {@link #deliverDue}, USD millions. */
  private double soldInChinaUsdM;

  /** Places an order with a channel for this tick's clearing. */
  public void place(ChipOrder order) {
    intake.computeIfAbsent(order.channel(), k -> new ArrayList<>()).add(order);
  }

  /** A supplier accepts units of an order, shipping at {@code shipTick}. */
  public void accept(ChipOrder order, long units, int shipTick, double unitPriceUsd, int tick) {
    if (units > order.units() || units < 0) {
      throw new IllegalArgumentException("accepted " + units + " of " + order.units());
    }
    if (units > 0) {
      Shipment s = new Shipment(order, units, shipTick, unitPriceUsd, tick);
      pending.add(s);
      byBuyer.computeIfAbsent(order.buyer(), k -> new ArrayList<>()).add(s);
      byPayer.computeIfAbsent(order.payer(), k -> new ArrayList<>()).add(s);
    }
  }

  /** Runs every supplier's fill for this tick's orders, in supplier id order. */
  public void clear(List<ChipSupplier> suppliers, World world) {
    for (ChipSupplier s : suppliers) {
      List<ChipOrder> orders = intake.getOrDefault(s.id(), List.of());
      s.fill(List.copyOf(orders), world);
    }
    intake.clear();
  }

  /** Ships what is due: checks the regime, takes payment, delivers to the buyer's inventory. */
  public void deliverDue(Map<String, ChipSupplier> suppliers, World world) {
    soldInChinaUsdM = 0;
    int tick = world.tick();
    Iterator<Shipment> it = pending.iterator();
    List<Shipment> due = new ArrayList<>();
    while (it.hasNext()) {
      Shipment s = it.next();
      if (s.shipTick() <= tick) {
        due.add(s);
        it.remove();
        unindex(s);
      }
    }
    for (Shipment s : due) {
      ChipOrder o = s.order();
      Sku sku = world.catalogue().get(o.sku());
      ChipSupplier supplier = suppliers.get(o.channel());
      ChipBuyer buyer = world.agent(o.buyer(), ChipBuyer.class);
      boolean legit = sku.isUs() && o.channel().equals(sku.vendor());
      if (buyer == null || (legit && !world.mayShip(sku, o.buyer(), o.location()))) {
        supplier.cancelled(s, world);
        world.event(SimEvent.of(EventTypes.ORDER_CANCELLED, o.channel(),
            s.units() + " " + o.sku() + " for " + o.buyer() + (buyer == null ? " (buyer gone)" : " (export rule)"))
            .with(o.buyer()).sku(o.sku()).units(s.units()).usdM(s.valueUsdM()));
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
        supplier.cancelled(new Shipment(o, s.units() - units, s.shipTick(), s.unitPriceUsd(), s.orderTick()), world);
      }
      Shipment paid = units == s.units() ? s : new Shipment(o, units, s.shipTick(), s.unitPriceUsd(), s.orderTick());
      world.ledger().transfer(o.payer(), o.channel(), paid.valueUsdM(), "chips");
      if (supplier.newChips()) {
        world.chips().shipped(units);
        if (o.location() == Location.DOMESTIC) {
          soldInChinaUsdM += paid.valueUsdM();
        }
      }
      supplier.delivered(paid, world);
      buyer.receive(sku, units, o.location(), world);
      world.stats().add(sku.isUs() ? CoreMetrics.SHIPMENTS_US : CoreMetrics.SHIPMENTS_DOMESTIC, units);
      if (!o.payer().equals(o.buyer())) {
        GrantPayer payer = world.agent(o.payer(), GrantPayer.class);
        if (payer != null) {
          payer.paidFor(paid, world);
        }
      }
    }
  }

  /** Units on order (accepted, not yet shipped) for a buyer, all SKUs. */
  public List<Shipment> pendingFor(String buyer) {
    return List.copyOf(byBuyer.getOrDefault(buyer, List.of()));
  }

  /** Value of accepted, unshipped orders a payer has committed to, USD millions. */
  public double committedUsdM(String payer) {
    double v = 0;
    for (Shipment s : byPayer.getOrDefault(payer, List.of())) {
      v += s.valueUsdM();
    }
    return v;
  }

  private void unindex(Shipment s) {
    byBuyer.get(s.order().buyer()).remove(s);
    byPayer.get(s.order().payer()).remove(s);
  }

  /** Drops every pending shipment for a buyer that left the market (no payment, no chips). */
  public void cancelFor(String buyer, Map<String, ChipSupplier> suppliers, World world) {
    Iterator<Shipment> it = pending.iterator();
    while (it.hasNext()) {
      Shipment s = it.next();
      if (s.order().buyer().equals(buyer)) {
        it.remove();
        unindex(s);
        suppliers.get(s.order().channel()).cancelled(s, world);
      }
    }
  }

  /**
   * Value of new chips (vendors and the grey market, not used chips) delivered to buyers in China
   * this month, USD millions: the chip part of the core AI industry's revenue.
   */
  public double soldInChinaUsdM() {
    return soldInChinaUsdM;
  }
}
