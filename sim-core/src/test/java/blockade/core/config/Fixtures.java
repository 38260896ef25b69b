package blockade.core.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

/** Paths of the YAML fixtures and helpers that load them into {@link Toy.ScenarioConfig}. */
final class Fixtures {
  static final Path DIR = Path.of("src/test/resources/config");

  private Fixtures() {}

  static Path file(String name) {
    return DIR.resolve(name);
  }

  /** How a fixture is shown in messages (as passed, i.e. relative to the module directory). */
  static String shown(String name) {
    return file(name).toString();
  }

  static Loaded<Toy.ScenarioConfig> load(String name, String... sets) throws ConfigException {
    return ConfigLoader.load(file(name), List.of(sets), Toy.ScenarioConfig.class);
  }

  /** The formatted problems of loading a fixture that must fail. */
  static List<String> problems(String name, String... sets) {
    ConfigException e = assertThrows(ConfigException.class, () -> load(name, sets));
    return e.problems().stream().map(ConfigProblem::format).toList();
  }
}
