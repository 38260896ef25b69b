package blockade.agents.firm;

/**
 * A Chinese firm's datacenter abroad, built or leased: ready from a tick, with a power capacity.
 */
public final class OffshoreSite implements java.io.Serializable {
  final int readyTick;
  final double mw;

  /** Running cost relative to an owned site (leases cost more). */
  final double opexMultiplier;

  OffshoreSite(int readyTick, double mw, double opexMultiplier) {
    this.readyTick = readyTick;
    this.mw = mw;
    this.opexMultiplier = opexMultiplier;
  }

  boolean ready(int tick) {
    return tick >= readyTick;
  }
}
