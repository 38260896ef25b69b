package blockade.cluster;

import blockade.experiment.montecarlo.RunPlan;
import java.io.Serializable;

/**
 * Builds, on an executor, the runner of one scenario of a job. Shipped to executors with the job,
 * so it carries only what is needed to rebuild the runner (e.g. the resolved config), never the
 * runner itself.
 */
@FunctionalInterface
public interface ArmRunner extends Serializable {
  /** The runner; called once per executor JVM and cached, so it must be thread-safe. */
  RunPlan.Runner create() throws Exception;

  /** A key identifying the runner this factory builds, for the per-executor cache. */
  default String cacheKey() {
    return getClass().getName() + "@" + System.identityHashCode(this);
  }
}
