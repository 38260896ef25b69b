package blockade.agents.supplier;

/**
 * A chip maker that state funds can pay to expand capacity. A grant is a ledger fact: the fund
 * transfers the money with reason {@link #GRANT}, and the maker spends what arrived on capacity in
 * its own step (no agent writes into another).
 */
public interface CapacityInvestee {
  /** Ledger reason of capacity grants. */
  String GRANT = "capacity";

  String id();
}
