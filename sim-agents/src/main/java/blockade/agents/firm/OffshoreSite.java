package blockade.agents.firm;

/** A Chinese firm's datacenter abroad: ready from a tick, with a power capacity. */
public final class OffshoreSite {
  final int readyTick;
  final double mw;

  OffshoreSite(int readyTick, double mw) {
    this.readyTick = readyTick;
    this.mw = mw;
  }

  boolean ready(int tick) {
    return tick >= readyTick;
  }
}
