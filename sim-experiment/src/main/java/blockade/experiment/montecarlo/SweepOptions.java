package blockade.experiment.montecarlo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A sweep ({@code blockade sweep}, {@code blockade sensitivity}): design points, each replicated
 * {@code runsPerPoint} times on the same seeds (common random numbers).
 *
 * @param command the command name, which names the log and guards the output folder
 * @param names the parameter ids (columns of {@code points} and {@code runs})
 * @param points one row of parameter values per design point
 * @param runsPerPoint replications per point; replication {@code r} of every point runs on {@link
 *     ReplicationSeeds#seedFor}(masterSeed, r)
 * @param threads worker threads
 * @param masterSeed master seed
 * @param outDir output directory (built in {@code <outDir>.partial})
 * @param resume run only the replications missing from {@code <outDir>.partial}
 * @param parquet also export the tables as Parquet files
 * @param scenario the base scenario's name
 * @param identity settings a resumed sweep must share (design, method, sizes)
 * @param provenance meta entries; {@code config_hash*} must match on resume
 */
public record SweepOptions(
    String command,
    List<String> names,
    double[][] points,
    int runsPerPoint,
    int threads,
    long masterSeed,
    Path outDir,
    boolean resume,
    boolean parquet,
    String scenario,
    Map<String, String> identity,
    Map<String, String> provenance) {
  public SweepOptions {
    if (points.length < 1 || runsPerPoint < 1) {
      throw new IllegalArgumentException("a sweep needs at least one point and one run per point");
    }
    if ((long) points.length * runsPerPoint > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("too many runs: " + points.length + " × " + runsPerPoint);
    }
    names = List.copyOf(names);
    identity = McOptions.ordered(identity);
    provenance = McOptions.ordered(provenance);
  }

  /** Total replications. */
  public int runs() {
    return points.length * runsPerPoint;
  }
}
