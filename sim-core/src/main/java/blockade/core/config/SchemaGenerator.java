package blockade.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a JSON Schema (draft 2020-12) for a config record, so editors can complete keys and
 * flag mistakes while typing; descriptions come from {@link Help}, bounds from {@link Min} and
 * {@link Max}, defaults from {@link Default}. Every nested record is a {@code $defs} entry.
 *
 * <p>The schema describes one file as written, not the merged result: a file that
 * {@code extends} another may leave out any key and may set any key or map entry to
 * {@code null} (which the loader reads as "inherit/unset", see {@link ConfigNode#withoutNulls}).
 * So no key of a nested record is {@code required}; only a file without {@code extends} must
 * give the root's required keys. The loader still checks the merged result completely.
 */
public final class SchemaGenerator {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String ID_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
  static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Class<?>, String> defNames = new LinkedHashMap<>();
  private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /** The schema of {@code root} as pretty-printed JSON. */
  public static String generate(Class<? extends Record> root) {
    SchemaGenerator g = new SchemaGenerator();
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", DRAFT);
    schema.put("title", root.getSimpleName());
    Help help = root.getAnnotation(Help.class);
    if (help != null) {
      schema.put("description", help.value());
    }
    ObjectNode body = g.recordSchema(root);
    body.put("type", "object");
    ((ObjectNode) body.get("properties")).set(ConfigMessages.EXTENDS_KEY, JSON.createObjectNode()
        .put("type", "string")
        .put("description", "File this one inherits from (relative to this file); keys given"
            + " here override it, null resets a key to its default."));
    schema.setAll(body);
    List<String> required = ConfigKey.of(root).stream()
        .filter(ConfigKey::required).map(ConfigKey::name).toList();
    if (!required.isEmpty()) {
      // a file that extends another inherits the required keys; any other file must give them
      schema.putObject("if").putObject("not").putArray("required")
          .add(ConfigMessages.EXTENDS_KEY);
      ArrayNode r = schema.putObject("then").putArray("required");
      required.forEach(r::add);
    }
    if (!g.defs.isEmpty()) {
      ObjectNode defsNode = schema.putObject("$defs");
      g.defs.forEach(defsNode::set);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write schema", e);
    }
  }

  /**
   * A record's schema. It also accepts {@code null}, so a key or map entry naming a record can
   * be reset with null by a plain {@code $ref}: an {@code anyOf} of the record and null would
   * make validators report a second, confusing error ("object found, null expected") next to
   * every real one.
   */
  private ObjectNode recordSchema(Class<? extends Record> type) {
    ObjectNode s = JSON.createObjectNode();
    s.putArray("type").add("object").add("null");
    ObjectNode props = s.putObject("properties");
    for (ConfigKey key : ConfigKey.of(type)) {
      ObjectNode p = JSON.createObjectNode();
      if (!key.help().isEmpty()) {
        p.put("description", key.help());
      }
      p.setAll(orNull(valueSchema(key.type())));
      if (key.defaultLiteral() != null) {
        p.set("default", defaultValue(type, key));
      }
      props.set(key.name(), p);
    }
    s.put("additionalProperties", false);
    return s;
  }

  private ObjectNode valueSchema(ValueType type) {
    ObjectNode s = JSON.createObjectNode();
    if (type instanceof ValueType.Num n) {
      s.put("type", n.integer() ? "integer" : "number");
      // every number is also within ±InputLimits.MAX_MAGNITUDE, as the binder checks
      double min = n.min() == null ? -InputLimits.MAX_MAGNITUDE
          : Math.max(n.min(), -InputLimits.MAX_MAGNITUDE);
      double max = n.max() == null ? InputLimits.MAX_MAGNITUDE
          : Math.min(n.max(), InputLimits.MAX_MAGNITUDE);
      putNumber(s, "minimum", min, n.integer());
      putNumber(s, "maximum", max, n.integer());
    } else if (type instanceof ValueType.Bool) {
      s.put("type", "boolean");
    } else if (type instanceof ValueType.Text) {
      s.put("type", "string");
    } else if (type instanceof ValueType.Month) {
      s.put("type", "string").put("pattern", MONTH_PATTERN);
    } else if (type instanceof ValueType.EnumOf e) {
      s.put("type", "string");
      ArrayNode values = s.putArray("enum");
      Arrays.stream(e.type().getEnumConstants())
          .forEach(c -> values.add(ConfigMessages.enumName((Enum<?>) c)));
    } else if (type instanceof ValueType.ListOf l) {
      s.put("type", "array");
      ObjectNode items = valueSchema(l.item());
      if (items.has("$ref")) {
        items.put("type", "object"); // list items may not be null: the loader rejects them
      }
      s.set("items", items);
    } else if (type instanceof ValueType.MapOf m) {
      s.put("type", "object");
      s.putObject("propertyNames").put("pattern", ID_PATTERN);
      // null removes an inherited entry
      s.set("additionalProperties", orNull(valueSchema(m.value())));
    } else if (type instanceof ValueType.Rec r) {
      s.put("$ref", "#/$defs/" + defName(r.type()));
    }
    return s;
  }

  /**
   * {@code s} that also accepts {@code null}: a key or map entry set to null is inherited or
   * reset to its default. (List items may not be null: the loader rejects them.)
   */
  private static ObjectNode orNull(ObjectNode s) {
    if (s.has("$ref")) {
      return s; // record schemas accept null themselves, see recordSchema
    }
    ObjectNode out = s.deepCopy();
    ArrayNode types = JSON.createArrayNode().add(s.get("type").asText()).add("null");
    out.set("type", types);
    if (out.get("enum") instanceof ArrayNode values) {
      values.addNull();
    }
    return out;
  }

  /** The $defs entry name of a record, adding its schema on first use. */
  private String defName(Class<? extends Record> type) {
    String known = defNames.get(type);
    if (known != null) {
      return known;
    }
    String name = type.getSimpleName();
    if (defs.containsKey(name)) {
      name = type.getName().replace('.', '_').replace('$', '_');
    }
    defNames.put(type, name);
    defs.put(name, JSON.createObjectNode());
    ObjectNode body = recordSchema(type);
    Help help = type.getAnnotation(Help.class);
    if (help != null) {
      defs.get(name).put("description", help.value());
    }
    defs.get(name).setAll(body);
    return name;
  }

  private static void putNumber(ObjectNode s, String field, double v, boolean integer) {
    if (integer || v == Math.rint(v) && Math.abs(v) <= 1e15) {
      s.put(field, (long) v);
    } else {
      s.put(field, v);
    }
  }

  /** The default converted like user input, so the schema shows what the loader would use. */
  private static JsonNode defaultValue(Class<?> owner, ConfigKey key) {
    List<ConfigProblem> problems = new ArrayList<>();
    ConfigNode literal = YamlReader.read(key.defaultLiteral(), "@Default", problems);
    Binder.Bound b = literal == null ? null : new Binder(problems).bind(literal, key.type(), "");
    if (b == null || !problems.isEmpty()) {
      throw new IllegalStateException("bad @Default(\"" + key.defaultLiteral() + "\") on "
          + owner.getName() + "." + key.name() + ": " + problems);
    }
    return b.canonical();
  }
}
