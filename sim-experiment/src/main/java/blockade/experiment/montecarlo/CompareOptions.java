package blockade.experiment.montecarlo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a scenario comparison ({@code blockade compare A B}) should do. Same meaning as {@link
 * McOptions}, with the names of both scenarios; both run on the same replication seeds.
 *
 * @param scenarioA name of the reference scenario A (differences are B − A)
 * @param scenarioB name of scenario B
 */
public record CompareOptions(
    int runs,
    int threads,
    long masterSeed,
    Path outDir,
    boolean resume,
    boolean parquet,
    boolean charts,
    List<String> chartMetrics,
    String scenarioA,
    String scenarioB,
    Map<String, String> provenance) {

  public CompareOptions {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (outDir == null) {
      throw new IllegalArgumentException("outDir is required");
    }
    if (scenarioA == null || scenarioA.isBlank() || scenarioB == null || scenarioB.isBlank()) {
      throw new IllegalArgumentException("both scenario names are required");
    }
    chartMetrics = chartMetrics == null ? List.of() : List.copyOf(chartMetrics);
    provenance = McOptions.ordered(provenance);
  }

  /** Options with the usual defaults: no resume, no Parquet, charts of every common metric. */
  public static CompareOptions of(
      int runs, int threads, long masterSeed, Path outDir, String scenarioA, String scenarioB) {
    return new CompareOptions(
        runs,
        threads,
        masterSeed,
        outDir,
        false,
        false,
        true,
        List.of(),
        scenarioA,
        scenarioB,
        Map.of());
  }
}
