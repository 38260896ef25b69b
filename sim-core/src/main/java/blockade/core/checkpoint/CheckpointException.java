package blockade.core.checkpoint;

/** A checkpoint file that cannot be used: not a checkpoint, another format version, truncated... */
public final class CheckpointException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckpointException(String message) {
    super(message);
  }

  public CheckpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
