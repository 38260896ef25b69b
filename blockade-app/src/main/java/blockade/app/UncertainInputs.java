package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.ConfigProblem;
import blockade.core.config.Loaded;
import blockade.core.observe.ReplicationRunner;
import blockade.experiment.montecarlo.RunPlan;
import blockade.experiment.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code --uncertain STUDY}: each replication's inputs drawn from the study's distributions, on
 * streams of the replication's seed that the model never uses, and set on the scenario like {@code
 * --set} overrides. The study's {@code base} and fixed {@code sets} are not used here: the
 * command's own scenario is the base.
 */
final class UncertainInputs {
  private final Study study;
  private final Path studyFile;

  private UncertainInputs(Study study, Path studyFile) {
    this.study = study;
    this.studyFile = studyFile;
  }

  /**
   * Loads the study and checks its parameters against each loaded scenario; prints every problem
   * and returns null when there are any.
   */
  static UncertainInputs load(Path file, List<Loaded<ScenarioConfig>> scenarios, PrintWriter err) {
    Study study;
    try {
      study = Study.load(file, List.of());
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return null;
    }
    List<ConfigProblem> problems = new ArrayList<>();
    for (Loaded<ScenarioConfig> s : scenarios) {
      for (ConfigProblem p :
          study.checkParameters(
              sets -> ConfigLoader.loadText(shown(s), s.resolvedYaml(), sets, ScenarioConfig.class),
              false)) {
        if (!problems.contains(p)) {
          problems.add(p);
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println(p.format()));
      return null;
    }
    return new UncertainInputs(study, file);
  }

  private static String shown(Loaded<ScenarioConfig> s) {
    return s.files().isEmpty() ? "scenario" : s.files().get(0).toString();
  }

  Study study() {
    return study;
  }

  Path file() {
    return studyFile;
  }

  /** The drawn values as {@code --set} overrides, for a replication's seed. */
  List<String> sets(long seed) {
    return study.sets(study.draw(seed));
  }

  /**
   * A runner of {@code scenario} that first sets the inputs drawn for the replication's seed, then
   * runs what {@code runners} builds for that config.
   */
  ReplicationRunner runner(
      Loaded<ScenarioConfig> scenario, Function<ScenarioConfig, ReplicationRunner> runners) {
    String shown = shown(scenario);
    String yaml = scenario.resolvedYaml();
    return seed -> {
      ScenarioConfig cfg =
          ConfigLoader.loadText(shown, yaml, sets(seed), ScenarioConfig.class).value();
      return runners.apply(cfg).run(seed);
    };
  }

  /** The drawn inputs as columns of the runs table. */
  RunPlan plan() {
    return new RunPlan() {
      @Override
      public List<String> inputNames() {
        return study.ids();
      }

      @Override
      public double[] inputs(int run, long seed) {
        return study.draw(seed);
      }
    };
  }
}
