package blockade.agents.firm;

import blockade.core.ledger.Ledger;

/**
 * State funds' stakes in firms, as a ledger fact: funds buy equity by a ledger transfer under one
 * of these reasons, and a firm reads what it holds from the ledger (no agent writes into another).
 * Startups receive only {@link #STARTUP_EQUITY} and incumbents only {@link #COINVESTMENT}, so a
 * firm's total is a single running sum in the order the money came.
 */
public final class StateEquity implements java.io.Serializable {
  /** Ledger reason of a fund's equity in a startup. */
  public static final String STARTUP_EQUITY = "equity";

  /** Ledger reason of a fund's co-investment in an incumbent. */
  public static final String COINVESTMENT = "coinvest";

  private StateEquity() {}

  /** Equity state funds have put into a firm so far, USD millions. */
  public static double heldBy(Ledger ledger, String firm) {
    return ledger.received(firm, STARTUP_EQUITY) + ledger.received(firm, COINVESTMENT);
  }
}
