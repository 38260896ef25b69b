package blockade.core.observe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This month's flows (units purchased, chips seized, entries...): agents add to a declared flow
 * metric ({@code record.MetricSpec.flow}, or a {@link FlowKey}), which the metrics recorder reads
 * as a sum; cleared at the start of every tick. Only flows can be added to, so a level such as a
 * yield or a price is declared with its own aggregation instead of being summed here.
 */
public final class TickStats implements java.io.Serializable {
  private final Map<String, double[]> values = new LinkedHashMap<>();

  public void add(FlowKey flow, double v) {
    if (!flow.flow()) {
      throw new IllegalArgumentException(flow.name() + " is not a flow metric");
    }
    values.computeIfAbsent(flow.name(), k -> new double[1])[0] += v;
  }

  /** This month's sum of a flow (0 when nobody added to it). */
  public double get(String name) {
    double[] v = values.get(name);
    return v == null ? 0 : v[0];
  }

  public void clear() {
    values.clear();
  }
}
