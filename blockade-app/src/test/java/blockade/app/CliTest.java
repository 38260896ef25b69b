package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: subcommands, outputs, exit codes (DESIGN §5; issue 2, item 5). */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  // ---- run

  @Test
  void run_smallScenario_writesEveryOutput() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--seed", "3", "--out", out.toString());
    assertEquals(0, r.code(), r::toString);
    for (String f :
        List.of("metrics.csv", "events.csv", "agents.csv", "purchases.csv", "summary.json")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
      assertTrue(r.out().contains(out.resolve(f).toString()), "report names " + f + "\n" + r);
    }
    for (String m : Metrics.KEY) {
      assertTrue(Files.size(out.resolve("charts").resolve(m + ".png")) > 0, m);
    }
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertTrue(metrics.get(0).startsWith("tick,date,compute_total_h100e"), metrics.get(0));
    assertEquals(1 + 24, metrics.size());
    assertTrue(metrics.get(1).startsWith("0,2023-01,"));
    assertTrue(metrics.get(24).startsWith("23,2024-12,"));
    assertEquals(
        "tick,date,type,agent,counterparty,sku,units,usd_m,detail",
        Files.readAllLines(out.resolve("events.csv")).get(0));

    JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(Version.get(), s.get("version").asText());
    assertEquals("small", s.get("scenario").asText());
    assertEquals(3, s.get("seed").asLong());
    assertEquals(Cli.SMALL.toString(), s.get("config_file").asText());
    assertTrue(s.get("config_hash").asText().matches("[0-9a-f]{64}"));
    assertEquals(0, s.get("sets").size());
    assertEquals(24, s.get("ticks").asInt());
    assertEquals("2023-01", s.get("start").asText());
    assertEquals("2024-12", s.get("end").asText());
    assertTrue(s.get("final").has("compute_total_h100e"));
    assertTrue(r.err().isEmpty(), r::toString);
  }

  @Test
  void run_sameSeed_byteIdenticalMetrics_otherSeed_different() throws Exception {
    byte[] a = metricsOf("a", "7");
    byte[] b = metricsOf("b", "7");
    byte[] c = metricsOf("c", "8");
    assertArrayEquals(a, b, "same seed must give byte-identical metrics.csv");
    assertFalse(Arrays.equals(a, c), "another seed must give different metrics.csv");
  }

  private byte[] metricsOf(String dir, String seed) throws Exception {
    Path out = tmp.resolve(dir);
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--seed", seed, "--out", out.toString());
    assertEquals(0, r.code(), r::toString);
    return Files.readAllBytes(out.resolve("metrics.csv"));
  }

  @Test
  void run_set_overridesConfig_andIsRecorded() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r =
        Cli.run(
            "run",
            Cli.SMALL.toString(),
            "--out",
            out.toString(),
            "--set",
            "startups.population.count=5",
            "--set",
            "name=small-five");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals("small-five", s.get("scenario").asText());
    assertEquals(
        List.of("startups.population.count=5", "name=small-five"),
        JSON.convertValue(s.get("sets"), List.class));
    String agents = Files.readString(out.resolve("agents.csv"));
    assertTrue(agents.contains("startup-005"), "five generic startups");
    assertFalse(agents.contains("startup-006"));
    Cli.Result plain =
        Cli.run("run", Cli.SMALL.toString(), "--out", tmp.resolve("plain").toString());
    String plainHash =
        JSON.readTree(tmp.resolve("plain/summary.json").toFile()).get("config_hash").asText();
    assertFalse(plainHash.equals(s.get("config_hash").asText()), "the hash covers --set" + plain);
  }

  @Test
  void run_overEarlierOutput_replacesIt() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(
        0, Cli.run("run", Cli.SMALL.toString(), "--seed", "1", "--out", out.toString()).code());
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--seed", "2", "--out", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(2, JSON.readTree(out.resolve("summary.json").toFile()).get("seed").asLong());
  }

  @Test
  void run_outIsForeignDirectory_exits2_beforeRunning() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(out.resolve("thesis.tex"), "precious");
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals(
        List.of(
            "error: --out "
                + out
                + " is not empty and is not a Blockade output"
                + " (no .blockade-output): Blockade never replaces it; choose another --out"),
        r.errLines());
    assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
  }

  @Test
  void run_cannotWrite_exits1_oneLine_noStackTrace() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--out", file.resolve("out").toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: " + file), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void run_cannotWrite_withDebug_showsStackTrace() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Cli.Result r =
        Cli.run("run", Cli.SMALL.toString(), "--debug", "--out", file.resolve("out").toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().startsWith("error: "), r::toString);
    assertTrue(r.err().contains("\tat "), r::toString);
  }

  // ---- validate

  @Test
  void validate_validScenario_ok() {
    Cli.Result r = Cli.run("validate", Cli.SMALL.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("OK " + Cli.SMALL), r.outLines());
    assertTrue(r.err().isEmpty(), r::toString);
  }

  // ---- schema

  @Test
  void schema_isJsonSchemaOfScenarioFiles() throws Exception {
    Cli.Result r = Cli.run("schema");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
    assertTrue(s.has("description"));
    for (String key :
        List.of(
            "name",
            "start",
            "end",
            "skus",
            "usControls",
            "energy",
            "incumbents",
            "startups",
            "funds",
            "computeNetwork",
            "extends")) {
      assertTrue(s.get("properties").has(key), key);
    }
    assertTrue(s.get("properties").get("name").has("description"), "help text per key");
    assertTrue(s.get("$defs").has("SkuConfig"));
  }

  @Test
  void schema_out_writesFile() throws Exception {
    Path file = tmp.resolve("sub/blockade.schema.json");
    Cli.Result r = Cli.run("schema", "--out", file.toString());
    assertEquals(0, r.code(), r::toString);
    String printed = Cli.run("schema").out();
    assertTrue(printed.chars().allMatch(ch -> ch < 0x80), "stdout schema is ASCII");
    assertEquals(JSON.readTree(printed), JSON.readTree(Files.readString(file)));
    assertTrue(
        Files.readString(file).contains("≥") || Files.readString(file).contains("→"),
        "the file keeps the help text's symbols as UTF-8");
  }

  // ---- usage

  @ParameterizedTest
  @ValueSource(strings = {"--help", "run --help", "validate --help", "schema --help", "help run"})
  void help_everyCommand_exits0(String args) {
    Cli.Result r = Cli.run(args.split(" "));
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("Usage: blockade"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "run --version"})
  void version(String args) {
    Cli.Result r = Cli.run(args.split(" "));
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("Blockade 0.1.0"), r.outLines());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "frobnicate",
        "run",
        "validate",
        "run a.yaml --seed abc",
        "run a.yaml --colour",
        "run a.yaml b.yaml",
        "schema extra",
        "mc"
      })
  void usageError_exits2_oneLineAndHint(String args) {
    Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("error: "), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
    if (!args.isEmpty()) {
      List<String> lines = r.errLines();
      assertTrue(
          lines.get(lines.size() - 1).matches("Try 'blockade.*--help' for more information\\."),
          r::toString);
      assertTrue(lines.size() <= 3, r::toString);
    }
    assertTrue(r.out().isEmpty(), r::toString);
  }
}
