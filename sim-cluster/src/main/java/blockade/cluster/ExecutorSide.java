package blockade.cluster;

import blockade.core.observe.RunResult;
import blockade.experiment.montecarlo.Replications;
import blockade.experiment.montecarlo.RunPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What runs on an executor: one replication of every scenario of a job, exactly as the local runner
 * runs it (same runner, same seed, same validation, same failure message).
 */
final class ExecutorSide {
  private static final Logger LOG = LogManager.getLogger(ExecutorSide.class);

  /** Runners built in this JVM, by {@link ArmRunner#cacheKey()}: a config is parsed once. */
  private static final Map<String, RunPlan.Runner> RUNNERS = new ConcurrentHashMap<>();

  private ExecutorSide() {}

  /** Replication {@code run} of every arm, in arm order, on {@code seed}. */
  static List<Rep> replicate(List<ArmRunner> arms, int run, long seed) {
    List<Rep> out = new ArrayList<>(arms.size());
    for (int a = 0; a < arms.size(); a++) {
      out.add(runOne(arms.get(a), a, run, seed));
    }
    return out;
  }

  private static Rep runOne(ArmRunner arm, int a, int run, long seed) {
    long t0 = System.nanoTime();
    try {
      RunPlan.Runner runner = runner(arm);
      RunResult result = runner.run(run, seed);
      Replications.validate(result);
      return Rep.ok(a, run, seed, (System.nanoTime() - t0) / 1e6, result);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      LOG.warn("replication {} with seed {} failed", run, seed, e);
      return Rep.failed(a, run, seed, (System.nanoTime() - t0) / 1e6, e);
    }
  }

  private static RunPlan.Runner runner(ArmRunner arm) throws Exception {
    RunPlan.Runner r = RUNNERS.get(arm.cacheKey());
    if (r == null) {
      r = arm.create();
      RunPlan.Runner prev = RUNNERS.putIfAbsent(arm.cacheKey(), r);
      if (prev != null) {
        r = prev;
      }
    }
    return r;
  }
}
