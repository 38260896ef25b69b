package blockade.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a config cannot be loaded because of the user's input; carries every problem found so
 * they can all be fixed in one go. The message is the problems, one per line.
 */
public class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public ConfigException(List<ConfigProblem> problems) {
    super(
        problems.stream().map(ConfigProblem::format).collect(Collectors.joining("\n")),
        null,
        false,
        false);
    this.problems = List.copyOf(problems);
  }

  /** The problems, sorted by file, line and key path. */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
