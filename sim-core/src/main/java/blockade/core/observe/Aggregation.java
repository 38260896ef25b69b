package blockade.core.observe;

/**
 * How a metric turns what several agents report into one number a month (the README's "across
 * agents" column). Per-agent columns are not used: metrics.csv has a fixed set of columns.
 */
public enum Aggregation {
  /** Sum over the agents playing the role (a flow: summed over what they reported this month). */
  SUM("sum"),
  /** Arithmetic mean over the agents of the kind (0 when there are none). */
  MEAN("mean"),
  /** Largest value over the agents. */
  MAX("max"),
  /** Number of agents with the property. */
  COUNT("count"),
  /** Ratio of two sums over agents. */
  RATIO("ratio of sums"),
  /** Compute-weighted mean over firms. */
  WEIGHTED_MEAN("compute-weighted mean"),
  /** One value held by a shared service (frontier, power grid, regime, exchange, ecosystem). */
  MODEL("model");

  private final String label;

  Aggregation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
