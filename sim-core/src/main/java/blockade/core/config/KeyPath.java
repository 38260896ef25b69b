package blockade.core.config;

/** Builds and shortens key paths like {@code agents.incumbents.acme.cashUsdM} and {@code xs[2]}. */
final class KeyPath {
  private KeyPath() {}

  /** {@code parent.key}, or {@code key} at the root. */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** {@code parent[i]}. */
  static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  /** Joins a record's path and a key relative to it ("effective", "skus[2].name", "[0]"). */
  static String resolve(String base, String relative) {
    if (relative == null || relative.isEmpty()) {
      return base;
    }
    if (base.isEmpty() || relative.startsWith("[")) {
      return base + relative;
    }
    return base + "." + relative;
  }

  /** The path one step up ("a.b[2]" gives "a.b", "a.b" gives "a", "a" gives ""). */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
