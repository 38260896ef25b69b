package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Origin;
import blockade.core.config.ConfigNode.Scalar;
import blockade.core.config.ConfigNode.Sequence;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a merged tree against a record type and builds the records, reporting every problem
 * instead of stopping at the first. It also fills defaults, records each key path's line and
 * builds the canonical tree that the resolved YAML and the hash are made from.
 */
final class Binder {
  /** A bound value with its canonical form (defaults filled, declaration order). */
  record Bound(Object value, JsonNode canonical) {}

  /** A record built at {@code path}; kept in construction order, i.e. children first. */
  record Built(String path, Record record) {}

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_SHOWN = 60;

  private final List<ConfigProblem> problems;
  private final Map<String, Origin> lines = new LinkedHashMap<>();
  private final List<Built> built = new ArrayList<>();

  Binder(List<ConfigProblem> problems) {
    this.problems = problems;
  }

  /** Where each bound key path was written (defaults: where their enclosing mapping was). */
  Map<String, Origin> lines() {
    return lines;
  }

  /** Every record built, children before parents. */
  List<Built> built() {
    return built;
  }

  /** Binds {@code node} as {@code type} at {@code path}; null (with problems added) if invalid. */
  Bound bind(ConfigNode node, ValueType type, String path) {
    lines.putIfAbsent(path, node.origin());
    if (type instanceof ValueType.Rec r) {
      return bindRecord(node, r.type(), path);
    }
    if (type instanceof ValueType.ListOf l) {
      return bindList(node, l.item(), path);
    }
    if (type instanceof ValueType.MapOf m) {
      return bindMap(node, m.value(), path);
    }
    if (!(node instanceof Scalar s) || s.isNull()) {
      fail(node, path, ruleOf(type));
      return null;
    }
    return bindScalar(s, type, path);
  }

  private Bound bindRecord(ConfigNode node, Class<? extends Record> type, String path) {
    if (!(node instanceof Mapping map)) {
      fail(node, path, ConfigMessages.NOT_MAPPING);
      return null;
    }
    List<ConfigKey> keys = ConfigKey.of(type);
    List<String> names = ConfigKey.names(type);
    map.entries().forEach((k, v) -> {
      if (!names.contains(k)) {
        report(v.origin(), KeyPath.child(path, k), ConfigMessages.unknownKey(k, names));
      }
    });
    Object[] args = new Object[keys.size()];
    ObjectNode canonical = JSON.objectNode();
    boolean ok = true;
    for (int i = 0; i < keys.size(); i++) {
      ConfigKey key = keys.get(i);
      String keyPath = KeyPath.child(path, key.name());
      ConfigNode child = map.entries().get(key.name());
      Bound b;
      if (child != null) {
        b = bind(child, key.type(), keyPath);
      } else if (key.defaultLiteral() != null) {
        b = bindDefault(type, key, map.origin(), keyPath);
      } else if (key.optional()) {
        continue;
      } else {
        report(map.origin(), keyPath, ConfigMessages.REQUIRED);
        ok = false;
        continue;
      }
      if (b == null) {
        ok = false;
      } else {
        args[i] = b.value();
        canonical.set(key.name(), b.canonical());
      }
    }
    if (!ok) {
      return null;
    }
    try {
      Record r = (Record) ConfigKey.constructor(type).newInstance(args);
      built.add(new Built(path, r));
      return new Bound(r, canonical);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      report(map.origin(), path, String.format(Locale.ROOT, ConfigMessages.REJECTED, why));
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct config record " + type.getName(), e);
    }
  }

  /** Binds a {@link Default} literal; a literal that does not fit its key is a programming error. */
  private Bound bindDefault(Class<?> type, ConfigKey key, Origin at, String keyPath) {
    List<ConfigProblem> own = new ArrayList<>();
    ConfigNode literal = YamlReader.read(key.defaultLiteral(), "@Default", own);
    int before = problems.size();
    Bound b = literal == null ? null : bind(ConfigNode.relocate(literal, at), key.type(), keyPath);
    if (b == null || !own.isEmpty() || problems.size() > before) {
      List<ConfigProblem> added = new ArrayList<>(own);
      added.addAll(problems.subList(before, problems.size()));
      throw new IllegalStateException("bad @Default(\"" + key.defaultLiteral() + "\") on "
          + type.getName() + "." + key.name() + ": " + added);
    }
    return b;
  }

  /**
   * The {@link Default} literal of {@code key} converted like user input, as it appears in the
   * resolved config (for the schema's {@code default}).
   */
  static JsonNode canonicalDefault(Class<?> owner, ConfigKey key) {
    return new Binder(new ArrayList<>())
        .bindDefault(owner, key, new Origin("@Default", 0), "").canonical();
  }

