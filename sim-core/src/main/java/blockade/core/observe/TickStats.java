package blockade.core.observe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-tick flows agents publish (units purchased, seized chips, fund waste...) for the metrics
 * recorder; cleared at the start of every tick. Keys are metric column names.
 */
public final class TickStats implements java.io.Serializable {
  private final Map<String, double[]> values = new LinkedHashMap<>();

  public void add(String key, double v) {
    values.computeIfAbsent(key, k -> new double[1])[0] += v;
  }

  public double get(String key) {
    double[] v = values.get(key);
    return v == null ? 0 : v[0];
  }

  public void clear() {
    values.clear();
  }
}
