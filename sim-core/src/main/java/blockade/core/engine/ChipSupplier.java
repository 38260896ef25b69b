package blockade.core.engine;

import blockade.core.market.Acceptance;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import java.util.List;

/** A channel that fills chip orders: a vendor, the grey market or the secondary market. */
public interface ChipSupplier {
  String id();

  /**
   * What this channel may and will sell to a buyer for a location this month (DESIGN §3 step 2:
   * suppliers decide what may be sold to whom).
   */
  List<Quote> quotes(String buyer, Location location, SupplierPort port);

  /** Whether deliveries are new chips (false for the secondary market of used chips). */
  default boolean newChips() {
    return true;
  }

  /**
   * Decides this tick's orders placed with the channel: what it accepts of each (units, price, lead
   * time) or rejects. It books nothing itself; {@link ChipSettlement} books the acceptances in the
   * order returned, and later ships, checks the regime and moves the money.
   */
  List<Acceptance> fill(List<ChipOrder> orders, SupplierPort port);

  /**
   * Told when an accepted shipment does not ship (a rule now forbids it, the buyer left or could
   * not pay).
   */
  default void cancelled(Shipment s, SupplierPort port) {}

  /** Told when a shipment is delivered and paid. */
  default void delivered(Shipment s, SupplierPort port) {}

  /** Told of the units of an acceptance the payer paid for and lost (seized) this month. */
  default void lost(Acceptance a, long paidUnits, SupplierPort port) {}
}