  private Bound bindList(ConfigNode node, ValueType item, String path) {
    if (!(node instanceof Sequence seq)) {
      fail(node, path, ConfigMessages.NOT_LIST);
      return null;
    }
    List<Object> values = new ArrayList<>();
    ArrayNode canonical = JSON.arrayNode();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      Bound b = bind(seq.items().get(i), item, KeyPath.index(path, i));
      if (b == null) {
        ok = false;
      } else {
        values.add(b.value());
        canonical.add(b.canonical());
      }
    }
    return ok ? new Bound(Collections.unmodifiableList(values), canonical) : null;
  }

  private Bound bindMap(ConfigNode node, ValueType valueType, String path) {
    if (!(node instanceof Mapping map)) {
      fail(node, path, ConfigMessages.NOT_MAPPING);
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    ObjectNode canonical = JSON.objectNode();
    boolean ok = true;
    for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
      String keyPath = KeyPath.child(path, e.getKey());
      if (!ID.matcher(e.getKey()).matches()) {
        report(e.getValue().origin(), keyPath, ConfigMessages.NOT_ID + got(e.getKey()));
        ok = false;
        continue;
      }
      Bound b = bind(e.getValue(), valueType, keyPath);
      if (b == null) {
        ok = false;
      } else {
        values.put(e.getKey(), b.value());
        canonical.set(e.getKey(), b.canonical());
      }
    }
    return ok ? new Bound(Collections.unmodifiableMap(values), canonical) : null;
  }

  private Bound bindScalar(Scalar s, ValueType type, String path) {
    String text = s.text().strip();
    if (type instanceof ValueType.Num n) {
      return bindNumber(s, text, n, path);
    }
    if (type instanceof ValueType.Bool) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        boolean v = Boolean.parseBoolean(text);
        return new Bound(v, JSON.booleanNode(v));
      }
    } else if (type instanceof ValueType.Text) {
      return new Bound(s.text(), JSON.textNode(s.text()));
    } else if (type instanceof ValueType.Month) {
      if (MONTH.matcher(text).matches()) {
        return new Bound(YearMonth.parse(text), JSON.textNode(text));
      }
    } else if (type instanceof ValueType.EnumOf e) {
      for (Object c : e.type().getEnumConstants()) {
        if (ConfigMessages.enumName((Enum<?>) c).equals(text)) {
          return new Bound(c, JSON.textNode(text));
        }
      }
    }
    fail(s, path, ruleOf(type));
    return null;
  }

  private Bound bindNumber(Scalar s, String text, ValueType.Num n, String path) {
    Object value = null;
    double v = Double.NaN;
    if (n.integer() && INTEGER.matcher(text).matches()) {
      try {
        long l = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        boolean isInt = n.javaType() == int.class || n.javaType() == Integer.class;
        if (!isInt) {
          value = Long.valueOf(l);
        } else if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
          value = Integer.valueOf((int) l);
        }
        v = l;
      } catch (NumberFormatException e) {
        value = null;
      }
    } else if (!n.integer() && DECIMAL.matcher(text).matches()) {
      v = Double.parseDouble(text);
      value = Double.valueOf(v);
    }
    if (value == null) {
      fail(s, path, ruleOf(n));
      return null;
    }
    if (!Double.isFinite(v)) {
      fail(s, path, ConfigMessages.tooLarge());
      return null;
    }
    if (n.min() != null && v < n.min()) {
      fail(s, path, ConfigMessages.belowMin(n.min()));
      return null;
    }
    if (n.max() != null && v > n.max()) {
      fail(s, path, ConfigMessages.aboveMax(n.max(), n.maxWhy()));
      return null;
    }
    if (Math.abs(v) > InputLimits.MAX_MAGNITUDE) {
      fail(s, path, ConfigMessages.tooLarge());
      return null;
    }
    JsonNode canonical = value instanceof Integer i ? JSON.numberNode(i)
        : value instanceof Long l ? JSON.numberNode(l) : JSON.numberNode((Double) value);
    return new Bound(value, canonical);
  }

  /** The wrong-type rule for {@code type}. */
  static String ruleOf(ValueType type) {
    if (type instanceof ValueType.Num n) {
      return n.integer() ? ConfigMessages.NOT_INTEGER : ConfigMessages.NOT_NUMBER;
    }
    if (type instanceof ValueType.Bool) {
      return ConfigMessages.NOT_BOOLEAN;
    }
    if (type instanceof ValueType.Month) {
      return ConfigMessages.NOT_YEAR_MONTH;
    }
    if (type instanceof ValueType.EnumOf e) {
      return ConfigMessages.oneOf(Arrays.stream(e.type().getEnumConstants())
          .map(c -> ConfigMessages.enumName((Enum<?>) c)).toList());
    }
    if (type instanceof ValueType.ListOf) {
      return ConfigMessages.NOT_LIST;
    }
    if (type instanceof ValueType.Text) {
      return ConfigMessages.NOT_TEXT;
    }
    return ConfigMessages.NOT_MAPPING;
  }

  /** Reports {@code rule} for {@code node}, adding ", got value" when it is a scalar. */
  private void fail(ConfigNode node, String path, String rule) {
    String suffix = node instanceof Scalar s ? got(s.isNull() ? "null" : s.text()) : "";
    report(node.origin(), path, rule + suffix);
  }

  private void report(Origin at, String path, String message) {
    problems.add(new ConfigProblem(at.file(), at.line(), path, message));
  }

  /** ", got value" with the value on one line and shortened if long. */
  static String got(String value) {
    String oneLine = value.strip().replace("\n", "\\n");
    if (oneLine.length() > MAX_SHOWN) {
      oneLine = oneLine.substring(0, MAX_SHOWN) + "…";
    }
    return String.format(Locale.ROOT, ConfigMessages.GOT, oneLine);
  }
}
