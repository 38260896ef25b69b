package blockade.core.engine;

/** An agent that holds GPUs; metrics and the GPU conservation check read it. */
public interface FleetHolder {
  FleetSnapshot fleet(BuyerPort port);

  /**
   * Deployed and stored chips of one holder.
   *
   * @param domesticChipsH100e deployed domestic-vendor chips, H100e (at home)
   * @param usChipsH100e deployed US-vendor chips, H100e (home and offshore)
   * @param offshoreH100e deployed chips in offshore sites, H100e
   * @param deployedUnits deployed chips, units
   * @param inventoryUnits chips held but not deployed, units
   * @param powerKw power drawn at home by deployed chips incl. PUE, kW
   */
  record FleetSnapshot(
      double domesticChipsH100e,
      double usChipsH100e,
      double offshoreH100e,
      long deployedUnits,
      long inventoryUnits,
      double powerKw) {}
}
