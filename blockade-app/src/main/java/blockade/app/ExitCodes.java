package blockade.app;

/** Process exit codes, the contract scripts rely on (DESIGN §5). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Runtime failure (the config was fine, something went wrong while running or writing). */
  public static final int RUNTIME = 1;

  /** Bad config or bad command-line usage; nothing was written. */
  public static final int BAD_INPUT = 2;

  /** Monte Carlo finished but some replications failed. */
  public static final int FAILED_REPLICATIONS = 3;

  private ExitCodes() {}
}
