package blockade.agents.firm;

import blockade.core.engine.World;

/** Incumbents: the parent business puts a growing monthly AI budget in; they never fail. */
public final class IncumbentFinance implements Finance {
  @Override
  public void fund(FirmAgent firm, World w) {
    FirmConfig c = firm.config();
    double budget = c.aiBudgetUsdMPerMonth() * StrictMath.pow(1 + c.aiBudgetGrowthPerYear(), w.tick() / 12.0);
    if (c.aiBudgetCapUsdMPerMonth() != null) {
      budget = Math.min(budget, c.aiBudgetCapUsdMPerMonth());
    }
    w.ledger().inject("business-cash-flow", firm.id(), budget);
  }

  @Override
  public boolean failed(FirmAgent firm, World w) {
    return false;
  }
}
