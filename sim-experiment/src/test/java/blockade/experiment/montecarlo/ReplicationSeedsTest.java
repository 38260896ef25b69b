package blockade.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReplicationSeedsTest {

  @Test
  void seedFor_isNotMasterPlusIndex() {
    for (long master : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
      for (int j = 0; j < 100; j++) {
        assertNotEquals(master + j, ReplicationSeeds.seedFor(master, j));
      }
    }
  }

  @Test
  void seedFor_distinctForTenThousandReplications() {
    Set<Long> seen = new HashSet<>();
    for (int j = 0; j < 10_000; j++) {
      seen.add(ReplicationSeeds.seedFor(123, j));
    }
    assertEquals(10_000, seen.size());
  }

  @Test
  void seedFor_stableAcrossCallsAndThreads() throws Exception {
    long master = 987654321L;
    long[] first = ReplicationSeeds.seeds(master, 2000);
    // a fresh cache entry for another master, then asked in reverse order from four threads
    long otherMaster = 555L;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        Callable<long[]> task =
            () -> {
              long[] s = new long[2000];
              for (int j = 1999; j >= 0; j--) {
                s[j] = ReplicationSeeds.seedFor(otherMaster, j);
              }
              return s;
            };
        futures.add(pool.submit(task));
      }
      long[] expected = ReplicationSeeds.seeds(otherMaster, 2000);
      for (Future<long[]> f : futures) {
        assertArrayEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertArrayEquals(first, ReplicationSeeds.seeds(master, 2000));
    assertEquals(first[1234], ReplicationSeeds.seedFor(master, 1234));
  }

  @Test
  void seedFor_documentedScheme() {
    // replication 0 is the first output of the unjumped generator seeded by SplitMix64(master)
    long[] state = ReplicationSeeds.expand(42);
    long expected =
        org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(state).nextLong();
    assertEquals(expected, ReplicationSeeds.seedFor(42, 0));
    assertNotEquals(ReplicationSeeds.seedFor(42, 0), ReplicationSeeds.seedFor(43, 0));
  }

  @Test
  void seedFor_hundredThousandIsCheap() {
    long t0 = System.nanoTime();
    long s = ReplicationSeeds.seedFor(777, 99_999);
    double ms = (System.nanoTime() - t0) / 1e6;
    assertEquals(s, ReplicationSeeds.seeds(777, 100_000)[99_999]);
    org.junit.jupiter.api.Assertions.assertTrue(ms < 5000, "took " + ms + " ms");
  }

  @Test
  void seedFor_negativeIndex_rejected() {
    assertThrows(IllegalArgumentException.class, () -> ReplicationSeeds.seedFor(1, -1));
  }
}
