package blockade.experiment.output;

import java.nio.file.Path;

/**
 * {@code DIR.partial} holds finished work (e.g. replications) of an interrupted command, and the
 * command was started without {@code --resume}: Blockade stops rather than delete it.
 */
public final class UnfinishedWorkException extends OutputRefusedException {
  private static final long serialVersionUID = 1L;

  private final transient Path workDir;
  private final int finished;

  public UnfinishedWorkException(Path workDir, int finished) {
    super(
        workDir
            + " holds "
            + finished
            + " finished replication"
            + (finished == 1 ? "" : "s")
            + " of an interrupted run; add --resume to complete it, or move that folder away to"
            + " start afresh");
    this.workDir = workDir;
    this.finished = finished;
  }

  public Path workDir() {
    return workDir;
  }

  public int finished() {
    return finished;
  }
}
