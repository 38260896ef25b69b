package blockade.experiment.montecarlo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Monte Carlo experiment ({@code blockade mc}) should do: how many replications, on how many
 * threads, from which master seed, and where the results go. Validated when built.
 *
 * @param runs number of replications (indices 0..runs−1), at least 1
 * @param threads worker threads, at least 1; results do not depend on it
 * @param masterSeed master seed; replication j runs with {@link
 *     ReplicationSeeds#seedFor}(masterSeed, j)
 * @param outDir final output directory; work happens in {@code <outDir>.partial} and is moved here
 *     when complete (an existing outDir is replaced only then)
 * @param resume reuse {@code <outDir>.partial} from an interrupted run and only run the missing
 *     replications; without it an existing {@code .partial} is deleted
 * @param parquet also export runs, ticks, events, purchases and quantiles as Parquet files
 * @param charts write fan charts {@code charts/fan_<metric>.png}
 * @param chartMetrics metrics to chart; empty means every metric column
 * @param scenario scenario name, written into quantiles, meta and chart titles
 * @param provenance key/value pairs stored in the {@code meta} table (e.g. {@code version}, {@code
 *     git_commit}, {@code config_hash}, {@code config}, {@code command_line}); on resume a {@code
 *     config_hash} different from the stored one is refused
 */
public record McOptions(
    int runs,
    int threads,
    long masterSeed,
    Path outDir,
    boolean resume,
    boolean parquet,
    boolean charts,
    List<String> chartMetrics,
    String scenario,
    Map<String, String> provenance) {

  public McOptions {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (outDir == null) {
      throw new IllegalArgumentException("outDir is required");
    }
    if (scenario == null || scenario.isBlank()) {
      throw new IllegalArgumentException("scenario name is required");
    }
    chartMetrics = chartMetrics == null ? List.of() : List.copyOf(chartMetrics);
    provenance = ordered(provenance);
  }

  /**
   * Options with the usual defaults: no resume, no Parquet, charts of every metric, no provenance.
   */
  public static McOptions of(int runs, int threads, long masterSeed, Path outDir, String scenario) {
    return new McOptions(
        runs, threads, masterSeed, outDir, false, false, true, List.of(), scenario, Map.of());
  }

  static Map<String, String> ordered(Map<String, String> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
