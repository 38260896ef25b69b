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
   * Longest line of a config file, characters. The YAML scanner's time grows with the square of
   * a line's length (a 16 MB quoted string took 99 s), so long lines are refused unparsed.
   */
  public static final int MAX_LINE_CHARS = 10_000;

  /** Longest {@code --set} value, characters (the same reason as for lines). */
  public static final int MAX_SET_CHARS = MAX_LINE_CHARS;

  /** Deepest nesting of mappings and lists; scenarios nest about 6 deep. */
  public static final int MAX_NESTING = 32;

  private InputLimits() {}
}
