package blockade.cluster;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.experiment.montecarlo.RunPlan;
import java.util.List;

/**
 * A scenario rebuilt on the executor from the resolved config the driver loaded. The executor
 * checks the rebuilt config has the driver's hash, so a replication can never run on a config that
 * differs from the one recorded in the results.
 *
 * @param label scenario name, for messages
 * @param resolvedYaml the driver's {@code Loaded.resolvedYaml()}
 * @param hash the driver's {@code Loaded.hash()}
 */
public record ScenarioArm(String label, String resolvedYaml, String hash) implements ArmRunner {
  @Override
  public RunPlan.Runner create() throws Exception {
    Loaded<ScenarioConfig> loaded =
        ConfigLoader.loadText(label, resolvedYaml, List.of(), ScenarioConfig.class);
    if (!loaded.hash().equals(hash)) {
      throw new IllegalStateException(
          "the config of "
              + label
              + " rebuilt on an executor has hash "
              + loaded.hash()
              + ", not the driver's "
              + hash);
    }
    ScenarioRunner runner = new ScenarioRunner(loaded.value());
    return (run, seed) -> runner.run(seed);
  }

  @Override
  public String cacheKey() {
    return "scenario:" + label + ":" + hash;
  }
}
