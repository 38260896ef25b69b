package blockade.core.config;

import blockade.core.config.ConfigNode.Origin;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link Validatable#validate} on every built record, children first, and turns the keys they
 * name into file:line problems by finding where those keys (or their nearest ancestor) were
 * written.
 */
final class CrossKeyChecks {
  private CrossKeyChecks() {}

  static void run(
      List<Binder.Built> built, Map<String, Origin> lines, List<ConfigProblem> problems) {
    for (Binder.Built b : built) {
      if (b.record() instanceof Validatable v) {
        v.validate(
            (ok, relativeKey, rule, got) -> {
              if (!ok) {
                String path = KeyPath.resolve(b.path(), relativeKey);
                Origin at = lineOf(path, lines);
                String suffix = got == null ? "" : Binder.got(show(got));
                problems.add(new ConfigProblem(at.file(), at.line(), path, rule + suffix));
              }
            });
      }
    }
  }

  /**
   * The origin of {@code path}, else of its nearest ancestor that was written. A rule about a whole
   * record is blamed on a {@code --set} that changed a key inside it, if any, since that is what
   * the user just changed (the file line of the record would point at untouched text).
   */
  static Origin lineOf(String path, Map<String, Origin> lines) {
    Origin own = lines.get(path);
    if (own != null && !ConfigMessages.SET_FILE.equals(own.file())) {
      String prefix = path + ".";
      for (Map.Entry<String, Origin> e : lines.entrySet()) {
        if (ConfigMessages.SET_FILE.equals(e.getValue().file()) && e.getKey().startsWith(prefix)) {
          return e.getValue();
        }
      }
    }
    String p = path;
    while (!lines.containsKey(p) && !p.isEmpty()) {
      p = KeyPath.parent(p);
    }
    return lines.getOrDefault(p, new Origin("", 0));
  }

  /** A value as a user would write it in YAML. */
  static String show(Object value) {
    if (value instanceof Double d) {
      return ConfigMessages.number(d);
    }
    if (value instanceof Float f) {
      return ConfigMessages.number(f);
    }
    if (value instanceof Enum<?> e) {
      return ConfigMessages.enumName(e);
    }
    return String.valueOf(value);
  }
}
