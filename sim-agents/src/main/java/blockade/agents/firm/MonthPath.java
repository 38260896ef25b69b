package blockade.agents.firm;

import blockade.core.config.Validation;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A configured path of (month, value) points, interpolated log-linearly between points and flat
 * before the first and after the last (e.g. an AI-capex path or a market size). Values must be
 * positive; an empty path is 0 everywhere.
 */
public final class MonthPath implements java.io.Serializable {
  private final long[] months;
  private final double[] logValues;

  public MonthPath(Map<String, Double> points) {
    TreeMap<Long, Double> sorted = new TreeMap<>();
    for (Map.Entry<String, Double> e : points.entrySet()) {
      YearMonth m = YearMonth.parse(e.getKey().trim());
      sorted.put(m.getYear() * 12L + m.getMonthValue() - 1, e.getValue());
    }
    months = new long[sorted.size()];
    logValues = new double[sorted.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : sorted.entrySet()) {
      months[i] = e.getKey();
      logValues[i++] = StrictMath.log(e.getValue());
    }
  }

  /** Value in a month. */
  public double at(YearMonth m) {
    if (months.length == 0) {
      return 0;
    }
    long x = m.getYear() * 12L + m.getMonthValue() - 1;
    if (x <= months[0]) {
      return StrictMath.exp(logValues[0]);
    }
    for (int i = 1; i < months.length; i++) {
      if (x <= months[i]) {
        double f = (x - months[i - 1]) / (double) (months[i] - months[i - 1]);
        return StrictMath.exp(logValues[i - 1] + f * (logValues[i] - logValues[i - 1]));
      }
    }
    return StrictMath.exp(logValues[months.length - 1]);
  }

  /** Checks a path's keys are YYYY-MM months and its values positive. */
  public static void validate(Validation v, String key, Map<String, Double> points) {
    for (Map.Entry<String, Double> e : points.entrySet()) {
      boolean month;
      try {
        YearMonth.parse(e.getKey().trim());
        month = true;
      } catch (DateTimeParseException ex) {
        month = false;
      }
      v.check(month, key + "." + e.getKey(), "must be a month YYYY-MM", e.getKey());
      v.check(
          e.getValue() != null && e.getValue() > 0 && Double.isFinite(e.getValue()),
          key + "." + e.getKey(),
          "must be a positive number",
          e.getValue());
    }
  }
}
