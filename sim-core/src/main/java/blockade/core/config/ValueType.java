package blockade.core.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The kinds of value a config key can hold, derived once from a record component's Java type and
 * bounds; the binder and the schema generator both work from it so they cannot disagree.
 */
sealed interface ValueType {
  /**
   * A number; {@code integer} for int/long; bounds inclusive, null when absent; {@code maxWhy}
   * explains the upper bound (empty when it needs no explanation).
   */
  record Num(Class<?> javaType, boolean integer, Double min, Double max, String maxWhy)
      implements ValueType {}

  /** true or false. */
  record Bool() implements ValueType {}

  /** Free text. */
  record Text() implements ValueType {}

  /** An enum, written as lower-case hyphenated constant names. */
  record EnumOf(Class<?> type) implements ValueType {}

  /** A month written YYYY-MM. */
  record Month() implements ValueType {}

  /** A nested config record. */
  record Rec(Class<? extends Record> type) implements ValueType {}

  /** A list of values of one kind. */
  record ListOf(ValueType item) implements ValueType {}

  /** A mapping from ids to values of one kind, in YAML order. */
  record MapOf(ValueType value) implements ValueType {}

  /**
   * The value type of Java type {@code t} with bounds (applied to numbers, and to the numbers
   * inside lists and maps).
   *
   * @throws IllegalStateException for a type the config system does not support
   */
  static ValueType of(Type t, Double min, Double max, String where) {
    return of(t, min, max, "", where);
  }

  /** As {@link #of(Type, Double, Double, String)}, with the reason for the upper bound. */
  static ValueType of(Type t, Double min, Double max, String maxWhy, String where) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new ListOf(of(p.getActualTypeArguments()[0], min, max, maxWhy, where));
    }
    if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
      if (p.getActualTypeArguments()[0] != String.class) {
        throw new IllegalStateException(where + ": map keys must be String");
      }
      return new MapOf(of(p.getActualTypeArguments()[1], min, max, maxWhy, where));
    }
    if (!(t instanceof Class<?> c)) {
      throw new IllegalStateException(where + ": unsupported config type " + t);
    }
    if (c == double.class || c == Double.class) {
      return new Num(c, false, min, max, maxWhy);
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return new Num(c, true, min, max, maxWhy);
    }
    if (min != null || max != null) {
      throw new IllegalStateException(where + ": @Min/@Max on a non-numeric key");
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Bool();
    }
    if (c == String.class) {
      return new Text();
    }
    if (c == YearMonth.class) {
      return new Month();
    }
    if (c.isEnum()) {
      return new EnumOf(c);
    }
    if (c.isRecord()) {
      return new Rec(c.asSubclass(Record.class));
    }
    throw new IllegalStateException(where + ": unsupported config type " + c.getName());
  }
}
