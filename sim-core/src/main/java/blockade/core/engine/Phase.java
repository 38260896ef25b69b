package blockade.core.engine;

/** The steps of a monthly tick, in order (DESIGN §3). */
public enum Phase {
  /** Regulators publish rule changes. */
  REGULATE,
  /** Suppliers set capacity, prices and what may be sold to whom. */
  SUPPLY,
  /** Funds disburse. */
  FUND,
  /** Firms and startups decide, in a random order. */
  DECIDE,
  /** Markets clear: GPU orders are allocated and shipped, power granted, the exchange auction. */
  CLEAR,
  /** Firms train and serve; cash and capability update; entries and exits. */
  OPERATE,
  /** Observers record the tick. */
  RECORD
}
