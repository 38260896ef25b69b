package blockade.core.engine;

import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import java.util.List;

/** A channel that fills chip orders: a vendor or the grey market. */
public interface ChipSupplier {
  String id();

  /**
   * What this channel may and will sell to a buyer for a location this month (DESIGN §3 step 2:
   * suppliers decide what may be sold to whom).
   */
  List<Quote> quotes(String buyer, Location location, World world);

  /** Whether deliveries are new chips (false for the secondary market of used chips). */
  default boolean newChips() {
    return true;
  }

  /** Accepts (some of) this tick's orders by calling {@link ChipMarketService#accept}. */
  void fill(List<ChipOrder> orders, World world);

  /** Called when an accepted shipment cannot ship because a rule now forbids it. */
  default void cancelled(Shipment s, World world) {}

  /** Called when a shipment is delivered and paid. */
  default void delivered(Shipment s, World world) {}
}
