package blockade.core.config;

import static blockade.core.config.Fixtures.load;
import static blockade.core.config.Fixtures.problems;
import static blockade.core.config.Fixtures.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code extends} chains and {@code --set} overrides. */
class ConfigLoaderMergeTest {
  @Test
  void load_extends_deepMergesMappingsAndReplacesLists() throws Exception {
    Toy.ScenarioConfig c = load("child.yaml").value();
    assertEquals("child", c.name());
    assertEquals(List.of(7.0), c.pricesUsd());
    assertEquals(2, c.agents().startups());
    assertEquals(List.of("acme", "beta", "gamma"), List.copyOf(c.agents().incumbents().keySet()));
    assertEquals(new Toy.IncumbentConfig(35, 0.2), c.agents().incumbents().get("acme"));
    assertEquals(new Toy.IncumbentConfig(50, 0.1), c.agents().incumbents().get("gamma"));
  }

  @Test
  void load_extendsWithNull_resetsToDefault() throws Exception {
    assertEquals(0.5, load("child.yaml").value().fillShare());
  }

  @Test
  void load_extends_listsFileChain() throws Exception {
    assertEquals(
        List.of(Path.of(shown("child.yaml")), Path.of(shown("parents/base.yaml"))),
        load("child.yaml").files());
  }

  @Test
  void load_extends_problemsNameTheFileThatHasThem() {
    assertEquals(
        List.of(
            shown("child-bad.yaml") + ":4: agents.startups must be ≥ 0, got -1",
            shown("parents/bad-base.yaml")
                + ":5: agents.incumbents.acme.cashUsdM must be ≥ 0, got -5"),
        problems("child-bad.yaml"));
  }

  @Test
  void load_extendsCycle_namesTheChain() {
    String a = shown("cycle-a.yaml");
    assertEquals(
        List.of(
            shown("cycle-b.yaml")
                + ":2: extends forms a cycle: "
                + a
                + " -> "
                + shown("cycle-b.yaml")
                + " -> "
                + a),
        problems("cycle-a.yaml"));
  }

  @Test
  void load_extendsMissingParent_noSuchFile() {
    assertEquals(
        List.of(
            shown("missing-parent.yaml")
                + ":2: extends cannot read "
                + shown("nowhere.yaml")
                + ": "
                + ConfigMessages.NO_SUCH_FILE),
        problems("missing-parent.yaml"));
  }

  @Test
  void load_setNestedMapKey_overrides() throws Exception {
    Toy.ScenarioConfig c =
        load("valid.yaml", "agents.incumbents.bytedance-like.cashUsdM=250").value();
    assertEquals(250, c.agents().incumbents().get("bytedance-like").cashUsdM());
  }

  @Test
  void load_setNewMapKey_addsEntry() throws Exception {
    Toy.ScenarioConfig c = load("valid.yaml", "agents.incumbents.newco.cashUsdM=5").value();
    assertEquals(new Toy.IncumbentConfig(5, 0.1), c.agents().incumbents().get("newco"));
  }

  @Test
  void load_setListIndex_replacesElement() throws Exception {
    assertEquals(List.of(10.0, 9.5), load("valid.yaml", "pricesUsd[1]=9.5").value().pricesUsd());
  }

  @Test
  void load_setFlowList_replacesList() throws Exception {
    assertEquals(
        List.of(1.0, 2.0, 3.0), load("valid.yaml", "pricesUsd=[1,2,3]").value().pricesUsd());
  }

  @Test
  void load_setNull_resetsToDefault() throws Exception {
    assertEquals(
        Toy.Allocation.PRO_RATA, load("valid.yaml", "allocation=null").value().allocation());
  }

  @Test
  void load_setBadPath_listsValidKeys() {
    assertEquals(
        List.of("--set: agents.foo is not a valid key; valid keys: startups, incumbents"),
        problems("valid.yaml", "agents.foo=1"));
  }

  @Test
  void load_setBadValue_reportsRule() {
    assertEquals(
        List.of("--set: agents.startups must be ≥ 0, got -3"),
        problems("valid.yaml", "agents.startups=-3"));
  }

  @Test
  void load_setMalformed_isAProblem() {
    assertEquals(
        List.of("--set: agents.startups " + ConfigMessages.SET_MALFORMED),
        problems("valid.yaml", "agents.startups"));
  }

  @Test
  void load_setBadYaml_givesShortReason() {
    assertEquals(
        List.of(
            "--set: pricesUsd is not valid YAML: expected the node content,"
                + " but found '<stream end>', got [1,"),
        problems("valid.yaml", "pricesUsd=[1,"));
  }

  @Test
  void load_setIndexOutOfRange_saysListSize() {
    assertEquals(
        List.of("--set: pricesUsd[5] does not exist: the list has 2 elements"),
        problems("valid.yaml", "pricesUsd[5]=1"));
  }

  @Test
  void load_setAndFileProblems_allReported() {
    assertEquals(
        List.of(
            "--set: fillShare must be ≤ 1, got 2",
            shown("duplicate.yaml") + ":4: agents.startups is given twice"),
        problems("duplicate.yaml", "fillShare=2"));
  }
}
