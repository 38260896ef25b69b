package blockade.core.engine;

import blockade.core.market.Catalogue;
import blockade.core.market.ChipMarketService;
import blockade.core.observe.TickStats;
import java.util.List;

/**
 * What a fund (state fund, venture capital) sees: the firms and investees it may pay through their
 * role views, the catalogue and the chip market (directive chip grants), the ecosystem (the usable
 * share of a grant), this month's flows, and the queue of entrants it founds.
 */
public interface FundPort extends Port {
  Catalogue catalogue();

  ChipMarketService chipMarket();

  Ecosystem ecosystem();

  TickStats stats();

  /** Active agents playing a role, in id order. */
  <T> List<T> agents(Class<T> role);

  /** The active agent with an id playing a role, else null. */
  <T> T agent(String id, Class<T> role);

  /** Adds an agent during a run; it joins at the end of the tick. */
  void spawn(Agent a);
}
