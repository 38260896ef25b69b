package blockade.agents.supplier;

import blockade.core.engine.Port;

/** A chip maker that state funds can pay to expand capacity. */
public interface CapacityInvestee {
  String id();

  /** Money already transferred to the investee's account, to be spent on capacity. */
  void capacityGrant(double usdM, Port port);
}
