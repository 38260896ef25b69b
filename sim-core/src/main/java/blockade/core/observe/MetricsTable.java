package blockade.core.observe;

import java.util.List;

/**
 * A run's metrics: one row per tick. {@code columns} are the numeric metric names in output order
 * (after the implicit {@code tick} and {@code date} columns); {@code values[t][c]} is metric c at
 * tick t. Immutable by convention: writers and aggregators only read it.
 */
public record MetricsTable(List<String> columns, List<String> dates, double[][] values) {
  public int ticks() {
    return dates.size();
  }

  public int columnIndex(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no metric column " + name);
    }
    return i;
  }

  public double get(int tick, String column) {
    return values[tick][columnIndex(column)];
  }

  /** The whole series of one metric. */
  public double[] series(String column) {
    int c = columnIndex(column);
    double[] s = new double[values.length];
    for (int t = 0; t < values.length; t++) {
      s[t] = values[t][c];
    }
    return s;
  }

  /** Values of the last tick. */
  public double[] last() {
    return values[values.length - 1];
  }
}
