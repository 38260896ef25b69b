package blockade.app;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands: runs {@link #execute()} and turns any failure into one line {@code
 * error: <message>} and exit code 1, with the stack trace only under {@code --debug} (and in the
 * log file when {@code -Dblockade.logFile} is set).
 */
abstract class CliCommand implements Callable<Integer> {
  /** Logger of runtime failures; log4j2.xml routes it to the log file only, never the console. */
  static final Logger FAILURES = LogManager.getLogger("blockade.failure");

  @Spec CommandSpec spec;

  @Option(names = "--debug", description = "On a runtime failure, print the stack trace too.")
  boolean debug;

  /** Does the work; returns the exit code. Exceptions become exit code 1. */
  protected abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (Exception | Error e) {
      return fail(e);
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Reports a runtime failure and returns exit code 1. */
  int fail(Throwable e) {
    PrintWriter err = err();
    err.println("error: " + describe(e));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    FAILURES.error("{} failed", spec.qualifiedName(), e);
    return ExitCodes.RUNTIME;
  }

  /** A one-line description of a failure a user can act on. */
  static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory ("
          + e.getMessage()
          + "); give Java more with"
          + " BLOCKADE_JAVA_OPTS=-Xmx8g";
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      // the JDK puts only the path in these; name what went wrong with it
      String reason =
          f.getReason() != null
              ? f.getReason()
              : e instanceof AccessDeniedException
                  ? "permission denied"
                  : e instanceof NoSuchFileException
                      ? "no such file or directory"
                      : e instanceof NotDirectoryException
                          ? "not a directory"
                          : e instanceof FileAlreadyExistsException
                              ? "already exists"
                              : "cannot access (" + e.getClass().getSimpleName() + ")";
      boolean isPath = f.getFile().indexOf(' ') < 0;
      return isPath ? f.getFile() + ": " + reason : f.getFile();
    }
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = msg.indexOf('\n');
    return (nl < 0 ? msg : msg.substring(0, nl)).strip();
  }
}
