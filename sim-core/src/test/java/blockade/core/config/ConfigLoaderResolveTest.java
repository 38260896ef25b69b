package blockade.core.config;

import static blockade.core.config.Fixtures.load;
import static blockade.core.config.Fixtures.problems;
import static blockade.core.config.Fixtures.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults, binding, cross-key rules, resolved YAML and the config hash. */
class ConfigLoaderResolveTest {
  @Test
  void load_absentKeys_filledFromDefaults() throws Exception {
    Toy.ScenarioConfig c = load("valid.yaml").value();
    assertEquals(YearMonth.of(2022, 10), c.start());
    assertEquals(YearMonth.of(2030, 12), c.end());
    assertEquals(0.5, c.fillShare());
    assertEquals(1L, c.seed());
    assertEquals(0.1, c.agents().incumbents().get("bytedance-like").share());
    assertNull(c.note());
  }

  @Test
  void load_valid_bindsEveryType() throws Exception {
    Toy.ScenarioConfig c = load("valid.yaml").value();
    assertEquals(Toy.Allocation.FIRST_COME, c.allocation());
    assertEquals(List.of(10.0, 20.5), c.pricesUsd());
    assertEquals(List.of("bytedance-like", "acme"), List.copyOf(c.agents().incumbents().keySet()));
    assertEquals(
        new Toy.RuleConfig(YearMonth.of(2022, 10), YearMonth.of(2023, 1)), c.rules().get(0));
  }

  @Test
  void load_valid_listsAndMapsUnmodifiable() throws Exception {
    // one config is shared by every Monte Carlo replication: none of them may change it
    Toy.ScenarioConfig c = load("valid.yaml").value();
    assertThrows(UnsupportedOperationException.class, () -> c.pricesUsd().add(1.0));
    assertThrows(UnsupportedOperationException.class, () -> c.rules().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.agents().incumbents().remove("acme"));
  }

  @Test
  void load_listsAndMaps_areUnmodifiable() throws Exception {
    Toy.ScenarioConfig c = load("valid.yaml").value();
    assertThrows(UnsupportedOperationException.class, () -> c.pricesUsd().add(1.0));
    assertThrows(UnsupportedOperationException.class, () -> c.agents().incumbents().clear());
  }

  @Test
  void load_crossKeyRules_resolvedToLines() {
    assertEquals(
        List.of(
            shown("cross-key.yaml") + ":1: end must not be before start, got 2030-12",
            shown("cross-key.yaml")
                + ":7: agents.incumbents.acme.share"
                + " must be ≤ 0.5 unless cashUsdM ≥ 100, got 0.9",
            shown("cross-key.yaml")
                + ":12: rules[1].effective must not be before announce,"
                + " got 2023-04"),
        problems("cross-key.yaml"));
  }

  @Test
  void load_crossKeyRuleOnSetValue_pointsAtSet() {
    assertEquals(
        List.of("--set: rules[0].effective must not be before announce, got 2022-01"),
        problems("valid.yaml", "rules[0].effective=2022-01"));
  }

  @Test
  void resolvedYaml_hasDefaultsInDeclarationOrder() throws Exception {
    String yaml = load("valid.yaml").resolvedYaml();
    assertTrue(
        yaml.startsWith("name: toy\nstart: 2022-10\nend: 2030-12\nallocation: first-come\n"), yaml);
    assertTrue(yaml.contains("    acme:\n      cashUsdM: 30.0\n      share: 0.2\n"), yaml);
  }

  @Test
  void resolvedYaml_reloadsToSameHash(@TempDir Path tmp) throws Exception {
    Loaded<Toy.ScenarioConfig> first = load("valid.yaml");
    Path again = tmp.resolve("again.yaml");
    Files.writeString(again, first.resolvedYaml());
    Loaded<Toy.ScenarioConfig> second =
        ConfigLoader.load(again, List.of(), Toy.ScenarioConfig.class);
    assertEquals(first.value(), second.value());
    assertEquals(first.hash(), second.hash());
  }

  @Test
  void hash_sameInput_sameHash() throws Exception {
    assertEquals(load("valid.yaml").hash(), load("valid.yaml").hash());
    assertEquals(64, load("valid.yaml").hash().length());
  }

  @Test
  void hash_sameConfigWrittenDifferently_sameHash() throws Exception {
    assertEquals(load("valid.yaml").hash(), load("valid-reordered.yaml").hash());
  }

  @Test
  void hash_changedValue_differentHash() throws Exception {
    assertNotEquals(load("valid.yaml").hash(), load("valid.yaml", "seed=2").hash());
  }
}
