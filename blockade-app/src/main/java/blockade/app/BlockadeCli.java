package blockade.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code blockade} command line (DESIGN §5). Exit codes: 0 success, 1 runtime failure, 2 bad
 * config or usage (see {@link ExitCodes}).
 */
@Command(
    name = "blockade",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Agent-based simulation of China's AI industry under US chip export controls.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      SchemaCommand.class,
      McCommand.class,
      CompareCommand.class,
      GuiCommand.class,
      SweepCommand.class,
      SensitivityCommand.class,
      ReportCommand.class,
      CalibrateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 runtime failure, 2 bad config or usage, 3 Monte Carlo"
          + " finished with failed replications, 130 interrupted (Ctrl-C; mc and compare resume"
          + " with --resume)."
    })
public class BlockadeCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Entry point of the launcher: runs the command and exits with its code. */
  public static void main(String[] args) {
    if (args.length == 0 || !args[0].equals("gui")) {
      // only the GUI opens windows; everything else renders charts off-screen
      System.setProperty("java.awt.headless", "true");
    }
    CommandLine cmd = commandLine();
    cmd.setOut(Console.out());
    cmd.setErr(Console.err());
    int code = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    System.exit(code);
  }

  /**
   * The configured command line: usage errors print one line and a hint and exit 2, failures
   * escaping a command print one line and exit 1. Tests call {@code execute} on this.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new BlockadeCli());
    cmd.setParameterExceptionHandler(USAGE_ERROR);
    cmd.setExecutionExceptionHandler(UNEXPECTED);
    cmd.setExitCodeExceptionMapper(e -> ExitCodes.RUNTIME);
    return cmd;
  }

  /** {@code blockade} without a command: show what there is, exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("error: missing command");
    spec.commandLine().usage(err);
    return ExitCodes.BAD_INPUT;
  }

  private static final IParameterExceptionHandler USAGE_ERROR =
      (ParameterException ex, String[] args) -> {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String msg = ex.getMessage() == null ? "invalid usage" : ex.getMessage().strip();
        int nl = msg.indexOf('\n');
        err.println("error: " + (nl < 0 ? msg : msg.substring(0, nl)));
        String command = cmd.getParent() == null && args.length > 0 ? args[0] : null;
        String near =
            command == null || command.startsWith("-")
                ? null
                : Suggest.closest(command, cmd.getSubcommands().keySet());
        if (near != null) {
          err.println("Did you mean: blockade " + near + "?");
        } else {
          UnmatchedArgumentException.printSuggestions(ex, err);
        }
        err.println(
            "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.BAD_INPUT;
      };

  /** Only reached if a command lets an exception escape (they normally report it themselves). */
  private static final IExecutionExceptionHandler UNEXPECTED =
      (Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) -> {
        PrintWriter err = cmd.getErr();
        err.println("error: " + CliCommand.describe(ex));
        err.flush();
        CliCommand.FAILURES.error("{} failed", cmd.getCommandSpec().qualifiedName(), ex);
        return ExitCodes.RUNTIME;
      };
}
