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
    ((ObjectNode) body.get("properties")).set(ConfigMessages.EXTENDS_KEY, JSON.createObjectNode()
        .put("type", "string")
        .put("description", "File this one inherits from (relative to this file); keys given"
            + " here override it, null resets a key to its default."));
    schema.setAll(body);
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

  private ObjectNode recordSchema(Class<? extends Record> type) {
    ObjectNode s = JSON.createObjectNode();
    s.put("type", "object");
    ObjectNode props = s.putObject("properties");
    List<String> required = new ArrayList<>();
    for (ConfigKey key : ConfigKey.of(type)) {
      ObjectNode p = JSON.createObjectNode();
      if (!key.help().isEmpty()) {
        p.put("description", key.help());
      }
      p.setAll(valueSchema(key.type()));
      if (key.defaultLiteral() != null) {
        p.set("default", defaultValue(type, key));
      }
      props.set(key.name(), p);
      if (key.required()) {
        required.add(key.name());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode r = s.putArray("required");
      required.forEach(r::add);
    }
    s.put("additionalProperties", false);
    return s;
  }

  private ObjectNode valueSchema(ValueType type) {
    ObjectNode s = JSON.createObjectNode();
    if (type instanceof ValueType.Num n) {
      s.put("type", n.integer() ? "integer" : "number");
      if (n.min() != null) {
        putNumber(s, "minimum", n.min(), n.integer());
      }
      if (n.max() != null) {
        putNumber(s, "maximum", n.max(), n.integer());
      }
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
      s.set("items", valueSchema(l.item()));
    } else if (type instanceof ValueType.MapOf m) {
      s.put("type", "object");
      s.putObject("propertyNames").put("pattern", ID_PATTERN);
      s.set("additionalProperties", valueSchema(m.value()));
    } else if (type instanceof ValueType.Rec r) {
      s.put("$ref", "#/$defs/" + defName(r.type()));
    }
    return s;
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
    if (integer || v == Math.rint(v) && Math.abs(v) < 1e15) {
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
