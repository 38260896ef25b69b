package blockade.core.config;

import static blockade.core.config.Fixtures.problems;
import static blockade.core.config.Fixtures.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-key rules: each rule's exact text and line, and that all problems come at once. */
class ConfigLoaderRulesTest {
  private static final String BAD = shown("bad-many.yaml");

  private static void assertReported(String expected) {
    List<String> got = problems("bad-many.yaml");
    assertTrue(
        got.contains(expected), () -> "expected " + expected + " in\n" + String.join("\n", got));
  }

  @Test
  void load_unknownKey_listsValidKeys() {
    assertReported(
        BAD
            + ":8: colour is not a valid key; valid keys: name, start, end, "
            + "allocation, fillShare, seed, charts, pricesUsd, note, agents, rules");
  }

  @Test
  void load_missingRequired_reportedAtEnclosingMapping() {
    assertReported(BAD + ":14: agents.incumbents.acme.cashUsdM " + ConfigMessages.REQUIRED);
  }

  @Test
  void load_missingRequiredAtRoot_reportedAtLineOne() {
    assertEquals(
        List.of(shown("missing-required.yaml") + ":1: name is required"),
        problems("missing-required.yaml"));
  }

  @Test
  void load_notANumber_showsValue() {
    assertReported(BAD + ":17: agents.incumbents.beta.cashUsdM must be a number, got lots");
  }

  @Test
  void load_notAnInteger_showsValue() {
    assertReported(BAD + ":5: seed " + ConfigMessages.NOT_INTEGER + ", got 1.5");
  }

  @Test
  void load_notABoolean_rejectsYes() {
    assertReported(BAD + ":6: charts must be true or false, got yes");
  }

  @Test
  void load_notAText_forAList() {
    assertReported(BAD + ":1: name " + ConfigMessages.NOT_TEXT);
  }

  @Test
  void load_badYearMonth_showsValue() {
    assertReported(BAD + ":2: start must be a date YYYY-MM, got 2022-13");
  }

  @Test
  void load_badEnum_listsNames() {
    assertReported(BAD + ":3: allocation must be one of: pro-rata, first-come, got round-robin");
  }

  @Test
  void load_aboveMax_printsCompactBound() {
    assertReported(BAD + ":4: fillShare must be ≤ 1, got 1.5");
  }

  @Test
  void load_belowMin_printsCompactBound() {
    assertReported(BAD + ":10: agents.startups must be ≥ 0, got -3");
  }

  @Test
  void load_notAList_showsValue() {
    assertReported(BAD + ":7: pricesUsd must be a list, got 12");
    assertReported(BAD + ":19: rules must be a list, got 5");
  }

  @Test
  void load_notAMapping_showsValue() {
    assertReported(BAD + ":18: agents.incumbents.gamma must be a mapping, got 7");
  }

  @Test
  void load_badMapId_explainsIds() {
    assertReported(BAD + ":12: agents.incumbents.Big_Co " + ConfigMessages.NOT_ID + ", got Big_Co");
  }

  @Test
  void load_manyProblems_allReportedSortedByLine() {
    List<String> got = problems("bad-many.yaml");
    assertEquals(14, got.size(), String.join("\n", got));
    List<Integer> lines =
        got.stream()
            .map(
                s ->
                    Integer.parseInt(
                        s.substring(BAD.length() + 1, s.indexOf(':', BAD.length() + 1))))
            .toList();
    assertEquals(lines.stream().sorted().toList(), lines);
  }

  @Test
  void load_syntaxError_oneLineWithReason() {
    List<String> got = problems("syntax-error.yaml");
    assertEquals(1, got.size());
    assertEquals(
        shown("syntax-error.yaml")
            + ":4: YAML syntax error: "
            + "mapping values are not allowed here",
        got.get(0));
  }

  @Test
  void load_duplicateKey_isAnError() {
    assertEquals(
        List.of(shown("duplicate.yaml") + ":4: agents.startups " + ConfigMessages.DUPLICATE_KEY),
        problems("duplicate.yaml"));
  }

  @Test
  void load_yamlAlias_isRejected() {
    // only the alias problem: not also "must be an integer, got n" for the same key
    assertEquals(
        List.of(
            shown("alias.yaml")
                + ":3: agents.startups uses a YAML alias (*n), which is not supported"),
        problems("alias.yaml"));
  }

  @Test
  void load_missingFile_noSuchFile() {
    assertEquals(
        List.of(shown("nope.yaml") + ": cannot read " + shown("nope.yaml") + ": no such file"),
        problems("nope.yaml"));
  }

  @Test
  void load_constructorRejects_becomesProblem() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Fixtures.file("rejected.yaml"), List.of(), Toy.RangeConfig.class));
    assertEquals(
        List.of(shown("rejected.yaml") + ":1: is rejected: low must not exceed high"),
        e.problems().stream().map(ConfigProblem::format).toList());
  }

  @Test
  void load_badDefault_isProgrammingError() {
    assertThrows(
        IllegalStateException.class,
        () ->
            ConfigLoader.load(
                Fixtures.file("rejected.yaml"), List.of(), Toy.BadDefaultConfig.class));
  }

  @Test
  void check_severalFiles_collectsProblemsOfBadOnes() {
    List<ConfigProblem> got =
        ConfigLoader.check(
            List.of(
                Fixtures.file("valid.yaml"),
                Fixtures.file("duplicate.yaml"),
                Fixtures.file("missing-required.yaml")),
            Toy.ScenarioConfig.class);
    assertEquals(
        List.of(
            shown("duplicate.yaml") + ":4: agents.startups is given twice",
            shown("missing-required.yaml") + ":1: name is required"),
        got.stream().map(ConfigProblem::format).toList());
  }

  @Test
  void format_lineZero_omitsLine() {
    assertEquals(
        "--set: a.b must be ≥ 0, got -3",
        new ConfigProblem("--set", 0, "a.b", "must be ≥ 0, got -3").format());
    assertEquals("x.yaml:3: bad", new ConfigProblem("x.yaml", 3, "", "bad").format());
    assertEquals("1000000", ConfigMessages.number(1e6));
    assertEquals("0.5", ConfigMessages.number(0.5));
  }
}
