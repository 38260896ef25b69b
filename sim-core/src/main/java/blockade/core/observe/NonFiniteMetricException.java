package blockade.core.observe;

import java.util.Locale;

/**
 * A metric came out NaN or infinite: the model left its meaningful range (typically a config value
 * so large that a product overflows). The run stops here rather than writing blank cells that Monte
 * Carlo statistics would silently skip.
 */
public final class NonFiniteMetricException extends IllegalStateException {
  private final String metric;
  private final int tick;
  private final String date;
  private final long seed;

  public NonFiniteMetricException(String metric, double value, int tick, String date, long seed) {
    super(
        String.format(
            Locale.ROOT,
            "metric %s is %s in %s (tick %d, seed %d): a config value is probably outside the"
                + " range where the model is meaningful",
            metric,
            Double.isNaN(value) ? "NaN" : value > 0 ? "+infinity" : "-infinity",
            date,
            tick,
            seed));
    this.metric = metric;
    this.tick = tick;
    this.date = date;
    this.seed = seed;
  }

  public String metric() {
    return metric;
  }

  public int tick() {
    return tick;
  }

  public String date() {
    return date;
  }

  public long seed() {
    return seed;
  }
}
