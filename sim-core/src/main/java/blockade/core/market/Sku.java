package blockade.core.market;

/**
 * An accelerator SKU at run time (ticks instead of dates). H100e = {@code trainPerf}: the chip's
 * nominal compute counted in H100-equivalents.
 *
 * @param endOfSaleTick last tick it can be ordered + 1, or {@link Integer#MAX_VALUE}
 */
public record Sku(
    String name,
    String vendor,
    Origin origin,
    double trainPerf,
    double inferPerf,
    double priceUsd,
    double powerKw,
    int releaseTick,
    int endOfSaleTick,
    int serviceLifeMonths,
    int tier,
    int diesPerChip,
    int hbmStacks)
    implements java.io.Serializable {

  /** Whether the vendor sells it at a tick. */
  public boolean onSale(int tick) {
    return tick >= releaseTick && tick < endOfSaleTick;
  }

  public boolean isUs() {
    return origin == Origin.US;
  }

  /** Names are unique in a catalogue; hashing the name alone keeps SKU-keyed maps cheap. */
  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
