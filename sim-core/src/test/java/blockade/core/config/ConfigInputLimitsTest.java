package blockade.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is too large is refused before parsing, with one line naming file, line and limit
 * (issue 7: a 16 MB single-line string took 99 s to be refused); bad extends targets, unset
 * overrides and typos get messages that point at the cause.
 */
class ConfigInputLimitsTest {
  @TempDir Path tmp;

  private static List<String> problems(Path file, String... sets) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(file, List.of(sets), Toy.ScenarioConfig.class));
    return e.problems().stream().map(ConfigProblem::format).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  /** A 16 MB file whose second line is one quoted string: the case that took 99 s. */
  private Path sixteenMegabyteLine() throws IOException {
    Path f = tmp.resolve("huge.yaml");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("agents: {}\nname: \"");
      char[] chunk = new char[1 << 16];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 256; i++) {
        w.write(chunk);
      }
      w.write("\"\n");
    }
    return f;
  }

  @Test
  void load_sixteenMegabyteFile_refusedForSize_namingFileAndLimit() throws Exception {
    Path f = sixteenMegabyteLine();
    assertEquals(
        List.of(
            f
                + ": file is "
                + Files.size(f)
                + " bytes, over the limit of 1048576"
                + " bytes (1 MiB) for a config file; refused before parsing"),
        problems(f));
  }

  @Test
  void load_sixteenMegabyteParent_refusedForSize() throws Exception {
    Path parent = sixteenMegabyteLine();
    Path child = write("child.yaml", "extends: huge.yaml\n");
    assertEquals(
        List.of(
            parent.toAbsolutePath().normalize()
                + ": file is "
                + Files.size(parent)
                + " bytes, over the limit of 1048576 bytes (1 MiB) for a config"
                + " file; refused before parsing"),
        problems(child));
  }

  @Test
  void load_endlessDevice_refusedAfterReadingOnlyTheLimit() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    assertEquals(
        List.of(
            "/dev/zero: file is more than 1048576 bytes, over the limit of 1048576"
                + " bytes (1 MiB) for a config file; refused before parsing"),
        problems(zero));
  }

  @Test
  void load_lineOverLimit_refusedNamingLine() throws Exception {
    Path f =
        write(
            "long.yaml",
            "agents: {}\n# comment\nname: \"" + "y".repeat(InputLimits.MAX_LINE_CHARS) + "\"\n");
    assertEquals(
        List.of(
            f
                + ":3: line is 10008 characters long, over the limit of 10000"
                + " characters per line; refused before parsing (YAML parsing time grows with the square"
                + " of a line's length)"),
        problems(f));
  }

  @Test
  void load_lineAtLimit_accepted() throws Exception {
    String name = "z".repeat(InputLimits.MAX_LINE_CHARS - "name: ".length());
    Path f = write("edge.yaml", "agents: {}\nname: " + name + "\n");
    assertEquals(name, ConfigLoader.load(f, List.of(), Toy.ScenarioConfig.class).value().name());
  }

  @Test
  void load_setValueOverLimit_refusedNamingSet() throws Exception {
    Path f = write("ok.yaml", "agents: {}\nname: a\n");
    assertEquals(
        List.of(
            "--set: name value is 10001 characters long, over the limit of 10000"
                + " characters for a --set value"),
        problems(f, "name=" + "n".repeat(10_001)));
  }

  @Test
  void load_deepNesting_refusedAsSyntaxError() throws Exception {
    Path f =
        write("deep.yaml", "agents: {}\nname: a\nnote: " + "[".repeat(40) + "]".repeat(40) + "\n");
    List<String> got = problems(f);
    assertEquals(1, got.size(), got::toString);
    assertEquals(
        f
            + ":3: YAML syntax error: mappings and lists nested more than 32 levels deep"
            + " (limit; scenarios need about 6)",
        got.get(0));
  }

  @Test
  void load_extendsNonYamlFile_oneLineAtTheExtendsKey() throws Exception {
    Path f = write("passwd.yaml", "name: a\nextends: /etc/passwd\n");
    assertEquals(
        List.of(
            f
                + ":2: extends /etc/passwd is not a .yaml file (extends must name"
                + " another scenario file)"),
        problems(f));
  }

  @Test
  void load_extendsAList_oneLineAtTheExtendsKey() throws Exception {
    write("list.yaml", "- a\n- b\n");
    Path f = write("child.yaml", "extends: list.yaml\nname: a\n");
    assertEquals(
        List.of(
            f
                + ":1: extends "
                + tmp.resolve("list.yaml")
                + " is not a YAML mapping of config keys but a list, so it cannot be extended"),
        problems(f));
  }

  @Test
  void load_extendsAString_oneLineAtTheExtendsKey() throws Exception {
    write("text.yml", "just text\n");
    Path f = write("child.yaml", "extends: text.yml\nname: a\n");
    assertEquals(
        List.of(
            f
                + ":1: extends "
                + tmp.resolve("text.yml")
                + " is not a YAML mapping"
                + " of config keys but the single value just text, so it cannot be extended"),
        problems(f));
  }

  @Test
  void load_extendsADevice_notARegularFile() throws Exception {
    Path dev = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev));
    Path link = tmp.resolve("null.yaml");
    Files.createSymbolicLink(link, dev);
    Path f = write("child.yaml", "extends: null.yaml\nname: a\n");
    assertEquals(
        List.of(f + ":1: extends cannot read " + link + ": not a regular file"), problems(f));
  }

  @Test
  void load_setEmptyValueOnRequiredKey_blamedOnSet() throws Exception {
    Path f = write("ok.yaml", "agents: {}\nname: a\n");
    assertEquals(List.of("--set: name " + ConfigMessages.REQUIRED_BUT_UNSET), problems(f, "name="));
    assertEquals(
        List.of("--set: agents.incumbents.acme.cashUsdM " + ConfigMessages.REQUIRED_BUT_UNSET),
        problems(
            write("acme.yaml", "name: a\nagents:\n  incumbents:\n    acme: {cashUsdM: 5}\n"),
            "agents.incumbents.acme.cashUsdM=null"));
  }

  @Test
  void load_setEmptyValueOnKeyWithDefault_resetsIt() throws Exception {
    Path f = write("ok.yaml", "agents: {}\nname: a\nfillShare: 0.9\n");
    assertEquals(
        0.5,
        ConfigLoader.load(f, List.of("fillShare="), Toy.ScenarioConfig.class).value().fillShare());
  }

  @Test
  void load_typoWithinTwoEdits_suggestsKey() throws Exception {
    Path f = write("typo.yaml", "agents: {}\nname: a\nfilShare: 0.2\nzzz: 1\nSEED: 3\n");
    String valid =
        "valid keys: name, start, end, allocation, fillShare, seed, charts, pricesUsd,"
            + " note, agents, rules";
    assertEquals(
        List.of(
            f + ":3: filShare is not a valid key; did you mean fillShare? " + valid,
            f + ":4: zzz is not a valid key; " + valid,
            f + ":5: SEED is not a valid key; did you mean seed? " + valid),
        problems(f));
  }

  @Test
  void load_numberOverMagnitudeLimit_refusedWithTheRule() throws Exception {
    Path f =
        write(
            "huge.yaml",
            "agents: {}\nname: a\nseed: 10000000000000000\n"
                + "pricesUsd: [1, 1e300, -1e16, 1000000000000000]\n");
    assertEquals(
        List.of(
            f + ":3: seed " + ConfigMessages.tooLarge() + ", got 10000000000000000",
            f + ":4: pricesUsd[1] " + ConfigMessages.tooLarge() + ", got 1e300",
            f + ":4: pricesUsd[2] must be ≥ 0, got -1e16"),
        problems(f),
        "a key's own bound is reported first; exactly 1e15 is allowed");
    assertEquals(true, ConfigMessages.tooLarge().contains("at most 1e15 in magnitude"));
  }

  @Test
  void load_infiniteNumber_refusedWithTheMagnitudeRule() throws Exception {
    Path f = write("inf.yaml", "agents: {}\nname: a\n");
    assertEquals(
        List.of("--set: fillShare " + ConfigMessages.tooLarge() + ", got 1e999"),
        problems(f, "fillShare=1e999"));
  }

  @Test
  void closest_rules() {
    List<String> keys = List.of("capacityMw", "growthPerYear", "pue", "end", "seed");
    assertEquals("capacityMw", ConfigMessages.closest("capacityMWW", keys));
    assertEquals("growthPerYear", ConfigMessages.closest("grwothPerYear", keys));
    assertEquals(null, ConfigMessages.closest("feeRate", keys));
    assertEquals(null, ConfigMessages.closest("pe", keys), "too short for a 1-edit guess");
    assertEquals("pue", ConfigMessages.closest("PUE", keys), "case alone always suggests");
    assertEquals(3, ConfigMessages.levenshtein("kitten", "sitting"));
  }
}
