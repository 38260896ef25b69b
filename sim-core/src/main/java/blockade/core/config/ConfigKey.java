package blockade.core.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * One key of a config record as the loader sees it: name, value type, help, default and whether it
 * may be left out; read once per record class from its components' annotations.
 *
 * @param name the YAML key (the component name)
 * @param type what values it accepts
 * @param help help text, empty when none
 * @param defaultLiteral the {@link Default} literal, or null
 * @param optional whether absence means null
 */
record ConfigKey(
    String name, ValueType type, String help, String defaultLiteral, boolean optional) {

  private static final ClassValue<List<ConfigKey>> KEYS =
      new ClassValue<>() {
        @Override
        protected List<ConfigKey> computeValue(Class<?> type) {
          return read(type.asSubclass(Record.class));
        }
      };

  /** Whether the key must be given. */
  boolean required() {
    return defaultLiteral == null && !optional;
  }

  /** The keys of {@code type} in declaration order. */
  static List<ConfigKey> of(Class<? extends Record> type) {
    return KEYS.get(type);
  }

  /** The names of the keys of {@code type} in declaration order. */
  static List<String> names(Class<? extends Record> type) {
    return of(type).stream().map(ConfigKey::name).toList();
  }

  private static List<ConfigKey> read(Class<? extends Record> type) {
    List<ConfigKey> keys = new ArrayList<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      String where = type.getSimpleName() + "." + rc.getName();
      Min min = rc.getAnnotation(Min.class);
      Max max = rc.getAnnotation(Max.class);
      ValueType vt =
          ValueType.of(
              rc.getGenericType(),
              min == null ? null : min.value(),
              max == null ? null : max.value(),
              max == null ? "" : max.why(),
              where);
      Help help = rc.getAnnotation(Help.class);
      Default def = rc.getAnnotation(Default.class);
      boolean optional = rc.isAnnotationPresent(Optional.class);
      if (optional && def == null && rc.getType().isPrimitive()) {
        throw new IllegalStateException(
            where + ": @Optional needs a boxed type, not " + rc.getType());
      }
      keys.add(
          new ConfigKey(
              rc.getName(),
              vt,
              help == null ? "" : help.value(),
              def == null ? null : def.value(),
              optional));
    }
    return List.copyOf(keys);
  }
}
