package blockade.core.engine;

import blockade.core.market.Sku;
import java.util.Map;

/**
 * An agent that can leave the market (a startup that runs out of money). It only decides — {@link
 * #exitDue} reads its state and changes nothing — and hands over what it holds; the engine carries
 * the exit out right after the agent's OPERATE step ({@link World#exit}): pending chip orders are
 * dropped, its chips go to the secondary market, the bankruptcy is counted and published.
 */
public interface Exiting {
  String id();

  /** Whether the agent leaves now, after this month's OPERATE step. A pure predicate. */
  boolean exitDue(Port port);

  /** Leaves: stops acting and gives up its chips (SKU → units), which the engine passes on. */
  Map<Sku, Long> liquidate();
}
