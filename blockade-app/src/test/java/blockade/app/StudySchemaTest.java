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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The study-file schema ({@code schema --study}) accepts every shipped study and the test studies,
 * and refuses a misspelt key or a wrong type, with a real Draft 2020-12 validator; the shipped
 * studies also load and check against their base scenario ({@code validate}-like, via sweep's
 * loader: a study whose keys do not exist fails here, not in a user's long run).
 */
class StudySchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Schema schema() {
    Cli.Result r = Cli.run("schema", "--study");
    assertEquals(0, r.code(), r::toString);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(r.out(), InputFormat.JSON);
  }

  private static List<String> errors(Schema schema, String yaml) throws Exception {
    String json = YAML.readTree(yaml).toString();
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static List<Path> shippedStudies() throws Exception {
    Path dir = Path.of(System.getProperty("blockade.root", ".."), "configs", "studies");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void schema_shippedAndTestStudies_valid() throws Exception {
    Schema schema = schema();
    List<Path> files = new java.util.ArrayList<>(shippedStudies());
    assertFalse(files.isEmpty(), "configs/studies/ holds the shipped studies");
    files.add(Cli.RESOURCES.resolve("studies/small-study.yaml"));
    for (Path f : files) {
      assertEquals(List.of(), errors(schema, Files.readString(f)), f::toString);
    }
  }

  @Test
  void schema_unknownKeyOrWrongType_refused() throws Exception {
    Schema schema = schema();
    String ok = "base: b.yaml\nparameters:\n  a: {key: x.y, source: s, min: 0, max: 1}\n";
    assertEquals(List.of(), errors(schema, ok));
    List<String> typo = errors(schema, ok.replace("min: 0", "minimum: 0"));
    assertTrue(typo.stream().anyMatch(e -> e.contains("minimum")), typo::toString);
    List<String> type = errors(schema, ok.replace("max: 1", "max: high"));
    assertFalse(type.isEmpty());
    List<String> dist = errors(schema, ok.replace("min: 0", "distribution: gauss, min: 0"));
    assertFalse(dist.isEmpty());
  }

  @Test
  void shippedStudies_checkAgainstTheirBase() throws Exception {
    for (Path f : shippedStudies()) {
      // a one-point grid would still run the model; the loader's checks come first, so ask
      // sensitivity for an unknown metric: exit 2 with only the metric message means the study,
      // its base and every parameter's extremes passed
      Cli.Result r =
          Cli.run("sensitivity", f.toString(), "--method", "morris", "--metric", "no-such-metric");
      assertEquals(2, r.code(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().startsWith("error: --metric no-such-metric"), r::toString);
    }
  }
}
