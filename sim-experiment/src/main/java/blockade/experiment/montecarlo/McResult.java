package blockade.experiment.montecarlo;

import java.nio.file.Path;
import java.util.List;

/**
 * Outcome of a Monte Carlo experiment or a comparison, counted over all replications (including
 * those completed before a resume).
 *
 * @param runs replications requested
 * @param ok replications that succeeded (for a comparison: pairs where both scenarios succeeded)
 * @param failed replications that threw (for a comparison: pairs where at least one scenario threw)
 * @param failures every failed replication, by scenario then index
 * @param outDir where the results are
 * @param warnings non-fatal problems (e.g. a chart that could not be drawn, an unknown chart
 *     metric)
 */
public record McResult(
    int runs, int ok, int failed, List<FailedRun> failures, Path outDir, List<String> warnings) {

  /** Process exit code for the command line: 0 when every replication succeeded, 3 otherwise. */
  public int exitCode() {
    return failed == 0 ? 0 : 3;
  }
}
