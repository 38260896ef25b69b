package blockade.core.engine;

import blockade.core.market.Shipment;

/** An agent that pays for chips delivered to someone else (a fund's directive chip grants). */
public interface GrantPayer {
  void paidFor(Shipment shipment, World world);
}
