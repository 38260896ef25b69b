package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.engine.Port;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;

/**
 * Startups: a backer, if any, tops cash up to the precautionary reserve (plus a month's costs)
 * until its limit is spent; the startup pitches investors when runway is short; when cash and
 * backing cannot cover a month's running costs it fails, its chips go to the secondary market and
 * its pending orders are dropped.
 */
public final class StartupFinance implements Finance {
  private final double runwayTriggerMonths;

  public StartupFinance(double runwayTriggerMonths) {
    this.runwayTriggerMonths = runwayTriggerMonths;
  }

  @Override
  public void fund(FirmAgent firm, BuyerPort w) {
    FirmConfig c = firm.config();
    // a backer (e.g. a parent fund) tops cash up to the precautionary reserve, up to its limit
    double gap = firm.reserveUsdM() + c.burnUsdMPerMonth() - w.ledger().balance(firm.id());
    double left = c.backerLimitUsdM() - firm.services().backerPaidUsdM();
    if (!c.backer().isEmpty() && gap > 0 && left > 0) {
      double amount = Math.min(gap, left);
      w.ledger().inject(c.backer(), firm.id(), amount);
      firm.services().addBackerPaid(amount);
      w.event(
          SimEvent.of(
                  EventTypes.FUNDING_ROUND,
                  firm.id(),
                  String.format(
                      java.util.Locale.ROOT, "backer %s covers %.1f USD m", c.backer(), amount))
              .with(c.backer())
              .usdM(amount));
    }
    double burn = Math.max(1e-6, c.burnUsdMPerMonth());
    double runway = w.ledger().balance(firm.id()) / burn;
    if (runway < runwayTriggerMonths) {
      for (VentureCapital vc : w.agents(VentureCapital.class)) {
        if (vc.pitch(firm, w) > 0) {
          break;
        }
      }
    }
  }

  /**
   * The failure rule, pure: a startup with a burn fails when its cash after this month's costs is
   * below half a month's burn.
   */
  public static boolean insolvent(double cashUsdM, double burnUsdMPerMonth) {
    return !(cashUsdM >= burnUsdMPerMonth * 0.5 || burnUsdMPerMonth <= 0);
  }

  @Override
  public boolean failed(FirmAgent firm, Port w) {
    return insolvent(w.ledger().balance(firm.id()), firm.config().burnUsdMPerMonth());
  }
}
