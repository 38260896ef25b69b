package blockade.core.market;

/**
 * One buyer's request for whole units (GPUs) from a capacity-limited supplier this tick.
 *
 * @param agentId the buyer; breaks ties in the largest-remainder step, so it should be unique
 * @param requestedUnits units wanted, ≥ 0
 * @param designated the state designated this buyer for priority supply
 */
public record Claim(String agentId, long requestedUnits, boolean designated)
    implements java.io.Serializable {}
