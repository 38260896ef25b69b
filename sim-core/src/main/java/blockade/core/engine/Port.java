package blockade.core.engine;

import blockade.core.ledger.Ledger;
import blockade.core.observe.SimEvent;
import blockade.core.random.KeyedStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What every role's view of the model shares: the calendar and the current tick, the ledger (an
 * agent moves money only through it), the event feed and the agent's own random stream. Each role
 * sees a narrower port built on this one ({@link BuyerPort}, {@link SupplierPort}, {@link
 * RegulatorPort}, {@link PolicyPort}, {@link FundPort}); {@link World} implements them all, and
 * tests give an agent a small fake instead of a whole world.
 */
public interface Port {
  int tick();

  String date();

  Calendar calendar();

  Ledger ledger();

  /** Publishes an event stamped with the current tick. */
  void event(SimEvent e);

  /** Publishes an event with a type, agent and detail only, stamped with the current tick. */
  void event(String type, String agent, String detail);

  /** A fresh stream for a stable id (call once per agent, at construction). */
  UniformRandomProvider stream(String id);

  /**
   * The streams of the draws a decider makes about other agents for a purpose, keyed by (decider,
   * purpose, target) so a draw about one agent never depends on the others (DESIGN §1); call once,
   * at construction.
   */
  default KeyedStreams streams(String decider, String purpose) {
    return KeyedStreams.of(decider, purpose, stream(decider + "/" + purpose));
  }
}
