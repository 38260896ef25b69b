package blockade.agents.firm;

import blockade.core.engine.Agent;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.World;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Startups: pitch investors when runway is short; when cash cannot cover a month's running costs
 * the startup fails, its chips go to the secondary market and its pending orders are dropped.
 */
public final class StartupFinance implements Finance {
  private final double runwayTriggerMonths;

  public StartupFinance(double runwayTriggerMonths) {
    this.runwayTriggerMonths = runwayTriggerMonths;
  }

  @Override
  public void fund(FirmAgent firm, World w) {
    double burn = Math.max(1e-6, firm.config().burnUsdMPerMonth());
    double runway = w.ledger().balance(firm.id()) / burn;
    if (runway < runwayTriggerMonths) {
      for (VentureCapital vc : w.agents(VentureCapital.class)) {
        if (vc.pitch(firm, w) > 0) {
          break;
        }
      }
    }
  }

  @Override
  public boolean failed(FirmAgent firm, World w) {
    double cash = w.ledger().balance(firm.id());
    if (cash >= firm.config().burnUsdMPerMonth() * 0.5 || firm.config().burnUsdMPerMonth() <= 0) {
      return false;
    }
    Map<String, ChipSupplier> suppliers = new LinkedHashMap<>();
    for (ChipSupplier s : w.agents(ChipSupplier.class)) {
      suppliers.put(s.id(), s);
    }
    w.chipMarket().cancelFor(firm.id(), suppliers, w);
    var chips = firm.liquidate();
    long units = chips.values().stream().mapToLong(Long::longValue).sum();
    String takerId = null;
    for (ChipsTaker taker : w.agents(ChipsTaker.class)) {
      taker.take(firm.id(), chips, w);
      takerId = taker instanceof Agent a ? a.id() : null;
      break;
    }
    w.stats().add(FirmMetrics.BANKRUPTCIES, 1);
    w.event(SimEvent.of(EventTypes.BANKRUPTCY, firm.id(), units + " chips returned to the market").with(takerId).units(units));
    return true;
  }
}
