package blockade.core.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Derives an independent random stream for every agent and market from (master seed, stable id), so
 * adding an agent never changes the draws of the others. Streams are XoRoShiRo128++ generators
 * seeded through SplitMix64 mixing of the master seed and a 64-bit FNV-1a hash of the id; they are
 * serializable (checkpoints store each generator's state).
 */
public final class RandomStreams implements java.io.Serializable {
  private final long masterSeed;

  public RandomStreams(long masterSeed) {
    this.masterSeed = masterSeed;
  }

  public long masterSeed() {
    return masterSeed;
  }

  /** A new generator for the given stable id; the same (seed, id) always gives the same draws. */
  public UniformRandomProvider stream(String id) {
    long h = fnv1a(id);
    long s0 = mix(masterSeed ^ mix(h));
    long s1 = mix(s0 + 0x9E3779B97F4A7C15L + h);
    if (s0 == 0 && s1 == 0) {
      s1 = 1;
    }
    return new Stream(new long[] {s0, s1});
  }

  /**
   * The first {@code nextLong()} of {@link #stream(String) stream(id)}, without building the
   * generator: XoRoShiRo128++'s first output, rotl(s0 + s1, 17) + s0, from the same seed.
   */
  public long firstLong(String id) {
    return firstLongOfHash(fnv1a(id));
  }

  /** {@link #firstLong(String)} of an id given by its {@link #fnv1a} hash. */
  long firstLongOfHash(long h) {
    long s0 = mix(masterSeed ^ mix(h));
    long s1 = mix(s0 + 0x9E3779B97F4A7C15L + h);
    if (s0 == 0 && s1 == 0) {
      s1 = 1;
    }
    return Long.rotateLeft(s0 + s1, 17) + s0;
  }

  /** A 64-bit seed for MASON's own generator, derived like the streams. */
  public long masonSeed() {
    return mix(masterSeed ^ fnv1a("mason"));
  }

  static long fnv1a(String id) {
    return fnv1a(0xcbf29ce484222325L, id);
  }

  /**
   * The FNV-1a hash of a string continued from the hash {@code h} of what comes before it: {@code
   * fnv1a(fnv1a(a), b) == fnv1a(a + b)}.
   */
  static long fnv1a(long h, String id) {
    int n = id.length();
    int i = 0;
    // ASCII characters are their own UTF-8 bytes: hash them without encoding the string (ids are
    // hashed for every keyed draw, e.g. each agent's decision-order key every month)
    for (; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        break;
      }
      h ^= c;
      h *= 0x100000001b3L;
    }
    if (i == n) {
      return h;
    }
    for (byte b : id.substring(i).getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a bijective 64-bit mixer. */
  public static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
