package blockade.core.random;

import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Streams for the draws one decider makes about other agents for one purpose (DESIGN §1: common
 * random numbers). The draw about a target — in a given month, or once — comes from a generator
 * derived from the master seed and the key {@code decider/purpose/target} only, e.g. {@code
 * us-bis/listing/bytedance-like}: it does not depend on which other agents exist, in which order
 * they are visited, or how many draws the decider made before. So a scenario that changes one thing
 * (a fund's budget) moves only the draws it should, and adding a firm leaves the others' draws as
 * they were.
 *
 * <p>Holds no generator state (each call returns a fresh generator), so it is trivially {@link
 * Serializable} and a restored checkpoint draws exactly what the original run would have.
 */
public final class KeyedStreams implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final RandomStreams streams;

  /**
   * @param name {@code decider/purpose}, the prefix of every key
   * @param base a 64-bit seed derived from the master seed and {@code name} (e.g. the first draw of
   *     the stream {@code name})
   */
  KeyedStreams(String name, long base) {
    this.name = name;
    this.streams = new RandomStreams(base);
  }

  /**
   * The streams of a decider's draws for a purpose, derived from the run's master seed and {@code
   * decider/purpose} only.
   */
  public static KeyedStreams of(long masterSeed, String decider, String purpose) {
    String name = decider + "/" + purpose;
    return new KeyedStreams(name, new RandomStreams(masterSeed).stream(name).nextLong());
  }

  /**
   * The same from any stream of the run's family (a {@code Port}'s {@code stream(id)}): {@code
   * streamOfName} must be the stream of {@code decider/purpose}.
   */
  public static KeyedStreams of(
      String decider, String purpose, UniformRandomProvider streamOfName) {
    return new KeyedStreams(decider + "/" + purpose, streamOfName.nextLong());
  }

  /** {@code decider/purpose}. */
  public String name() {
    return name;
  }

  /** The full key of the draws about a target. */
  public String key(String target) {
    return name + "/" + target;
  }

  /**
   * A fresh generator for the draws about a target made once (e.g. a population member's traits);
   * every call returns the same sequence.
   */
  public UniformRandomProvider about(String target) {
    return streams.stream(target);
  }

  /**
   * A fresh generator for the draws about a target in one month; every call with the same target
   * and tick returns the same sequence, whatever was drawn about it in other months.
   */
  public UniformRandomProvider about(String target, int tick) {
    return streams.stream(target + "@" + tick);
  }

  /**
   * The first {@code nextLong()} of {@link #about(String, int)}, without building its generator
   * (the engine draws one for every agent every month).
   */
  public long firstLongAbout(String target, int tick) {
    return streams.firstLong(target + "@" + tick);
  }

  /**
   * A target's id hashed once, for {@link #firstLongAbout(long, int)} (the engine keeps one per
   * agent instead of hashing every id every month).
   */
  public static long targetHash(String target) {
    return RandomStreams.fnv1a(target + "@");
  }

  /** {@link #firstLongAbout(String, int)} for a target given by its {@link #targetHash}. */
  public long firstLongAbout(long targetHash, int tick) {
    return streams.firstLongOfHash(RandomStreams.fnv1a(targetHash, Integer.toString(tick)));
  }
}
