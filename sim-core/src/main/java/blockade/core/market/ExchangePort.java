package blockade.core.market;

import blockade.core.ledger.Ledger;
import blockade.core.observe.SimEvent;

/**
 * What the compute exchange needs of the model to settle a clearing: the ledger, the event feed and
 * the participants to tell of their fills. The engine's world implements it; the exchange never
 * sees the rest of the model.
 */
public interface ExchangePort {
  Ledger ledger();

  /** Publishes an event stamped with the current tick. */
  void event(SimEvent e);

  /** The active agent with an id playing a role, else null. */
  <T> T agent(String id, Class<T> role);
}
