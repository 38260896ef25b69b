package blockade.experiment.montecarlo;

import blockade.core.observe.RunResult;
import java.util.List;

/**
 * What distinguishes the replications of an experiment besides their seed: the inputs drawn or
 * designed for each (stored as columns of the {@code runs} table) and, for a sweep, the design
 * point a replication belongs to and which replication seed it reuses. A plain Monte Carlo
 * experiment has no inputs and replication {@code j} runs on seed {@code j}.
 */
public interface RunPlan {
  /** The plain plan: no input columns, replication j on seed index j. */
  RunPlan NONE = new RunPlan() {};

  /** Names of the input columns (DOUBLE) added to {@code runs}, in order. */
  default List<String> inputNames() {
    return List.of();
  }

  /** The inputs of replication {@code run} running on {@code seed}, one per {@link #inputNames}. */
  default double[] inputs(int run, long seed) {
    return new double[0];
  }

  /** Whether {@code runs} has a {@code point} column (sweeps). */
  default boolean hasPoints() {
    return false;
  }

  /** The design point of replication {@code run} (when {@link #hasPoints}). */
  default int pointOf(int run) {
    return run;
  }

  /**
   * Which replication seed {@code run} uses ({@link ReplicationSeeds#seedFor}(master, this)): a
   * sweep reuses the same seeds at every point (common random numbers).
   */
  default int seedIndexOf(int run) {
    return run;
  }

  /** Runs one replication, knowing its index (a sweep sets the inputs of its point). */
  @FunctionalInterface
  interface Runner {
    RunResult run(int run, long seed) throws Exception;
  }
}
