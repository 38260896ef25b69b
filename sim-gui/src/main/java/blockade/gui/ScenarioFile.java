package blockade.gui;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file the GUI runs: its validated config and the resolved YAML that lever edits are
 * applied to (as {@code --set} overrides, so a run saved from the GUI can be replayed headless).
 *
 * @param file the file as given
 * @param config the validated config
 * @param resolvedYaml the merged YAML the config was bound from
 * @param hash the config hash (as in summary.json)
 */
public record ScenarioFile(Path file, ScenarioConfig config, String resolvedYaml, String hash) {

  /** Loads and validates a scenario file; every problem is in the exception. */
  public static ScenarioFile load(Path file) throws ConfigException {
    Loaded<ScenarioConfig> l = ConfigLoader.load(file, List.of(), ScenarioConfig.class);
    return new ScenarioFile(file, l.value(), l.resolvedYaml(), l.hash());
  }

  /** This scenario with {@code --set} overrides applied, validated. */
  public ScenarioConfig withSets(List<String> sets) throws ConfigException {
    return ConfigLoader.loadText(
            file + " (with GUI levers)", resolvedYaml, sets, ScenarioConfig.class)
        .value();
  }
}
