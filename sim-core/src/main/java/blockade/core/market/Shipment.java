package blockade.core.market;

/** Units of an accepted order that ship at {@code shipTick} at an agreed unit price. */
public record Shipment(
    ChipOrder order, long units, int shipTick, double unitPriceUsd, int orderTick)
    implements java.io.Serializable {
  /** Value in USD millions. */
  public double valueUsdM() {
    return units * unitPriceUsd / 1e6;
  }
}
