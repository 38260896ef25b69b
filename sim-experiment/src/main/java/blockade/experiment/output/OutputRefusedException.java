package blockade.experiment.output;

/**
 * An output folder a command may not use (see {@link OutputFolder}): a usage error, reported in one
 * line with exit code 2 and nothing written. It extends {@link IllegalArgumentException} so every
 * command treats it as bad input.
 */
public class OutputRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public OutputRefusedException(String message) {
    super(message);
  }
}
