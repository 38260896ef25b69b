package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioMetrics;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.experiment.report.TargetsConfig;
import blockade.experiment.report.TargetsConfig.TargetConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration targets file ({@code report}, {@code calibrate}): loaded with the config loader's
 * one-line problems, and checked against a scenario for the targets it cannot express (a metric it
 * does not record, a window outside its months).
 */
final class TargetsFile {
  private TargetsFile() {}

  /** Loads the file; prints every problem and returns null when it is missing or invalid. */
  static Loaded<TargetsConfig> load(Path file, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      err.println(file + ": no such file");
      return null;
    }
    try {
      return ConfigLoader.load(file, List.of(), TargetsConfig.class);
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return null;
    }
  }

  /**
   * The targets {@code scenario} cannot express, by id in file order, each with a one-line reason
   * naming the file, line and key ({@code file:line: targets.ID.metric ...}).
   */
  static Map<String, String> inexpressible(
      Path file, TargetsConfig targets, ScenarioConfig scenario, Path scenarioFile) {
    List<String> metrics = ScenarioMetrics.registry(scenario).columns();
    Map<String, Integer> lines = ConfigLoader.keyLines(file);
    YearMonth start = scenario.start();
    YearMonth end = scenario.end();
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, TargetConfig> e : targets.targets().entrySet()) {
      TargetConfig t = e.getValue();
      String at = "targets." + e.getKey();
      if (!metrics.contains(t.metric())) {
        out.put(
            e.getKey(),
            file
                + ":"
                + lines.getOrDefault(at + ".metric", 0)
                + ": "
                + at
                + ".metric "
                + t.metric()
                + " is not a metric of "
                + scenarioFile);
      } else if (t.from().isBefore(start) || t.end().isAfter(end)) {
        out.put(
            e.getKey(),
            file
                + ":"
                + lines.getOrDefault(at + ".from", 0)
                + ": "
                + at
                + " window "
                + t.from()
                + " → "
                + t.end()
                + " is outside the scenario's "
                + start
                + " → "
                + end);
      }
    }
    return out;
  }
}
