package blockade.core.market;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GPU market's order book: takes orders in DECIDE, hands each channel its orders in CLEAR,
 * books what the channel accepted ({@link Acceptance}) as shipments, and gives back the shipments
 * due. It never calls an agent: the engine's settlement asks the suppliers, re-checks the export
 * regime at shipping time, moves the money and delivers the chips.
 */
public final class ChipMarketService implements java.io.Serializable {
  private final Map<String, List<ChipOrder>> intake = new LinkedHashMap<>();
  private final List<Shipment> pending = new ArrayList<>();

  /** The same shipments by buyer and by payer, in acceptance order (firms ask every tick). */
  private final Map<String, List<Shipment>> byBuyer = new LinkedHashMap<>();

  private final Map<String, List<Shipment>> byPayer = new LinkedHashMap<>();

  /**
   * Value of new chips delivered to buyers at home this month (settled by the engine), USD
   * millions.
   */
  private double soldInChinaUsdM;

  /** Shipments delivered (paid) this month, in delivery order, for the GUI's network view. */
  private final List<Shipment> deliveredThisMonth = new ArrayList<>();

  /** Places an order with a channel for this tick's clearing. */
  public void place(ChipOrder order) {
    intake.computeIfAbsent(order.channel(), k -> new ArrayList<>()).add(order);
  }

  /** This tick's orders placed with a channel, in placing order. */
  public List<ChipOrder> ordersFor(String channel) {
    return List.copyOf(intake.getOrDefault(channel, List.of()));
  }

  /** Forgets this tick's orders once every channel has had its turn (unfilled ones lapse). */
  public void closeIntake() {
    intake.clear();
  }

  /** Books what a supplier accepted at {@code tick}; a rejection books nothing. */
  public void book(Acceptance a, int tick) {
    accept(a.order(), a.units(), tick + a.leadTimeMonths(), a.unitPriceUsd(), tick);
  }

  /** Units of an order accepted, shipping at {@code shipTick}. */
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

  /** Removes and returns the shipments due by {@code tick}, in acceptance order. */
  public List<Shipment> takeDue(int tick) {
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
    return due;
  }

  /** Removes and returns every pending shipment for a buyer (one that left the market). */
  public List<Shipment> takeFor(String buyer) {
    List<Shipment> mine = byBuyer.get(buyer);
    if (mine == null || mine.isEmpty()) {
      // most buyers that leave have nothing on order: no scan of every pending shipment, which
      // made a month with many exits quadratic in the population
      return new ArrayList<>();
    }
    Iterator<Shipment> it = pending.iterator();
    List<Shipment> out = new ArrayList<>();
    while (it.hasNext()) {
      Shipment s = it.next();
      if (s.order().buyer().equals(buyer)) {
        it.remove();
        unindex(s);
        out.add(s);
      }
    }
    return out;
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

  /**
   * Value of new chips (vendors and the grey market, not used chips) delivered to buyers in China
   * this month, USD millions: the chip part of the core AI industry's revenue.
   */
  public double soldInChinaUsdM() {
    return soldInChinaUsdM;
  }

  /** Starts a month's count of new chips sold in China (called by the settlement step). */
  public void resetSoldInChina() {
    soldInChinaUsdM = 0;
    deliveredThisMonth.clear();
  }

  /** Records a shipment delivered and paid this month (called by the settlement step). */
  public void recordDelivered(Shipment paid) {
    deliveredThisMonth.add(paid);
  }

  /**
   * The shipments delivered and paid this month (channel to buyer), in delivery order: what the GUI
   * draws as this month's chip sales. Reading it changes nothing.
   */
  public List<Shipment> deliveredThisMonth() {
    return List.copyOf(deliveredThisMonth);
  }

  /** Adds a delivery of new chips to a buyer at home to this month's count. */
  public void recordSoldInChina(double usdM) {
    soldInChinaUsdM += usdM;
  }
}
