package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Origin;
import blockade.core.config.ConfigNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies command-line overrides {@code path.to.key=value} to the merged tree. The value is read as
 * YAML (so {@code [1,2]} is a list); keys that do not exist are checked later like any other.
 */
final class SetOverrides {
  private static final Origin SET = new Origin(ConfigMessages.SET_FILE, 0);
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+\\])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  /** One step of a path: a key, or a list index when {@code key} is null. */
  private record Step(String key, int index) {}

  /** Signals an override that names a list element that is not there. */
  private static final class BadPath extends Exception {
    private static final long serialVersionUID = 1L;
    final String path;

    BadPath(String path, String message) {
      super(message, null, false, false);
      this.path = path;
    }
  }

  private SetOverrides() {}

  /**
   * Returns {@code tree} with every override applied in order; bad ones become problems.
   *
   * @param nulled receives the key path of every override with an empty or null value (which unsets
   *     the key), so that a problem this causes can be blamed on the override
   */
  static ConfigNode apply(
      ConfigNode tree, List<String> sets, List<ConfigProblem> problems, List<String> nulled) {
    for (String set : sets) {
      int eq = set.indexOf('=');
      List<Step> steps = eq <= 0 ? null : parse(set.substring(0, eq).strip());
      if (steps == null) {
        problems.add(
            new ConfigProblem(ConfigMessages.SET_FILE, 0, set, ConfigMessages.SET_MALFORMED));
        continue;
      }
      String path = set.substring(0, eq).strip();
      List<ConfigProblem> yamlProblems = new ArrayList<>();
      String text = set.substring(eq + 1);
      if (text.length() > InputLimits.MAX_SET_CHARS) {
        // refused unparsed, like an overlong line in a file
        problems.add(
            new ConfigProblem(
                ConfigMessages.SET_FILE,
                0,
                path,
                String.format(
                    Locale.ROOT,
                    ConfigMessages.SET_TOO_LONG,
                    text.length(),
                    InputLimits.MAX_SET_CHARS)));
        continue;
      }
      ConfigNode value =
          text.isBlank()
              ? new ConfigNode.Scalar(text, true, SET)
              : YamlReader.read(text, ConfigMessages.SET_FILE, yamlProblems);
      if (value == null || !yamlProblems.isEmpty()) {
        String prefix = String.format(Locale.ROOT, ConfigMessages.YAML_SYNTAX, "");
        String reason = yamlProblems.isEmpty() ? "" : yamlProblems.get(0).message();
        reason = reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
        problems.add(
            new ConfigProblem(
                ConfigMessages.SET_FILE,
                0,
                path,
                String.format(Locale.ROOT, ConfigMessages.SET_BAD_YAML, reason)
                    + String.format(Locale.ROOT, ConfigMessages.GOT, text)));
        continue;
      }
      if (value instanceof ConfigNode.Scalar sc && sc.isNull()) {
        nulled.add(canonicalPath(tree, steps));
      }
      try {
        tree = put(tree, steps, 0, ConfigNode.relocate(value, SET), "");
      } catch (BadPath e) {
        problems.add(new ConfigProblem(ConfigMessages.SET_FILE, 0, e.path, e.getMessage()));
      }
    }
    return tree;
  }

  /**
   * The key path the binder will use for {@code steps} in {@code tree}: dotted map keys that exist
   * ({@code gpt-4.5}) stay one key, as {@link #put} treats them.
   */
  private static String canonicalPath(ConfigNode tree, List<Step> steps) {
    String path = "";
    ConfigNode node = tree;
    int i = 0;
    while (i < steps.size()) {
      Step step = steps.get(i);
      if (step.key() == null) {
        path = KeyPath.index(path, step.index());
        node =
            node instanceof Sequence seq && step.index() < seq.items().size()
                ? seq.items().get(step.index())
                : null;
        i++;
        continue;
      }
      Mapping map = node instanceof Mapping m ? m : ConfigNode.emptyMapping(SET);
      int last = longestExistingKey(map, steps, i);
      String key = joinKeys(steps, i, last);
      path = KeyPath.child(path, key);
      node = map.entries().get(key);
      i = last + 1;
    }
    return path;
  }

  /** Splits {@code a.b[2].c} into steps; null when malformed. */
  private static List<Step> parse(String path) {
    List<Step> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return null;
      }
      steps.add(new Step(m.group(1), -1));
      Matcher idx = INDEX.matcher(m.group(2));
      while (idx.find()) {
        steps.add(new Step(null, Integer.parseInt(idx.group(1))));
      }
    }
    return steps;
  }

  private static ConfigNode put(
      ConfigNode node, List<Step> steps, int i, ConfigNode value, String path) throws BadPath {
    if (i == steps.size()) {
      return value;
    }
    Step step = steps.get(i);
    if (step.key() == null) {
      String here = KeyPath.index(path, step.index());
      if (!(node instanceof Sequence seq)) {
        throw new BadPath(path, ConfigMessages.NOT_LIST);
      }
      if (step.index() >= seq.items().size()) {
        throw new BadPath(
            here, String.format(Locale.ROOT, ConfigMessages.SET_NO_ELEMENT, seq.items().size()));
      }
      List<ConfigNode> items = new ArrayList<>(seq.items());
      items.set(step.index(), put(items.get(step.index()), steps, i + 1, value, here));
      return new Sequence(items, seq.origin());
    }
    Mapping map = node instanceof Mapping m ? m : ConfigNode.emptyMapping(SET);
    int last = longestExistingKey(map, steps, i);
    String key = joinKeys(steps, i, last);
    LinkedHashMap<String, ConfigNode> entries = new LinkedHashMap<>(map.entries());
    entries.put(key, put(entries.get(key), steps, last + 1, value, KeyPath.child(path, key)));
    return new Mapping(entries, map.origin());
  }

  /**
   * Map keys may contain dots ({@code gpt-4.5}); the longest run of steps that names an existing
   * key wins, otherwise the single step is the key.
   */
  private static int longestExistingKey(Mapping map, List<Step> steps, int from) {
    int best = from;
    for (int j = from + 1; j < steps.size() && steps.get(j).key() != null; j++) {
      if (map.entries().containsKey(joinKeys(steps, from, j))) {
        best = j;
      }
    }
    return best;
  }

  private static String joinKeys(List<Step> steps, int from, int to) {
    StringBuilder sb = new StringBuilder(steps.get(from).key());
    for (int j = from + 1; j <= to; j++) {
      sb.append('.').append(steps.get(j).key());
    }
    return sb.toString();
  }
}
