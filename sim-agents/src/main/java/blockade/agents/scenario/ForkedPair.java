package blockade.agents.scenario;

import blockade.core.engine.BlockadeModel;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two scenarios that share their history up to a month ({@code compare --fork-at}): for each
 * replication seed the months before the fork run once, under A, and both arms continue from a copy
 * of that state, B with its own config re-bound ({@link MidRun#rebind}). Whichever arm of a seed
 * runs first makes the fork and leaves the other arm's model for it; results do not depend on the
 * order or the threads.
 */
public final class ForkedPair {
  private final ScenarioConfig a;
  private final ScenarioConfig b;
  private final int forkTick;
  private final Map<Long, Object> locks = new ConcurrentHashMap<>();
  private final Map<Long, BlockadeModel> pendingA = new ConcurrentHashMap<>();
  private final Map<Long, BlockadeModel> pendingB = new ConcurrentHashMap<>();

  /**
   * @throws IllegalArgumentException with the first key that B's history before the fork would not
   *     share with A's (see {@link MidRun#forkConflict}), or a fork month outside the run
   */
  public ForkedPair(ScenarioConfig a, ScenarioConfig b, YearMonth forkAt) {
    String conflict = MidRun.forkConflict(a, b, forkAt);
    if (conflict != null) {
      throw new IllegalArgumentException("--fork-at " + forkAt + ": A and B differ in " + conflict);
    }
    if (forkAt.isBefore(a.start()) || forkAt.isAfter(a.end())) {
      throw new IllegalArgumentException(
          "--fork-at " + forkAt + " is outside the run " + a.start() + ".." + a.end());
    }
    this.a = a;
    this.b = b;
    this.forkTick = (int) a.start().until(forkAt, java.time.temporal.ChronoUnit.MONTHS);
  }

  public ReplicationRunner a() {
    return seed -> run(seed, false);
  }

  public ReplicationRunner b() {
    return seed -> run(seed, true);
  }

  private RunResult run(long seed, boolean armB) {
    BlockadeModel m;
    synchronized (locks.computeIfAbsent(seed, k -> new Object())) {
      m = (armB ? pendingB : pendingA).remove(seed);
      if (m == null) {
        BlockadeModel shared = ScenarioBuilder.build(a, seed);
        shared.start();
        shared.runUntil(forkTick);
        BlockadeModel forB = MidRun.rebind(shared, b);
        if (armB) {
          pendingA.put(seed, shared);
          m = forB;
        } else {
          pendingB.put(seed, forB);
          m = shared;
        }
      } else {
        locks.remove(seed);
      }
    }
    m.continueToEnd();
    return ScenarioRunner.result(m);
  }
}
