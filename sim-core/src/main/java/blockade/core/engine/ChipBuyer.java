package blockade.core.engine;

import blockade.core.market.Location;
import blockade.core.market.Sku;

/** An agent that can receive chips from the chip market. */
public interface ChipBuyer {
  String id();

  /** Chips arrive into inventory (not yet deployed). */
  void receive(Sku sku, long units, Location location, BuyerPort port);
}
