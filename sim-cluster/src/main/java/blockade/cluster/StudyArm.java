package blockade.cluster;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import blockade.experiment.montecarlo.RunPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario of a sweep or sensitivity analysis, rebuilt on the executor: replication {@code j}
 * runs the base config with the overrides of point {@code j / runsPerPoint}, exactly as the local
 * study commands build it.
 *
 * @param label the name configs are shown under in messages (the base scenario's path)
 * @param resolvedYaml the base scenario's resolved config
 * @param hash its hash; checked on the executor
 * @param pointSets the {@code --set} overrides of each design point
 * @param runsPerPoint replications per point
 */
public record StudyArm(
    String label, String resolvedYaml, String hash, List<List<String>> pointSets, int runsPerPoint)
    implements ArmRunner {
  private static final int CACHED_POINTS = 64;

  @Override
  public RunPlan.Runner create() throws Exception {
    new ScenarioArm(label, resolvedYaml, hash).create(); // checks the hash
    Map<Integer, ScenarioConfig> configs =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, ScenarioConfig> eldest) {
            return size() > CACHED_POINTS;
          }
        };
    return (run, seed) -> {
      int point = run / runsPerPoint;
      ScenarioConfig cfg;
      synchronized (configs) {
        cfg = configs.get(point);
      }
      if (cfg == null) {
        cfg =
            ConfigLoader.loadText(label, resolvedYaml, pointSets.get(point), ScenarioConfig.class)
                .value();
        synchronized (configs) {
          configs.put(point, cfg);
        }
      }
      return new ScenarioRunner(cfg).run(seed);
    };
  }

  @Override
  public String cacheKey() {
    return "study:" + hash + ":" + pointSets.hashCode() + ":" + runsPerPoint;
  }
}
