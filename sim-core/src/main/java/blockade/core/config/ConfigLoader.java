package blockade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a scenario file into a validated config record: follows {@code extends}, applies {@code
 * --set} overrides, fills defaults, checks every key and cross-key rule and reports all problems at
 * once as one-line {@code file:line: key rule, got value} messages.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * Loads {@code file} as a {@code root} record.
   *
   * @param file the scenario file, shown in messages as given
   * @param sets overrides {@code path.to.key=value}, applied in order after merging
   * @param root the config record type
   * @return the bound config with its resolved YAML, hash and the files read
   * @throws ConfigException listing every problem, sorted by file, line and key path
   */
  public static <T extends Record> Loaded<T> load(Path file, List<String> sets, Class<T> root)
      throws ConfigException {
    List<ConfigProblem> problems = new ArrayList<>();
    return bind(FileChain.load(file, problems), problems, sets, root);
  }

  /**
   * Loads a resolved config held in memory (e.g. the one a checkpoint carries) as a {@code root}
   * record, with the same overrides and checks as {@link #load(Path, List, Class)}; messages name
   * {@code shownName}.
   */
  public static <T extends Record> Loaded<T> loadText(
      String shownName, String yaml, List<String> sets, Class<T> root) throws ConfigException {
    List<ConfigProblem> problems = new ArrayList<>();
    return bind(FileChain.loadText(shownName, yaml, problems), problems, sets, root);
  }

  private static <T extends Record> Loaded<T> bind(
      FileChain.Result chain, List<ConfigProblem> problems, List<String> sets, Class<T> root)
      throws ConfigException {
    if (chain.tree() == null) {
      throw failure(problems);
    }
    List<String> nulled = new ArrayList<>();
    ConfigNode tree = SetOverrides.apply(chain.tree(), sets, problems, nulled);
    tree = ConfigNode.withoutNulls(tree);
    Binder binder = new Binder(problems);
    JsonNode canonical = binder.bind(tree, new ValueType.Rec(root), "");
    CrossKeyChecks.run(binder.built(), binder.lines(), problems);
    if (!problems.isEmpty() || canonical == null) {
      throw failure(blameUnsetOverrides(problems, nulled));
    }
    return new Loaded<>(
        root.cast(binder.root()),
        Canonical.yaml(canonical),
        Canonical.hash(canonical),
        chain.files());
  }

  /**
   * Checks each file (no overrides) and collects every problem, for {@code blockade validate}.
   *
   * @return all problems of all files, sorted, a shared parent's reported once; empty when every
   *     file is valid
   */
  public static <T extends Record> List<ConfigProblem> check(List<Path> files, Class<T> root) {
    List<ConfigProblem> all = new ArrayList<>();
    for (Path f : files) {
      try {
        load(f, List.of(), root);
      } catch (ConfigException e) {
        all.addAll(e.problems());
      }
    }
    return all.stream().distinct().sorted(ConfigProblem.ORDER).toList();
  }

  /**
   * Where each key path of one file (its {@code extends} not followed) is written: key path to
   * 1-based line, in file order; empty when the file cannot be read or parsed. For messages about
   * values a file names that another file's rules refuse (e.g. a study's {@code --set} key paths).
   */
  public static Map<String, Integer> keyLines(Path file) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    String text;
    try {
      text = java.nio.file.Files.readString(file);
    } catch (java.io.IOException | RuntimeException e) {
      return lines;
    }
    ConfigNode root = YamlReader.read(text, file.toString(), problems);
    if (root != null) {
      collectLines(root, "", lines);
    }
    return lines;
  }

  private static void collectLines(ConfigNode node, String path, Map<String, Integer> lines) {
    lines.putIfAbsent(path, node.origin().line());
    if (node instanceof ConfigNode.Mapping m) {
      m.entries().forEach((k, v) -> collectLines(v, KeyPath.child(path, k), lines));
    } else if (node instanceof ConfigNode.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        collectLines(s.items().get(i), KeyPath.index(path, i), lines);
      }
    }
  }

  /**
   * A required key that a {@code --set key=} (empty or null value) removed is reported against
   * {@code --set}, not the file line of its enclosing mapping, which the user did not change.
   */
  private static List<ConfigProblem> blameUnsetOverrides(
      List<ConfigProblem> problems, List<String> nulled) {
    if (nulled.isEmpty()) {
      return problems;
    }
    List<ConfigProblem> out = new ArrayList<>();
    for (ConfigProblem p : problems) {
      if (p.message().equals(ConfigMessages.REQUIRED) && nulled.contains(p.path())) {
        out.add(
            new ConfigProblem(
                ConfigMessages.SET_FILE, 0, p.path(), ConfigMessages.REQUIRED_BUT_UNSET));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static ConfigException failure(List<ConfigProblem> problems) {
    List<ConfigProblem> sorted = new ArrayList<>(withoutAliasEchoes(problems));
    sorted.sort(ConfigProblem.ORDER);
    return new ConfigException(sorted);
  }

  /**
   * Drops the type error the binder adds for an alias it read as text ({@code *mw} "must be a
   * number"): the alias problem at the same place already says what to fix.
   */
  private static List<ConfigProblem> withoutAliasEchoes(List<ConfigProblem> problems) {
    String aliasRule =
        ConfigMessages.ALIAS_UNSUPPORTED.substring(
            0, ConfigMessages.ALIAS_UNSUPPORTED.indexOf('%'));
    Set<List<Object>> aliased = new LinkedHashSet<>();
    for (ConfigProblem p : problems) {
      if (p.message().startsWith(aliasRule)) {
        aliased.add(List.of(p.file(), p.line(), p.path()));
      }
    }
    if (aliased.isEmpty()) {
      return problems;
    }
    return problems.stream()
        .filter(
            p ->
                p.message().startsWith(aliasRule)
                    || !aliased.contains(List.of(p.file(), p.line(), p.path())))
        .toList();
  }
}
