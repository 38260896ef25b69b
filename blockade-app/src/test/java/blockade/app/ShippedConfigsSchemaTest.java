package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every file in configs/ validates against the schema {@code ./blockade schema} prints, with a real
 * Draft 2020-12 validator, so editors show no false errors (issue 7, item 5); files with a wrong
 * type or an unknown key are refused by the same schema.
 */
class ShippedConfigsSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The schema as the command prints it (stdout, ASCII escapes). */
  private static Schema schema() {
    Cli.Result r = Cli.run("schema");
    assertEquals(0, r.code(), r::toString);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(r.out(), InputFormat.JSON);
  }

  /** The YAML file read into a JSON tree, validated. */
  private static List<String> errors(Schema schema, Path yaml) throws Exception {
    String json = YAML.readTree(yaml.toFile()).toString();
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void schema_everyShippedConfig_valid() throws Exception {
    List<Path> files = ShippedConfigsTest.shippedConfigs();
    assertTrue(files.size() >= 7, () -> "expected the 7 shipped configs, found " + files);
    Schema schema = schema();
    StringBuilder failures = new StringBuilder();
    for (Path f : files) {
      for (String e : errors(schema, f)) {
        failures.append(f).append(": ").append(e).append('\n');
      }
    }
    assertEquals("", failures.toString());
  }

  @Test
  void schema_wrongType_refused() throws Exception {
    List<String> e = errors(schema(), Cli.BROKEN.resolve("wrong-type.yaml"));
    assertEquals(1, e.size(), e::toString);
    assertTrue(e.get(0).contains("capacityMw"), e::toString);
  }

  @Test
  void schema_unknownKey_refused() throws Exception {
    List<String> e = errors(schema(), Cli.BROKEN.resolve("unknown-key.yaml"));
    assertFalse(e.isEmpty());
    assertTrue(e.stream().anyMatch(m -> m.contains("feeRate")), e::toString);
  }

  @Test
  void schema_rootFileMissingRequiredKeys_refused() throws Exception {
    assertFalse(errors(schema(), Cli.BROKEN.resolve("empty.yaml")).isEmpty());
  }
}
