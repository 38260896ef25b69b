package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/** The writer side of the pool: finished replications are persisted in batches, none twice. */
class ReplicationPoolTest {
  private static final FakeRunner MODEL = new FakeRunner(3, 0);

  private static Progress quiet(int total) {
    return new Progress(LogManager.getLogger("test"), "test", total, 0, false);
  }

  private static int[] upTo(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  @Test
  void fastReplications_arePersistedInBatches_eachExactlyOnce() throws Exception {
    int n = 200;
    long[] seeds = new long[n];
    for (int i = 0; i < n; i++) {
      seeds[i] = 1000 + i;
    }
    List<Integer> sizes = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    ReplicationPool.run(
        List.of((run, seed) -> MODEL.run(seed)),
        upTo(n),
        seeds,
        1,
        batch -> {
          sizes.add(batch.size());
          for (ReplicationPool.Outcome o : batch) {
            assertTrue(seen.add(o.run()), "replication " + o.run() + " persisted twice");
          }
        },
        quiet(n));
    assertEquals(n, seen.size());
    assertTrue(sizes.stream().allMatch(s -> s >= 1 && s <= ReplicationPool.MAX_BATCH), "" + sizes);
    assertTrue(
        sizes.size() < n / 4,
        "fast replications share transactions (one per replication costs a commit each): " + sizes);
  }

  @Test
  void anAbortKeepsWhatFinished() {
    int n = 50;
    long[] seeds = new long[n];
    List<Integer> persisted = new ArrayList<>();
    // replication 40 stops the pool (an interrupt inside the model); the ones before it finished
    RunPlan.Runner runner =
        (run, seed) -> {
          if (run == 40) {
            throw new InterruptedException("stop");
          }
          return MODEL.run(seed);
        };
    assertThrows(
        InterruptedException.class,
        () ->
            ReplicationPool.run(
                List.of(runner),
                upTo(n),
                seeds,
                1,
                batch -> batch.forEach(o -> persisted.add(o.run())),
                quiet(n)));
    assertEquals(40, persisted.size(), "every replication finished before the stop is kept");
  }
}
