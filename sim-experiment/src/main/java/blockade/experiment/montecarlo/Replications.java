package blockade.experiment.montecarlo;

import blockade.core.observe.RunResult;

/**
 * The checks and messages of a replication that other engines (sim-cluster) must apply exactly as
 * the local runner does, so a replication fails or succeeds, and is described, the same way.
 */
public final class Replications {
  private Replications() {}

  /** Rejects a result the writers cannot store (the replication is then recorded as failed). */
  public static void validate(RunResult r) {
    ReplicationPool.validate(r);
  }

  /** First line of the message, or the class name when there is none. */
  public static String describe(Throwable e) {
    return ReplicationPool.describe(e);
  }

  /** The text stored in {@code meta} under {@code seed_scheme}. */
  public static String seedScheme() {
    return Experiment.SEED_SCHEME;
  }
}
