package blockade.bench;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks share: where the repository is and how a scenario is loaded. */
final class Bench {
  /** The scenario every benchmark runs, relative to the repository root. */
  static final String BASELINE = "configs/baseline.yaml";

  /** Seed of the single-run benchmarks (any seed would do: the run's cost barely depends on it). */
  static final long SEED = 1L;

  private Bench() {}

  /**
   * The repository root: the {@code blockade.root} system property, else the first of the working
   * directory and its parents that holds {@value #BASELINE}.
   */
  static Path root() {
    String p = System.getProperty("blockade.root");
    if (p != null && !p.isBlank()) {
      return Path.of(p).toAbsolutePath().normalize();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(BASELINE))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "cannot find "
            + BASELINE
            + " above "
            + Path.of("").toAbsolutePath()
            + ": run from the repository or pass -Dblockade.root=DIR");
  }

  /** The baseline scenario with {@code --set}-style overrides, as ./blockade run loads it. */
  static ScenarioConfig baseline(String... sets) {
    try {
      return ConfigLoader.load(root().resolve(BASELINE), List.of(sets), ScenarioConfig.class)
          .value();
    } catch (ConfigException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
