package blockade.core.engine;

/** A holder of inventory that needs grid power at home to deploy it. */
public interface PowerUser {
  String id();

  /** Power that deploying its whole home inventory would draw (incl. PUE), kW. */
  long deployRequestKw(BuyerPort port);

  /** Power granted this tick; the holder deploys what fits. */
  void grantDeployKw(long kw, BuyerPort port);
}
