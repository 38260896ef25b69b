package blockade.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.AgentRow;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.PurchaseRow;
import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputWriterTest {
  @TempDir Path tmp;

  static RunResult result(List<AgentRow> agents) {
    List<String> dates = ChartsTest.dates(3);
    double[][] values = {{1, 0.5, Double.NaN}, {2, 0.25, 1.0 / 3}, {3, 0.125, 1e-3}};
    MetricsTable m =
        new MetricsTable(
            List.of(
                "compute_total_h100e", "self_sufficiency", "exchange_price_usd_per_h100e_month"),
            dates,
            values);
    List<SimEvent> events =
        List.of(
            new SimEvent(0, "2022-10", "rule_announced", "us-bis", "ban A100, H100"),
            new SimEvent(2, "2022-12", "bankruptcy", "startup-7", "said \"bye\""),
            SimEvent.of("investment", "fund-1", "3 h20 granted")
                .with("startup-7")
                .sku("h20")
                .units(3)
                .usdM(1.0 / 3)
                .at(2, "2022-12"));
    List<PurchaseRow> purchases =
        List.of(
            new PurchaseRow(0, "2022-10", "incumbent", "h20", "licensed", 1200, 15.6),
            new PurchaseRow(2, "2022-12", "startup", "h100", "grey", 3, 1.0 / 3));
    return new RunResult("baseline", 42, m, events, agents, purchases);
  }

  static RunResult result() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("cash_usd_m", 12.5);
    a.put("fleet_units", 300);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("fleet_units", 7L);
    b.put("listed", true);
    b.put("note", "a,b");
    return result(
        List.of(
            new AgentRow("bytedance-like", "incumbent", a),
            new AgentRow("deepseek-like", "startup", b)));
  }

  static Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("version", "0.1.0");
    s.put("config_hash", "abc123");
    s.put("seed", 42L);
    s.put("scenario", "baseline");
    return s;
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  @Test
  void write_createsAllFilesWithTheRightHeaders() throws IOException {
    Path out = tmp.resolve("runs/r1");
    RunOutputWriter.write(
        result(), out, summary(), List.of("compute_total_h100e", "self_sufficiency"));

    List<String> metrics = lines(out.resolve("metrics.csv"));
    assertEquals(
        "tick,date,compute_total_h100e,self_sufficiency,exchange_price_usd_per_h100e_month",
        metrics.get(0));
    assertEquals("0,2022-10,1,0.5,", metrics.get(1));
    assertEquals("1,2022-11,2,0.25,0.3333333333", metrics.get(2));
    assertEquals(4, metrics.size());

    List<String> events = lines(out.resolve("events.csv"));
    assertEquals("tick,date,type,agent,counterparty,sku,units,usd_m,detail", events.get(0));
    // typed columns are empty where an event has no such fact
    assertEquals("0,2022-10,rule_announced,us-bis,,,,,\"ban A100, H100\"", events.get(1));
    assertEquals("2,2022-12,bankruptcy,startup-7,,,,,\"said \"\"bye\"\"\"", events.get(2));
    // numbers use Csv.num: integers without a point, others with 10 significant digits
    assertEquals(
        "2,2022-12,investment,fund-1,startup-7,h20,3,0.3333333333,3 h20 granted", events.get(3));

    List<String> purchases = lines(out.resolve("purchases.csv"));
    assertEquals(
        List.of(
            "tick,date,buyer_kind,sku,channel,units,usd_m",
            "0,2022-10,incumbent,h20,licensed,1200,15.6",
            "2,2022-12,startup,h100,grey,3,0.3333333333"),
        purchases);

    List<String> agents = lines(out.resolve("agents.csv"));
    assertEquals("id,kind,cash_usd_m,fleet_units,listed,note", agents.get(0));
    assertEquals("bytedance-like,incumbent,12.5,300,,", agents.get(1));
    assertEquals("deepseek-like,startup,,7,true,\"a,b\"", agents.get(2));

    String json = Files.readString(out.resolve("summary.json"));
    assertTrue(
        json.startsWith(
            "{\n  \"version\" : \"0.1.0\",\n  \"config_hash\" : \"abc123\",\n  \"seed\" : 42,\n"),
        json);
    assertTrue(
        json.contains(
            "\"final\" : {\n"
                + "    \"compute_total_h100e\" : 3,\n"
                + "    \"self_sufficiency\" : 0.125,\n"
                + "    \"exchange_price_usd_per_h100e_month\" : 0.001\n"
                + "  }"),
        json);
    assertTrue(json.endsWith("}\n"));

    assertTrue(Files.size(out.resolve("charts/compute_total_h100e.png")) > 0);
    assertTrue(Files.size(out.resolve("charts/self_sufficiency.png")) > 0);
    assertEquals(List.of("r1"), siblings(out.getParent()));
  }

  @Test
  void write_nanFinalValue_isJsonNull() throws IOException {
    double[][] values = {{Double.NaN}};
    RunResult r =
        new RunResult(
            "s",
            1,
            new MetricsTable(List.of("x"), List.of("2025-01"), values),
            List.of(),
            List.of());
    Path out = tmp.resolve("nan");
    RunOutputWriter.write(r, out, new LinkedHashMap<>(), List.of());
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"x\" : null"));
    assertTrue(Files.isDirectory(out.resolve("charts")));
    assertEquals("id,kind", lines(out.resolve("agents.csv")).get(0));
  }

  @Test
  void write_unorderedSummaryMap_isWrittenSortedByKey() throws IOException {
    Map<String, Object> s =
        new HashMap<>(Map.of("seed", 1, "alpha", 0.1 + 0.2, "nested", Map.of("b", 1, "a", 2)));
    Path out = tmp.resolve("sorted");
    RunOutputWriter.write(result(), out, s, List.of());
    String json = Files.readString(out.resolve("summary.json"));
    assertTrue(json.indexOf("\"alpha\" : 0.3,") < json.indexOf("\"nested\""), json);
    assertTrue(json.indexOf("\"a\" : 2") < json.indexOf("\"b\" : 1"), json);
    assertTrue(json.indexOf("\"seed\"") < json.indexOf("\"final\""), json);
  }

  @Test
  void write_sameResultTwice_givesIdenticalBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    List<String> charts = List.of("compute_total_h100e", "exchange_price_usd_per_h100e_month");
    RunOutputWriter.write(result(), a, summary(), charts);
    RunOutputWriter.write(result(), b, summary(), charts);
    assertSameTree(a, b);
    // and overwriting an earlier output in place gives the same bytes again
    RunOutputWriter.write(result(), a, summary(), charts);
    assertSameTree(a, b);
  }

  private static void assertSameTree(Path a, Path b) throws IOException {
    List<String> filesA = relativeFiles(a);
    assertEquals(filesA, relativeFiles(b));
    for (String f : filesA) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void write_earlierOutput_isReplaced_butNotOneWithUserFiles() throws IOException {
    Path out = tmp.resolve("r");
    RunOutputWriter.write(result(), out, summary(), List.of());
    Files.writeString(out.resolve("metrics.csv"), "stale");
    OutputRefusedException changed =
        assertThrows(
            OutputRefusedException.class,
            () -> RunOutputWriter.write(result(), out, summary(), List.of()));
    assertTrue(changed.getMessage().contains("metrics.csv (changed"), changed.getMessage());
    RunOutputWriter.write(result(), tmp.resolve("r2"), summary(), List.of());
    Files.copy(
        tmp.resolve("r2/metrics.csv"),
        out.resolve("metrics.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    RunOutputWriter.write(result(), out, summary(), List.of());
    assertTrue(Files.exists(out.resolve("metrics.csv")));
    assertEquals(List.of("r", "r2"), siblings(tmp));

    Files.writeString(out.resolve("important.txt"), "mine");
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () -> RunOutputWriter.write(result(), out, summary(), List.of()));
    assertTrue(e.getMessage().contains("important.txt"), e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("important.txt")));

    // a summary.json alone does not make a folder Blockade's
    Path fake = tmp.resolve("fake");
    Files.createDirectories(fake);
    Files.writeString(fake.resolve("summary.json"), "{}");
    assertThrows(
        OutputRefusedException.class,
        () -> RunOutputWriter.write(result(), fake, summary(), List.of()));
    assertEquals("{}", Files.readString(fake.resolve("summary.json")));
  }

  @Test
  void write_unknownChartMetric_failsBeforeWritingAnything() {
    Path out = tmp.resolve("never");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RunOutputWriter.write(result(), out, summary(), List.of("no_such_metric")));
    assertTrue(
        e.getMessage().startsWith("chart metric no_such_metric is not a metric column"),
        e.getMessage());
    assertFalse(Files.exists(out));
    assertTrue(tmp.toFile().list().length == 0);
  }

  @Test
  void write_summaryWithFinalKey_isRejected() {
    Map<String, Object> s = summary();
    s.put("final", 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> RunOutputWriter.write(result(), tmp.resolve("x"), s, List.of()));
    assertEquals(0, tmp.toFile().list().length);
  }

  @Test
  void write_failureMidway_leavesExistingOutputUntouchedAndNoTempDir() throws IOException {
    Path out = tmp.resolve("r");
    RunOutputWriter.write(result(), out, summary(), List.of("self_sufficiency"));
    Map<String, byte[]> before = new TreeMap<>();
    for (String f : relativeFiles(out)) {
      before.put(f, Files.readAllBytes(out.resolve(f)));
    }
    // a field whose text form throws: fails while agents.csv is written, after metrics.csv
    Object exploding =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("boom");
          }
        };
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("bad", exploding);
    RunResult broken = result(List.of(new AgentRow("x", "startup", fields)));
    assertThrows(
        IllegalStateException.class,
        () -> RunOutputWriter.write(broken, out, summary(), List.of()));

    assertEquals(List.of("r"), siblings(tmp), "temporary directory removed");
    assertEquals(before.keySet(), toBytes(out).keySet());
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey());
    }
  }

  private static Map<String, byte[]> toBytes(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    for (String f : relativeFiles(root)) {
      m.put(f, Files.readAllBytes(root.resolve(f)));
    }
    return m;
  }

  @Test
  void write_intoForeignNonEmptyDirectory_isRefused() throws IOException {
    Path home = tmp.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.tex"), "precious");
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () -> RunOutputWriter.write(result(), home, summary(), List.of()));
    assertTrue(e.getMessage().contains("not a Blockade output"), e.getMessage());
    assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    assertEquals(List.of("home"), siblings(tmp));
  }

  @Test
  void write_intoEmptyExistingDirectory_works() throws IOException {
    Path out = tmp.resolve("empty");
    Files.createDirectories(out);
    RunOutputWriter.write(result(), out, summary(), List.of());
    assertTrue(Files.exists(out.resolve("summary.json")));
  }
}
