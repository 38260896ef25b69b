package blockade.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A parsed YAML value that remembers where it was written, so every problem can name file and line
 * even after files are merged and overridden. A mapping value carries the line of its key.
 */
sealed interface ConfigNode {
  /** Where the value (or the key introducing it) was written. */
  Origin origin();

  /** Source location of a node: the file as shown to the user and a 1-based line (0: none). */
  record Origin(String file, int line) {}

  /** A scalar with its text as written; {@code isNull} for YAML null ({@code ~}, empty). */
  record Scalar(String text, boolean isNull, Origin origin) implements ConfigNode {}

  /** A mapping; keys keep their YAML order. */
  record Mapping(LinkedHashMap<String, ConfigNode> entries, Origin origin) implements ConfigNode {}

  /** A sequence. */
  record Sequence(List<ConfigNode> items, Origin origin) implements ConfigNode {}

  /** Child mapping values replace or merge into parent ones; anything else replaces. */
  static ConfigNode merge(ConfigNode parent, ConfigNode child) {
    if (parent instanceof Mapping p && child instanceof Mapping c) {
      LinkedHashMap<String, ConfigNode> out = new LinkedHashMap<>(p.entries());
      c.entries().forEach((k, v) -> out.merge(k, v, ConfigNode::merge));
      return new Mapping(out, c.origin());
    }
    return child;
  }

  /** Removes null values from mappings (an explicit null means "as if absent"). */
  static ConfigNode withoutNulls(ConfigNode node) {
    if (node instanceof Mapping m) {
      LinkedHashMap<String, ConfigNode> out = new LinkedHashMap<>();
      m.entries()
          .forEach(
              (k, v) -> {
                if (!(v instanceof Scalar s && s.isNull())) {
                  out.put(k, withoutNulls(v));
                }
              });
      return new Mapping(out, m.origin());
    }
    if (node instanceof Sequence s) {
      return new Sequence(s.items().stream().map(ConfigNode::withoutNulls).toList(), s.origin());
    }
    return node;
  }

  /** The same tree with every node placed at {@code origin} (for defaults and overrides). */
  static ConfigNode relocate(ConfigNode node, Origin origin) {
    if (node instanceof Mapping m) {
      LinkedHashMap<String, ConfigNode> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, relocate(v, origin)));
      return new Mapping(out, origin);
    }
    if (node instanceof Sequence s) {
      List<ConfigNode> items = new ArrayList<>();
      s.items().forEach(i -> items.add(relocate(i, origin)));
      return new Sequence(items, origin);
    }
    Scalar s = (Scalar) node;
    return new Scalar(s.text(), s.isNull(), origin);
  }

  /** A copy of {@code m} with {@code key} removed. */
  static Mapping without(Mapping m, String key) {
    LinkedHashMap<String, ConfigNode> out = new LinkedHashMap<>(m.entries());
    out.remove(key);
    return new Mapping(out, m.origin());
  }

  /** An empty mapping at {@code origin}. */
  static Mapping emptyMapping(Origin origin) {
    return new Mapping(new LinkedHashMap<>(), origin);
  }
}
