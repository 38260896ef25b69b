package blockade.core.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * PNG charts over a run's dates (JFreeChart 1.0.19, headless). Used by {@code run} (line charts
 * of key metrics) and by the Monte Carlo runner (fan charts; overlays for {@code compare}).
 */
public final class Charts {
  private Charts() {}

  /** Quantile band of one metric over dates for one scenario. */
  public record Band(
      String name, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {}

  /** Line chart, one line per series (insertion order), x axis = dates (YYYY-MM). */
  public static void line(
      Path png, String title, String yLabel, List<String> dates, Map<String, double[]> series)
      throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Fan chart: for each band a median line, a p25–p75 band and a lighter p05–p95 band; with two
   * bands the scenarios are overlaid in distinct colours.
   */
  public static void fan(Path png, String title, String yLabel, List<String> dates, List<Band> bands)
      throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
