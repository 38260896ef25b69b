package blockade.core.config;

/** Collects cross-key problems for one record; the loader turns them into file:line messages. */
public interface Validation {
  /**
   * Report a problem unless {@code ok}.
   *
   * @param ok whether the rule holds
   * @param relativeKey key path relative to the record being validated (e.g. "effective" or
   *     "skus[2].name"); the loader prefixes the record's own path and finds the line
   * @param rule the rule, phrased to follow the key path (e.g. "must not be before announce")
   * @param got the offending value, printed after ", got "
   */
  void check(boolean ok, String relativeKey, String rule, Object got);
}
