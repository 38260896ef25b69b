package blockade.experiment.study;

import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.ConfigProblem;
import blockade.core.config.Loaded;
import blockade.core.random.RandomStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A loaded, validated study file: its parameters in file order and the base scenario it names.
 * Uncertain draws come from streams of their own ({@code study/<id>} of the replication's seed), so
 * they never touch the model's streams and adding a parameter changes no other parameter's draws.
 */
public final class Study {
  /** Prefix of the random-stream ids of study draws (no model stream uses it). */
  public static final String STREAM_PREFIX = "study/";

  private final Path file;
  private final Loaded<StudyConfig> loaded;
  private final List<Parameter> parameters;

  private Study(Path file, Loaded<StudyConfig> loaded) {
    this.file = file;
    this.loaded = loaded;
    List<Parameter> ps = new ArrayList<>();
    loaded.value().parameters().forEach((id, c) -> ps.add(new Parameter(id, c.key(), c)));
    this.parameters = List.copyOf(ps);
  }

  /**
   * Loads and validates a study file with the config loader's rules and one-line messages.
   *
   * @param sets {@code --set} overrides of the study file itself (e.g. {@code runsPerPoint=4})
   */
  public static Study load(Path file, List<String> sets) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(List.of(new ConfigProblem(file.toString(), 0, "", "no such file")));
    }
    return new Study(file, ConfigLoader.load(file, sets, StudyConfig.class));
  }

  public Path file() {
    return file;
  }

  public StudyConfig config() {
    return loaded.value();
  }

  /** SHA-256 of the resolved study (for provenance and resume checks). */
  public String hash() {
    return loaded.hash();
  }

  /** The study with every default filled in. */
  public String resolvedYaml() {
    return loaded.resolvedYaml();
  }

  /** The files read (the study, then any file it extends). */
  public List<Path> files() {
    return loaded.files();
  }

  /** Parameters in file order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** Parameter ids in file order (the input columns of the runs table). */
  public List<String> ids() {
    return parameters.stream().map(Parameter::id).toList();
  }

  /** The base scenario, resolved against the study file's folder. */
  public Path basePath() {
    Path dir = file.toAbsolutePath().getParent();
    Path b = Path.of(config().base());
    Path abs = dir == null ? b : dir.resolve(b).normalize();
    // show it relative to the working directory when it is below it, as users wrote the study path
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  /**
   * One replication's uncertain values: parameter {@code i} is drawn from stream {@code study/<id>}
   * of {@code seed}, independent of the model's streams and of the other parameters.
   */
  public double[] draw(long seed) {
    RandomStreams streams = new RandomStreams(seed);
    double[] v = new double[parameters.size()];
    for (int i = 0; i < v.length; i++) {
      Parameter p = parameters.get(i);
      UniformRandomProvider rng = streams.stream(STREAM_PREFIX + p.id());
      v[i] = p.at(rng.nextDouble());
    }
    return v;
  }

  /**
   * The values at design coordinates {@code u} in [0, 1] (one per parameter), 0 being a parameter's
   * lowest and 1 its highest value ({@link Parameter#probabilityRange}: an unbounded lognormal's
   * outer quantiles), so grids and Morris levels reach both ends of every range.
   */
  public double[] at(double[] u) {
    double[] v = new double[parameters.size()];
    for (int i = 0; i < v.length; i++) {
      Parameter p = parameters.get(i);
      double[] r = p.probabilityRange();
      v[i] = p.at(r[0] + (r[1] - r[0]) * u[i]);
    }
    return v;
  }

  /** {@code key=value} overrides setting every parameter to {@code values}. */
  public List<String> sets(double[] values) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(parameters.get(i).set(values[i]));
    }
    return out;
  }

  /**
   * Checks the study's fixed {@code sets} and then every parameter's key path and extremes against
   * the base scenario: the base is loaded with the fixed sets and one parameter at its lowest, then
   * at its highest value, and a problem becomes a one-line message at that line of the study file.
   *
   * @param loader loads the base scenario with extra overrides, throwing its problems
   * @param withFixedSets whether the study's own {@code sets} apply (not for {@code mc
   *     --uncertain}, whose scenario is the base)
   * @return the problems, empty when every parameter can be set
   */
  public List<ConfigProblem> checkParameters(BaseLoader loader, boolean withFixedSets) {
    Map<String, Integer> lines = ConfigLoader.keyLines(file);
    List<ConfigProblem> out = new ArrayList<>();
    List<String> fixed = withFixedSets ? config().sets() : List.of();
    try {
      loader.load(fixed);
    } catch (ConfigException e) {
      int line = lines.getOrDefault("sets", lines.getOrDefault("base", 0));
      for (ConfigProblem q : e.problems()) {
        out.add(new ConfigProblem(file.toString(), line, "sets", q.format()));
      }
      return out;
    }
    for (Parameter p : parameters) {
      for (double u : p.probabilityRange()) {
        double v = p.at(u);
        List<String> sets = new ArrayList<>(fixed);
        sets.add(p.set(v));
        try {
          loader.load(sets);
        } catch (ConfigException e) {
          String at = "parameters." + p.id() + ".key";
          int line = lines.getOrDefault(at, lines.getOrDefault("parameters." + p.id(), 0));
          for (ConfigProblem q : e.problems()) {
            String what =
                ConfigProblemText.isSet(q)
                    ? "--set " + p.set(v) + " is refused: " + ConfigProblemText.rule(q)
                    : "--set " + p.set(v) + " is refused: " + q.format();
            out.add(new ConfigProblem(file.toString(), line, at, what));
          }
          break;
        }
      }
    }
    return out;
  }

  /** Loads the base scenario with overrides; the app supplies it (it knows the scenario type). */
  @FunctionalInterface
  public interface BaseLoader {
    void load(List<String> sets) throws ConfigException;
  }
}
