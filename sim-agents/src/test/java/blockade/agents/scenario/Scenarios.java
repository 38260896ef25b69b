package blockade.agents.scenario;

import blockade.core.config.ConfigLoader;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test helper: loads configs/ from the repository root and caches runs by (file, seed). */
final class Scenarios {
  private static final Map<String, RunResult> CACHE = new ConcurrentHashMap<>();

  private Scenarios() {}

  static Path configs() {
    String root = System.getProperty("blockade.root", "..");
    return Path.of(root).resolve("configs");
  }

  /** A scenario file with {@code --set} overrides applied. */
  static ScenarioConfig load(String file, String... sets) {
    try {
      return ConfigLoader.load(configs().resolve(file), List.of(sets), ScenarioConfig.class)
          .value();
    } catch (Exception e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }
  }

  /** A fresh model of the config with seed 1, run up to (not including) a tick. */
  static BlockadeModel until(ScenarioConfig c, int tick) {
    BlockadeModel m = ScenarioBuilder.build(c, 1);
    m.start();
    m.runUntil(tick);
    return m;
  }

  static RunResult run(String file, long seed) {
    return CACHE.computeIfAbsent(file + "#" + seed, k -> new ScenarioRunner(load(file)).run(seed));
  }

  static double mean(RunResult r, String metric, String fromDate, String toDate) {
    double s = 0;
    int n = 0;
    for (int t = 0; t < r.metrics().ticks(); t++) {
      String d = r.metrics().dates().get(t);
      if (d.compareTo(fromDate) >= 0 && d.compareTo(toDate) <= 0) {
        s += r.metrics().get(t, metric);
        n++;
      }
    }
    return s / n;
  }

  static double at(RunResult r, String metric, String date) {
    return r.metrics().get(r.metrics().dates().indexOf(date), metric);
  }
}
