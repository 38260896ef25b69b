package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.engine.Port;

/**
 * Incumbents: the parent business pays in the AI capex of the firm's calibrated path each month;
 * the part that is not chips (buildings, networking, power) is spent at once; they never fail.
 */
public final class IncumbentFinance implements Finance {
  @Override
  public void fund(FirmAgent firm, BuyerPort w) {
    double capex = firm.budget.capexUsdMThisMonth(w);
    w.ledger().inject("business-cash-flow", firm.id(), capex);
    double nonChip = capex * (1 - firm.behaviour().chipShareOfCapex());
    w.ledger()
        .spend(firm.id(), "datacenter-capex", Math.min(w.ledger().balance(firm.id()), nonChip));
  }

  @Override
  public boolean failed(FirmAgent firm, Port w) {
    return false;
  }
}
