package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Origin;
import blockade.core.config.ConfigNode.Scalar;
import blockade.core.config.ConfigNode.Sequence;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a merged tree against a record type, reporting every problem instead of stopping at the
 * first, with the file and line of each. It fills defaults, records each key path's line and writes
 * the canonical tree (defaults filled, declaration order) that the resolved YAML and the hash are
 * made from. Jackson builds the records from that canonical tree: each record whose keys all passed
 * is built as soon as it is checked, so its own constructor and its cross-key rules ({@link
 * Validatable}) run even when another part of the file has problems.
 */
final class Binder {
  /** A record built at {@code path}; kept in construction order, i.e. children first. */
  record Built(String path, Record record) {}

  /**
   * Binds canonical trees to config records: months as YYYY-MM, enums by their kebab-case names
   * ({@link ConfigMessages#enumName}), lists and maps unmodifiable (a config shared by Monte Carlo
   * replications cannot be changed by one of them).
   */
  private static final ObjectMapper RECORDS =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule().setDeserializerModifier(new Unmodifiable()))
          .enumNamingStrategy(ConfigMessages.ENUM_NAMES)
          .build();

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

  /** The record built at the root path, or null if it could not be built. */
  Record root() {
    return built.isEmpty() || !built.get(built.size() - 1).path().isEmpty()
        ? null
        : built.get(built.size() - 1).record();
  }

  /**
   * Checks {@code node} as {@code type} at {@code path}.
   *
   * @return its canonical form, or null (with problems added) if invalid
   */
  JsonNode bind(ConfigNode node, ValueType type, String path) {
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

  private JsonNode bindRecord(ConfigNode node, Class<? extends Record> type, String path) {
    if (!(node instanceof Mapping map)) {
      fail(node, path, ConfigMessages.NOT_MAPPING);
      return null;
    }
    List<ConfigKey> keys = ConfigKey.of(type);
    List<String> names = ConfigKey.names(type);
    map.entries()
        .forEach(
            (k, v) -> {
              if (!names.contains(k)) {
                report(v.origin(), KeyPath.child(path, k), ConfigMessages.unknownKey(k, names));
              }
            });
    ObjectNode canonical = JSON.objectNode();
    boolean ok = true;
    for (int i = 0; i < keys.size(); i++) {
      ConfigKey key = keys.get(i);
      String keyPath = KeyPath.child(path, key.name());
      ConfigNode child = map.entries().get(key.name());
      JsonNode b;
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
        canonical.set(key.name(), b);
      }
    }
    if (!ok) {
      return null;
    }
    try {
      built.add(new Built(path, RECORDS.treeToValue(canonical, type)));
      return canonical;
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String why =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      report(map.origin(), path, String.format(Locale.ROOT, ConfigMessages.REJECTED, why));
      return null;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot build config record " + type.getName(), e);
    }
  }

  /**
   * Binds a {@link Default} literal; a literal that does not fit its key is a programming error.
   */
  private JsonNode bindDefault(Class<?> type, ConfigKey key, Origin at, String keyPath) {
    List<ConfigProblem> own = new ArrayList<>();
    ConfigNode literal = YamlReader.read(key.defaultLiteral(), "@Default", own);
    int before = problems.size();
    JsonNode b =
        literal == null ? null : bind(ConfigNode.relocate(literal, at), key.type(), keyPath);
    if (b == null || !own.isEmpty() || problems.size() > before) {
      List<ConfigProblem> added = new ArrayList<>(own);
      added.addAll(problems.subList(before, problems.size()));
      throw new IllegalStateException(
          "bad @Default(\""
              + key.defaultLiteral()
              + "\") on "
              + type.getName()
              + "."
              + key.name()
              + ": "
              + added);
    }
    return b;
  }

  /**
   * The {@link Default} literal of {@code key} converted like user input, as it appears in the
   * resolved config (for the schema's {@code default}).
   */
  static JsonNode canonicalDefault(Class<?> owner, ConfigKey key) {
    return new Binder(new ArrayList<>()).bindDefault(owner, key, new Origin("@Default", 0), "");
  }

  private JsonNode bindList(ConfigNode node, ValueType item, String path) {
    if (!(node instanceof Sequence seq)) {
      fail(node, path, ConfigMessages.NOT_LIST);
      return null;
    }
    ArrayNode canonical = JSON.arrayNode();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      JsonNode b = bind(seq.items().get(i), item, KeyPath.index(path, i));
      if (b == null) {
        ok = false;
      } else {
        canonical.add(b);
      }
    }
    return ok ? canonical : null;
  }

  private JsonNode bindMap(ConfigNode node, ValueType valueType, String path) {
    if (!(node instanceof Mapping map)) {
      fail(node, path, ConfigMessages.NOT_MAPPING);
      return null;
    }
    ObjectNode canonical = JSON.objectNode();
    boolean ok = true;
    for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
      String keyPath = KeyPath.child(path, e.getKey());
      if (!ID.matcher(e.getKey()).matches()) {
        report(e.getValue().origin(), keyPath, ConfigMessages.NOT_ID + got(e.getKey()));
        ok = false;
        continue;
      }
      JsonNode b = bind(e.getValue(), valueType, keyPath);
      if (b == null) {
        ok = false;
      } else {
        canonical.set(e.getKey(), b);
      }
    }
    return ok ? canonical : null;
  }

  private JsonNode bindScalar(Scalar s, ValueType type, String path) {
    String text = s.text().strip();
    if (type instanceof ValueType.Num n) {
      return bindNumber(s, text, n, path);
    }
    if (type instanceof ValueType.Bool) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return JSON.booleanNode(Boolean.parseBoolean(text));
      }
    } else if (type instanceof ValueType.Text) {
      return JSON.textNode(s.text());
    } else if (type instanceof ValueType.Month) {
      if (MONTH.matcher(text).matches()) {
        return JSON.textNode(text);
      }
    } else if (type instanceof ValueType.EnumOf e) {
      for (Object c : e.type().getEnumConstants()) {
        if (ConfigMessages.enumName((Enum<?>) c).equals(text)) {
          return JSON.textNode(text);
        }
      }
    }
    fail(s, path, ruleOf(type));
    return null;
  }

  private JsonNode bindNumber(Scalar s, String text, ValueType.Num n, String path) {
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
    return value instanceof Integer i
        ? JSON.numberNode(i)
        : value instanceof Long l ? JSON.numberNode(l) : JSON.numberNode((Double) value);
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
      return ConfigMessages.oneOf(
          Arrays.stream(e.type().getEnumConstants())
              .map(c -> ConfigMessages.enumName((Enum<?>) c))
              .toList());
    }
    if (type instanceof ValueType.ListOf) {
      return ConfigMessages.NOT_LIST;
    }
    if (type instanceof ValueType.Text) {
      return ConfigMessages.NOT_TEXT;
    }
    return ConfigMessages.NOT_MAPPING;
  }

  /** Makes the lists and maps Jackson builds unmodifiable, keeping their order. */
  private static final class Unmodifiable extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config,
        CollectionType type,
        BeanDescription bean,
        JsonDeserializer<?> deserializer) {
      return new StdDelegatingDeserializer<>(
          new StdConverter<Object, Object>() {
            @Override
            public Object convert(Object list) {
              return Collections.unmodifiableList((List<?>) list);
            }
          },
          type,
          deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config,
        MapType type,
        BeanDescription bean,
        JsonDeserializer<?> deserializer) {
      return new StdDelegatingDeserializer<>(
          new StdConverter<Object, Object>() {
            @Override
            public Object convert(Object map) {
              return Collections.unmodifiableMap((Map<?, ?>) map);
            }
          },
          type,
          deserializer);
    }
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
