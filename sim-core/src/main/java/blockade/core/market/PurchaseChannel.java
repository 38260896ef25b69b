package blockade.core.market;

import java.util.Locale;

/**
 * How chips reached a Chinese buyer (purchases.csv's {@code channel}): a US vendor's legal sale for
 * use in China ({@code licensed}), smuggled ({@code grey}), a US vendor's sale to a Chinese firm's
 * site abroad ({@code offshore}), compute rented from foreign clouds ({@code remote}), or a
 * domestic vendor's chip ({@code domestic}).
 */
public enum PurchaseChannel {
  LICENSED,
  GREY,
  OFFSHORE,
  REMOTE,
  DOMESTIC;

  private final String configName = name().toLowerCase(Locale.ROOT);

  /** The name written in outputs: lower case. */
  public String configName() {
    return configName;
  }

  /** Whether chips bought this way are used in China (not abroad, not rented). */
  public boolean inChina() {
    return this == LICENSED || this == GREY || this == DOMESTIC;
  }

  /** Whether the US vendor itself sold them (legally, at home or abroad). */
  public boolean soldByUsVendor() {
    return this == LICENSED || this == OFFSHORE;
  }

  /**
   * The channel of a delivered shipment of new chips: domestic-origin chips are {@code domestic};
   * US chips sold by their own vendor are {@code licensed} at home and {@code offshore} abroad; US
   * chips from anyone else (the grey market) are {@code grey}.
   *
   * @param byVendor whether the supplier filling the order is the SKU's vendor
   */
  public static PurchaseChannel of(Sku sku, boolean byVendor, Location location) {
    if (!sku.isUs()) {
      return DOMESTIC;
    }
    if (!byVendor) {
      return GREY;
    }
    return location == Location.OFFSHORE ? OFFSHORE : LICENSED;
  }
}
