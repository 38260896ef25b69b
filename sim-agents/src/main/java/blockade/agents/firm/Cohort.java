package blockade.agents.firm;

import blockade.core.market.Location;
import blockade.core.market.Sku;

/** Deployed chips of one SKU installed in one month at one location. */
public final class Cohort implements java.io.Serializable {
  final Sku sku;
  final Location location;
  final int installTick;
  long units;

  Cohort(Sku sku, Location location, int installTick, long units) {
    this.sku = sku;
    this.location = location;
    this.installTick = installTick;
    this.units = units;
  }

  public Sku sku() {
    return sku;
  }

  public Location location() {
    return location;
  }

  public long units() {
    return units;
  }

  public int installTick() {
    return installTick;
  }
}
