package blockade.core.observe;

/**
 * One row of purchases.csv: what buyers of a kind received of a SKU through a channel in a month.
 *
 * @param tick month index
 * @param date {@code YYYY-MM}
 * @param buyerKind the buyers' agent kind (incumbent, startup, compute-network, ...)
 * @param sku SKU name
 * @param channel {@code licensed}, {@code grey}, {@code offshore}, {@code remote} or {@code
 *     domestic}
 * @param units chips delivered (for remote access, what the channel counts: H100e-months)
 * @param usdM what the buyers paid, USD millions
 */
public record PurchaseRow(
    int tick, String date, String buyerKind, String sku, String channel, double units, double usdM)
    implements java.io.Serializable {}
