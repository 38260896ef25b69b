package blockade.core.engine;

import blockade.core.market.ComputeExchangeService;
import blockade.core.policy.ChinaPolicyState;

/**
 * What China's policy-maker sets: its procurement guidance and customs blocks, the power system
 * (subsidy, build-out), the exchange fee and the ecosystem programmes.
 */
public interface PolicyPort extends Port {
  ChinaPolicyState chinaPolicy();

  PowerSystem power();

  ComputeExchangeService exchange();

  Ecosystem ecosystem();
}
