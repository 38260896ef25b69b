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
    assertEquals("object", s.get("type").asText());
    assertEquals("string", s.at("/properties/extends/type").asText());
  }

  @Test
  void generate_properties_carryHelpBoundsAndDefaults() throws Exception {
    JsonNode p = schema().get("properties");
    assertEquals("Share of demand met", p.at("/fillShare/description").asText());
    assertEquals(List.of("number", "null"), texts(p.at("/fillShare/type")));
    assertEquals(0, p.at("/fillShare/minimum").asInt());
    assertEquals(1, p.at("/fillShare/maximum").asInt());
    assertEquals(0.5, p.at("/fillShare/default").asDouble());
    assertEquals("2022-10", p.at("/start/default").asText());
    assertEquals(List.of("integer", "null"), texts(p.at("/seed/type")));
    assertEquals(List.of("pro-rata", "first-come", "null"), texts(p.at("/allocation/enum")));
    assertEquals(0, p.at("/pricesUsd/items/minimum").asInt());
    assertTrue(p.at("/start/pattern").asText().startsWith("^[0-9]{4}-"));
  }

  @Test
  void generate_required_onlyForAFileWithoutExtends() throws Exception {
    JsonNode s = schema();
    assertFalse(s.has("required"), "a file that extends another may leave out anything");
    assertEquals(List.of("extends"), texts(s.at("/if/not/required")));
    assertEquals(List.of("name", "agents"), texts(s.at("/then/required")));
  }

  @Test
  void generate_nestedRecords_requireNothing_soOverridesMayOmitKeys() throws Exception {
    JsonNode defs = schema().get("$defs");
    defs.fields()
        .forEachRemaining(
            e ->
                assertFalse(
                    e.getValue().has("required"), e.getKey() + " must not list required keys"));
  }

  @Test
  void generate_nestedRecords_useDefsAndRefs() throws Exception {
    JsonNode s = schema();
    assertEquals("#/$defs/AgentsConfig", s.at("/properties/agents/$ref").asText());
    assertEquals(List.of("object", "null"), texts(s.at("/$defs/AgentsConfig/type")));
    assertEquals("The agents", s.at("/properties/agents/description").asText());
    JsonNode incumbents = s.at("/$defs/AgentsConfig/properties/incumbents");
    assertEquals(List.of("object", "null"), texts(incumbents.get("type")));
    assertEquals(SchemaGenerator.ID_PATTERN, incumbents.at("/propertyNames/pattern").asText());
    assertEquals("#/$defs/IncumbentConfig", incumbents.at("/additionalProperties/$ref").asText());
    JsonNode inc = s.at("/$defs/IncumbentConfig");
    assertEquals("Cash in USD millions", inc.at("/properties/cashUsdM/description").asText());
    assertFalse(inc.get("additionalProperties").asBoolean());
    assertEquals("#/$defs/RuleConfig", s.at("/properties/rules/items/$ref").asText());
    assertEquals(
        "object",
        s.at("/properties/rules/items/type").asText(),
        "list items are not nullable: the loader rejects null items");
  }

  @Test
  void generate_twice_identical() {
    assertEquals(
        SchemaGenerator.generate(Toy.ScenarioConfig.class),
        SchemaGenerator.generate(Toy.ScenarioConfig.class));
  }
}
