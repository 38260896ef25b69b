package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigLoader;
import blockade.core.config.ConfigProblem;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code blockade validate FILE...}: checks scenario files without running them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Check scenario files (with the files they extend) without running them.",
      "Prints 'OK <file>' on stdout for each good file and one line per problem on stderr"
          + " (file:line: key.path rule, got value); exits 2 if any file has a problem."
    })
final class ValidateCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  protected int execute() {
    Set<ConfigProblem> shown = new LinkedHashSet<>();
    for (Path f : files) {
      List<ConfigProblem> problems = ConfigLoader.check(List.of(f), ScenarioConfig.class);
      if (problems.isEmpty()) {
        out().println("OK " + f);
      } else {
        // a parent shared by several files is reported once
        problems.stream().filter(shown::add).forEach(p -> err().println(p.format()));
      }
    }
    out().flush();
    err().flush();
    return shown.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
