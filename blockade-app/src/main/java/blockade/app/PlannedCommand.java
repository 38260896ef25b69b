package blockade.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A subcommand DESIGN §5 names that a later version adds ({@code sweep}, {@code sensitivity}):
 * listed in the help so users know it is coming, and saying so plainly (exit 2) when asked for,
 * also with {@code --help}.
 */
abstract class PlannedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", hidden = true)
  java.util.List<String> ignored;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "error: '"
            + spec.name()
            + "' is planned but not available in this version (see the README's command list)");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Command(
      name = "sweep",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "(planned, not in this version) Parameter sweeps from a study file (DESIGN §5).")
  static final class Sweep extends PlannedCommand {}

  @Command(
      name = "sensitivity",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "(planned, not in this version) Global sensitivity analysis from a study file"
              + " (DESIGN §5).")
  static final class Sensitivity extends PlannedCommand {}
}
