package blockade.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema generated from the toy config records. */
class SchemaGeneratorTest {
  private static JsonNode schema() throws Exception {
    return new ObjectMapper().readTree(SchemaGenerator.generate(Toy.ScenarioConfig.class));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void generate_root_hasTitleDescriptionAndDraft() throws Exception {
    JsonNode s = schema();
    assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
    assertEquals("ScenarioConfig", s.get("title").asText());
    assertEquals("A toy scenario", s.get("description").asText());
    assertFalse(s.get("additionalProperties").asBoolean());
    assertEquals("string", s.at("/properties/extends/type").asText());
  }

  @Test
  void generate_properties_carryHelpBoundsAndDefaults() throws Exception {
    JsonNode p = schema().get("properties");
    assertEquals("Share of demand met", p.at("/fillShare/description").asText());
    assertEquals("number", p.at("/fillShare/type").asText());
    assertEquals(0, p.at("/fillShare/minimum").asInt());
    assertEquals(1, p.at("/fillShare/maximum").asInt());
    assertEquals(0.5, p.at("/fillShare/default").asDouble());
    assertEquals("2022-10", p.at("/start/default").asText());
    assertEquals("integer", p.at("/seed/type").asText());
    assertEquals(List.of("pro-rata", "first-come"), texts(p.at("/allocation/enum")));
    assertEquals(0, p.at("/pricesUsd/items/minimum").asInt());
    assertTrue(p.at("/start/pattern").asText().startsWith("^[0-9]{4}-"));
  }

  @Test
  void generate_required_listsKeysWithoutDefault() throws Exception {
    assertEquals(List.of("name", "agents"), texts(schema().get("required")));
  }

  @Test
  void generate_nestedRecords_useDefsAndRefs() throws Exception {
    JsonNode s = schema();
    assertEquals("#/$defs/AgentsConfig", s.at("/properties/agents/$ref").asText());
    JsonNode incumbents = s.at("/$defs/AgentsConfig/properties/incumbents");
    assertEquals("object", incumbents.get("type").asText());
    assertEquals(SchemaGenerator.ID_PATTERN, incumbents.at("/propertyNames/pattern").asText());
    assertEquals("#/$defs/IncumbentConfig", incumbents.at("/additionalProperties/$ref").asText());
    JsonNode inc = s.at("/$defs/IncumbentConfig");
    assertEquals(List.of("cashUsdM"), texts(inc.get("required")));
    assertEquals("Cash in USD millions", inc.at("/properties/cashUsdM/description").asText());
    assertFalse(inc.get("additionalProperties").asBoolean());
    assertEquals("#/$defs/RuleConfig", s.at("/properties/rules/items/$ref").asText());
  }

  @Test
  void generate_twice_identical() {
    assertEquals(SchemaGenerator.generate(Toy.ScenarioConfig.class),
        SchemaGenerator.generate(Toy.ScenarioConfig.class));
  }
}
