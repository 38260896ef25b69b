package blockade.core.engine;

import blockade.core.market.Shipment;

/** An agent that pays for chips delivered to someone else (a fund's directive chip grants). */
public interface GrantPayer {
  /** Told by the settlement once a shipment it paid for was delivered. */
  void paidFor(Shipment shipment, FundPort port);
}
