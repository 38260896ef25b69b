package blockade.core.config;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Generates a JSON Schema (draft 2020-12) for a config record with victools' jsonschema-generator,
 * so editors can complete keys and flag mistakes while typing. {@link Annotations} maps the config
 * annotations onto it: descriptions from {@link Help}, bounds from {@link Min} and {@link Max},
 * defaults from {@link Default}. Every nested record is a {@code $defs} entry.
 *
 * <p>The schema describes one file as written, not the merged result: a file that {@code extends}
 * another may leave out any key and may set any key or map entry to {@code null} (which the loader
 * reads as "inherit/unset", see {@link ConfigNode#withoutNulls}). So no key of a nested record is
 * {@code required}; only a file without {@code extends} must give the root's required keys. The
 * loader still checks the merged result completely.
 */
public final class SchemaGenerator {
  static final String ID_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
  static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaGenerator() {}

  /** The schema of {@code root} as pretty-printed JSON. */
  public static String generate(Class<? extends Record> root) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(new Annotations());
    ObjectNode generated =
        new com.github.victools.jsonschema.generator.SchemaGenerator(config.build())
            .generateSchema(root);
    ObjectNode schema = JSON.createObjectNode();
    schema.set("$schema", generated.remove("$schema"));
    schema.put("title", root.getSimpleName());
    schema.setAll(generated);
    schema.put("type", "object"); // the file itself is never null
    ((ObjectNode) schema.get("properties"))
        .set(
            ConfigMessages.EXTENDS_KEY,
            JSON.createObjectNode()
                .put("type", "string")
                .put(
                    "description",
                    "File this one inherits from (relative to this file); keys given"
                        + " here override it, null resets a key to its default."));
    List<String> required =
        ConfigKey.of(root).stream().filter(ConfigKey::required).map(ConfigKey::name).toList();
    if (!required.isEmpty()) {
      // a file that extends another inherits the required keys; any other file must give them
      schema.putObject("if").putObject("not").putArray("required").add(ConfigMessages.EXTENDS_KEY);
      ArrayNode r = schema.putObject("then").putArray("required");
      required.forEach(r::add);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write schema", e);
    }
  }

  /**
   * The config conventions as a victools module. Keys keep declaration order. A key or map entry
   * may be {@code null} (inherited or reset to its default); list items may not (the loader rejects
   * them). A record's own schema accepts {@code null}, so a key or map entry naming a record is a
   * plain {@code $ref}: an {@code anyOf} of the record and null would make validators report a
   * second, confusing error ("object found, null expected") next to every real one. For the same
   * reason an enum key lists {@code null} among its values instead of an {@code anyOf}. Every
   * number is also within ±{@link InputLimits#MAX_MAGNITUDE}, as the binder checks.
   */
  private static final class Annotations implements Module {
    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
      builder
          .forTypesInGeneral()
          .withPropertySorter((a, b) -> 0)
          .withDescriptionResolver(scope -> help(scope.getType().getErasedType()))
          .withCustomDefinitionProvider((type, context) -> inline(typeSchema(type, context)))
          .withTypeAttributeOverride(
              (node, scope, context) -> {
                if (scope.getType().isInstanceOf(Record.class)) {
                  node.putArray("type").add("object").add("null");
                }
              })
          .withNumberInclusiveMinimumResolver(
              scope ->
                  isNumber(scope.getType())
                      ? bound(-InputLimits.MAX_MAGNITUDE, integer(scope.getType()))
                      : null)
          .withNumberInclusiveMaximumResolver(
              scope ->
                  isNumber(scope.getType())
                      ? bound(InputLimits.MAX_MAGNITUDE, integer(scope.getType()))
                      : null);
      builder
          .forFields()
          .withNullableCheck(
              f ->
                  !f.isFakeContainerItemScope()
                      && !f.getType().isInstanceOf(Record.class)
                      && !f.getType().isInstanceOf(Enum.class))
          .withCustomDefinitionProvider(
              (f, context) ->
                  f.isFakeContainerItemScope() || !f.getType().isInstanceOf(Enum.class)
                      ? null
                      : new CustomPropertyDefinition(
                          enumSchema(f.getType().getErasedType(), true),
                          CustomDefinition.AttributeInclusion.YES))
          .withDescriptionResolver(f -> key(f, k -> k.help().isEmpty() ? null : k.help()))
          .withDefaultResolver(
              f ->
                  key(
                      f,
                      k ->
                          k.defaultLiteral() == null
                              ? null
                              : Binder.canonicalDefault(f.getDeclaringType().getErasedType(), k)))
          .withNumberInclusiveMinimumResolver(f -> numberKey(f, ValueType.Num::min, -1))
          .withNumberInclusiveMaximumResolver(f -> numberKey(f, ValueType.Num::max, 1))
          .withInstanceAttributeOverride(
              (node, f, context) -> {
                if (f.isFakeContainerItemScope() && f.getType().isInstanceOf(Record.class)) {
                  node.put("type", "object"); // a list item may not be null: the loader rejects it
                }
              });
    }

    /** The schema of a month, enum or map of ids (else null: victools' default for the type). */
    private static ObjectNode typeSchema(ResolvedType type, SchemaGenerationContext context) {
      if (type.getErasedType() == YearMonth.class) {
        return JSON.createObjectNode().put("type", "string").put("pattern", MONTH_PATTERN);
      }
      if (type.isInstanceOf(Enum.class)) {
        return enumSchema(type.getErasedType(), false);
      }
      if (type.isInstanceOf(Map.class)) {
        ResolvedType value = context.getTypeContext().getTypeParameterFor(type, Map.class, 1);
        ObjectNode values = context.createStandardDefinitionReference(value, null);
        if (!value.isInstanceOf(Record.class)) {
          context.makeNullable(values); // null removes an inherited entry
        }
        ObjectNode s = JSON.createObjectNode().put("type", "object");
        s.putObject("propertyNames").put("pattern", ID_PATTERN);
        s.set("additionalProperties", values);
        return s;
      }
      return null;
    }

    private static ObjectNode enumSchema(Class<?> type, boolean nullable) {
      ObjectNode s = JSON.createObjectNode();
      ArrayNode values = s.putArray("enum");
      Arrays.stream(type.getEnumConstants())
          .forEach(c -> values.add(ConfigMessages.enumName((Enum<?>) c)));
      if (nullable) {
        s.putArray("type").add("string").add("null");
        values.addNull();
      } else {
        s.put("type", "string");
      }
      return s;
    }

    private static CustomDefinition inline(ObjectNode schema) {
      return schema == null
          ? null
          : new CustomDefinition(
              schema,
              CustomDefinition.DefinitionType.INLINE,
              CustomDefinition.AttributeInclusion.YES);
    }

    private static String help(Class<?> type) {
      Help help = type.getAnnotation(Help.class);
      return help == null ? null : help.value();
    }

    /** {@code get} applied to the config key a record field stands for (not its items). */
    private static <T> T key(FieldScope f, Function<ConfigKey, T> get) {
      ConfigKey k = f.isFakeContainerItemScope() ? null : configKey(f);
      return k == null ? null : get.apply(k);
    }

    /** The config key of a record field (or of the list it is an item of); null if none. */
    private static ConfigKey configKey(FieldScope f) {
      Class<?> owner = f.getDeclaringType().getErasedType();
      return !owner.isRecord()
          ? null
          : ConfigKey.of(owner.asSubclass(Record.class)).stream()
              .filter(k -> k.name().equals(f.getName()))
              .findFirst()
              .orElse(null);
    }

    /**
     * A field's {@link Min} ({@code sign} -1) or {@link Max} (+1) bound within the magnitude limit,
     * for a number or for each number of a list.
     */
    private static BigDecimal numberKey(
        FieldScope f, Function<ValueType.Num, Double> get, int sign) {
      if (!isNumber(f.getType())) {
        return null;
      }
      ConfigKey k = configKey(f);
      ValueType t = k == null ? null : k.type();
      while (t instanceof ValueType.ListOf l) {
        t = l.item();
      }
      Double b = t instanceof ValueType.Num n ? get.apply(n) : null;
      double limit = sign * InputLimits.MAX_MAGNITUDE;
      double v = b == null ? limit : sign < 0 ? Math.max(b, limit) : Math.min(b, limit);
      return bound(v, integer(f.getType()));
    }

    private static boolean isNumber(ResolvedType t) {
      return t.isInstanceOf(Number.class)
          || t.getErasedType() == int.class
          || t.getErasedType() == long.class
          || t.getErasedType() == double.class;
    }

    private static boolean integer(ResolvedType t) {
      Class<?> c = t.getErasedType();
      return c == int.class || c == long.class || c == Integer.class || c == Long.class;
    }

    /** A bound as JSON prints it best: 0, 1, 1000000000000000 or 0.95. */
    private static BigDecimal bound(double v, boolean integer) {
      return integer || v == Math.rint(v) ? BigDecimal.valueOf((long) v) : BigDecimal.valueOf(v);
    }
  }
}
