package blockade.core.observe;

/**
 * Unit of a metric column. Columns carry their unit in their name ({@link #nameToken}), so a reader
 * of metrics.csv never needs this table; dimensionless columns (shares, counts, levels) have no
 * token.
 */
public enum MetricUnit {
  H100E("H100e", "h100e"),
  H100E_MONTHS("H100e-months", "h100e"),
  CHIPS("chips", "units"),
  HBM_STACKS("HBM stacks", "stacks"),
  USD("USD", "usd"),
  USD_BN("USD bn", "usd_bn"),
  USD_PER_H100E_MONTH("USD per H100e-month", "usd_per_h100e_month"),
  USD_PER_MTOK("USD per million tokens", "usd_per_mtok"),
  MW("MW", "mw"),
  MONTHS("months", "months"),
  LOG10_H100E_MONTHS("log10 H100e-months", null),
  SHARE("share 0..1", null),
  RATIO("ratio", null),
  COUNT("count", null),
  LEVEL("level", null);

  private final String label;
  private final String nameToken;

  MetricUnit(String label, String nameToken) {
    this.label = label;
    this.nameToken = nameToken;
  }

  /** How the README's column table writes the unit. */
  public String label() {
    return label;
  }

  /** The part of a column name that names this unit (null for dimensionless units). */
  public String nameToken() {
    return nameToken;
  }
}
