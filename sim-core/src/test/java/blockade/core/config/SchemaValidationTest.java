package blockade.core.config;

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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated schema, checked by a real Draft 2020-12 validator on YAML documents: files that
 * extend another may omit keys and use null; wrong types and unknown keys are still refused.
 */
class SchemaValidationTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static List<String> errors(String yaml) throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaGenerator.generate(Toy.ScenarioConfig.class), InputFormat.JSON);
    String json = YAML.readTree(yaml).toString();
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void validate_completeFile_ok() throws Exception {
    assertEquals(
        List.of(),
        errors(
            """
        name: toy
        start: 2023-01
        fillShare: 0.25
        agents:
          startups: 4
          incumbents:
            alpha: {cashUsdM: 100}
        rules:
          - {announce: 2023-01, effective: 2023-02}
        """));
  }

  @Test
  void validate_extendsFile_mayOmitRequiredKeysAndUseNull() throws Exception {
    assertEquals(
        List.of(),
        errors(
            """
        extends: base.yaml
        fillShare: null
        allocation: null
        agents:
          incumbents:
            alpha: {share: 0.2}
            beta: null
        note: ~
        """));
  }

  @Test
  void validate_fileWithoutExtends_missingRequiredKey_refused() throws Exception {
    List<String> e = errors("start: 2023-01\n");
    assertFalse(e.isEmpty());
    assertTrue(e.stream().anyMatch(m -> m.contains("name")), e::toString);
  }

  @Test
  void validate_wrongType_refused() throws Exception {
    List<String> e = errors("extends: base.yaml\nagents: {startups: lots}\n");
    assertEquals(1, e.size(), e::toString);
    assertTrue(e.get(0).contains("startups"), e::toString);
    e = errors("extends: base.yaml\nfillShare: lots\n");
    assertEquals(1, e.size(), e::toString);
    assertTrue(e.get(0).contains("fillShare"), e::toString);
  }

  @Test
  void validate_unknownNestedKey_refused() throws Exception {
    List<String> e =
        errors("extends: base.yaml\nagents:\n  incumbents:\n    alpha: {cashUSD: 5}\n");
    assertFalse(e.isEmpty());
    assertTrue(e.stream().anyMatch(m -> m.contains("cashUSD")), e::toString);
  }

  @Test
  void validate_outOfBoundsAndNullListItem_refused() throws Exception {
    assertFalse(errors("extends: base.yaml\nfillShare: 2\n").isEmpty());
    assertFalse(errors("extends: base.yaml\npricesUsd: [1, null]\n").isEmpty());
    assertFalse(errors("extends: base.yaml\nallocation: random\n").isEmpty());
    assertFalse(errors("extends: base.yaml\nrules: [null]\n").isEmpty());
  }
}
