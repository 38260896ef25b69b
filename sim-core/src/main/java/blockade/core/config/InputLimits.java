package blockade.core.config;

/**
 * Sanity limits on config input, checked before any text reaches the YAML parser so that every
 * input, however large, is refused within a second with a message naming the limit. They are not
 * model calibration (that lives in configs/): the largest shipped scenario is about 20 KB with
 * lines under 200 characters, so each limit leaves a wide margin.
 */
public final class InputLimits {
  /** Largest config file read, bytes (1 MiB): about 50 times the shipped baseline. */
  public static final long MAX_FILE_BYTES = 1L << 20;

  /**
   * Longest line of a config file, characters. The YAML scanner's time grows with the square of a
   * line's length (a 16 MB quoted string took 99 s), so long lines are refused unparsed.
   */
  public static final int MAX_LINE_CHARS = 10_000;

  /** Longest {@code --set} value, characters (the same reason as for lines). */
  public static final int MAX_SET_CHARS = MAX_LINE_CHARS;

  /**
   * Largest magnitude of any number in a config (1e15), whatever its key. The largest real
   * quantities in the model's units are below 1e9 (world AI capex in USD millions, chips per year,
   * US frontier compute in H100e-months), so 1e15 leaves six orders of magnitude of room, while
   * products of two such numbers (1e30) stay far from double overflow and chip counts fit a long.
   * Keys with a tighter natural range say so with {@link Max}.
   */
  public static final double MAX_MAGNITUDE = 1e15;

  /** Deepest nesting of mappings and lists; scenarios nest about 6 deep. */
  public static final int MAX_NESTING = 32;

  private InputLimits() {}
}
