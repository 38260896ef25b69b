package blockade.experiment.montecarlo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeds of the replications of a Monte Carlo experiment, derived from its master seed so that
 * replications are statistically independent and a replication's seed depends only on (master seed,
 * replication index) — never on the thread that runs it or on the order runs finish.
 *
 * <p>Scheme (part of the reproducibility contract; changing it changes every Monte Carlo result):
 *
 * <ol>
 *   <li>The 64-bit master seed is expanded into the 256-bit state of a xoshiro256++ generator
 *       ({@link RandomSource#XO_SHI_RO_256_PP}) with four successive SplitMix64 outputs (Steele,
 *       Lea and Flood 2014; increment {@code 0x9E3779B97F4A7C15}). The expansion is done here
 *       rather than by Commons RNG's seed conversion so that it cannot change with the library
 *       version.
 *   <li>Replication {@code j} uses the stream that starts {@code j} jumps of 2<sup>128</sup>
 *       outputs into that generator: streams of different replications never overlap.
 *   <li>The replication seed is the first output of that stream. It is the single {@code long}
 *       handed to {@code ReplicationRunner.run}, which derives the run's per-agent streams from it;
 *       {@code blockade run --seed <that seed>} therefore reproduces replication {@code j}.
 * </ol>
 *
 * <p>Jumps are sequential, so the seeds of a master are computed once in index order and cached
 * (about 1 µs each; 100,000 replications take a fraction of a second and 800 KB). The cache keeps
 * the few most recently used masters. All methods are thread-safe.
 */
public final class ReplicationSeeds {
  private static final int CACHED_MASTERS = 8;
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private static final Map<Long, Sequence> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Sequence> eldest) {
          return size() > CACHED_MASTERS;
        }
      };

  private ReplicationSeeds() {}

  /**
   * The seed of replication {@code j} (0-based) of the experiment with master seed {@code master}.
   */
  public static long seedFor(long master, int j) {
    if (j < 0) {
      throw new IllegalArgumentException("replication index must be >= 0, got " + j);
    }
    return sequence(master).get(j);
  }

  /** The seeds of replications {@code 0..n-1}, in index order. */
  public static long[] seeds(long master, int n) {
    long[] out = new long[n];
    if (n == 0) {
      return out;
    }
    Sequence s = sequence(master);
    s.get(n - 1);
    for (int j = 0; j < n; j++) {
      out[j] = s.get(j);
    }
    return out;
  }

  private static Sequence sequence(long master) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(master, Sequence::new);
    }
  }

  /** The 256-bit xoshiro state for a master seed: four SplitMix64 outputs. */
  static long[] expand(long master) {
    long[] state = new long[4];
    long x = master;
    for (int i = 0; i < state.length; i++) {
      x += GOLDEN_GAMMA;
      long z = x;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      state[i] = z ^ (z >>> 31);
    }
    return state;
  }

  /** The seeds of one master, extended on demand by jumping the generator. */
  private static final class Sequence {
    private final JumpableUniformRandomProvider generator;
    private long[] seeds = new long[64];
    private int size;

    Sequence(long master) {
      generator =
          (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(expand(master));
    }

    synchronized long get(int j) {
      while (size <= j) {
        if (size == seeds.length) {
          long[] bigger = new long[Math.max(seeds.length * 2, j + 1)];
          System.arraycopy(seeds, 0, bigger, 0, size);
          seeds = bigger;
        }
        // jump() returns a copy positioned at the current stream and moves the generator 2^128 on.
        UniformRandomProvider stream = generator.jump();
        seeds[size++] = stream.nextLong();
      }
      return seeds[j];
    }
  }
}
