package blockade.core.market;

/**
 * What a supplier does with one order it was given to fill: accept some or all of its units at a
 * unit price, shipping after a lead time, or reject it ({@code units == 0}). Suppliers return these
 * from {@code ChipSupplier.fill}; the engine's settlement books them with the chip market (in the
 * order returned) and later delivers, checks the regime and moves the money.
 *
 * @param order the order
 * @param units units accepted (0 = rejected), at most the order's
 * @param unitPriceUsd agreed price per unit, USD
 * @param leadTimeMonths months from this tick to shipping (0 = ships this tick)
 * @param lostUnits units of the order lost now (seized in transit): the payer pays for them at the
 *     unit price as far as it can, and they never arrive; the settlement books the payment
 */
public record Acceptance(
    ChipOrder order, long units, double unitPriceUsd, int leadTimeMonths, long lostUnits)
    implements java.io.Serializable {
  public Acceptance {
    if (units > order.units() || units < 0) {
      throw new IllegalArgumentException("accepted " + units + " of " + order.units());
    }
    if (lostUnits < 0 || units + lostUnits > order.units()) {
      throw new IllegalArgumentException(
          "lost " + lostUnits + " and accepted " + units + " of " + order.units());
    }
  }

  /** Accepts {@code units} of the order. */
  public static Acceptance of(
      ChipOrder order, long units, double unitPriceUsd, int leadTimeMonths) {
    return new Acceptance(order, units, unitPriceUsd, leadTimeMonths, 0);
  }

  /** The same acceptance with {@code lost} units seized now, paid for at the unit price. */
  public Acceptance losing(long lost, double priceUsd) {
    return new Acceptance(order, units, units > 0 ? unitPriceUsd : priceUsd, leadTimeMonths, lost);
  }

  /** Refuses the order. */
  public static Acceptance rejected(ChipOrder order) {
    return new Acceptance(order, 0, 0, 0, 0);
  }

  public boolean isRejected() {
    return units == 0;
  }
}
