package blockade.core.market;

/**
 * A buyer's order for chips, placed in the DECIDE phase and filled by the channel's supplier in
 * CLEAR.
 *
 * @param buyer agent that receives the chips
 * @param payer ledger account that pays on delivery (the buyer, or a fund for directive grants)
 * @param channel id of the supplier filling it (the vendor, or the grey market)
 * @param designated whether the buyer is state-designated (priority allocation of domestic chips)
 * @param reason why it was placed: "procure", "stockpile", "grant"
 */
public record ChipOrder(
    String buyer,
    String payer,
    String sku,
    String channel,
    long units,
    Location location,
    boolean designated,
    String reason)
    implements java.io.Serializable {
  public ChipOrder {
    if (units <= 0) {
      throw new IllegalArgumentException("order units must be > 0, got " + units);
    }
  }
}
