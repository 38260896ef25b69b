package blockade.gui;

/**
 * What an edge of the market network carries this month: its kind and value in USD millions (the
 * edge width grows with its logarithm).
 *
 * @param kind what flows
 * @param usdM the month's value, USD millions
 * @param units chips or H100e-months, as the kind says
 */
public record Flow(FlowKind kind, double usdM, double units) {

  /** Edge width in display units. */
  public double width() {
    return 0.15 + 0.25 * Math.log10(1 + Math.abs(usdM));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: %.1f M USD", kind.label(), usdM);
  }
}
