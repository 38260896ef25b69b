package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.record.MetricRegistry;
import blockade.core.record.MetricSpec;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs match the code: every config key is documented in docs/agents/, the README's metrics.csv
 * table is the metric registry, and its events.csv table lists every event type.
 */
class DocsCoverageTest {

  @Test
  void everyConfigKey_appearsInTheAgentDocs() throws IOException {
    Path docs = Path.of(System.getProperty("blockade.root", "..")).resolve("docs/agents");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        all.append(Files.readString(p));
      }
    }
    Set<String> keys = new TreeSet<>();
    collect(ScenarioConfig.class, keys, new HashSet<>());
    List<String> missing = new ArrayList<>();
    for (String k : keys) {
      if (!all.toString().contains("`" + k + "`")) {
        missing.add(k);
      }
    }
    assertEquals(List.of(), missing, "config keys without a line in docs/agents/");
  }

  private static void collect(Type t, Set<String> keys, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        collect(a, keys, seen);
      }
      return;
    }
    if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        keys.add(rc.getName());
        collect(rc.getGenericType(), keys, seen);
      }
    }
  }

  private static String readme() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("blockade.root", "..")).resolve("README.md"));
  }

  /** The rows of the first Markdown table after a heading, without header and separator. */
  static List<String> tableAfter(String doc, String heading) {
    int at = doc.indexOf("\n" + heading + "\n");
    if (at < 0) {
      throw new AssertionError("README has no heading " + heading);
    }
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : doc.substring(at + heading.length() + 2).split("\n", -1)) {
      if (line.startsWith("|")) {
        inTable = true;
        rows.add(line);
      } else if (inTable || line.startsWith("#")) {
        break;
      }
    }
    return rows.size() < 2 ? rows : rows.subList(2, rows.size());
  }

  /**
   * The README's metrics.csv table is the registry: one row per declared metric, in column order,
   * with its unit-bearing name, unit, aggregation across agents and help text. On a mismatch the
   * expected table is in target/metrics-table.md, ready to paste.
   */
  @Test
  void readmeMetricTable_isTheMetricRegistry() throws IOException {
    MetricRegistry registry = ScenarioMetrics.registry(Scenarios.load("baseline.yaml"));
    List<String> expected = new ArrayList<>();
    for (MetricSpec m : registry.specs()) {
      expected.add(
          "| `"
              + m.name()
              + "` | "
              + m.unit().label()
              + " | "
              + m.aggregation().label()
              + " | "
              + m.help()
              + " |");
    }
    Files.writeString(
        Path.of("target/metrics-table.md"),
        "| column | unit | across agents | meaning |\n|---|---|---|---|\n"
            + String.join("\n", expected)
            + "\n");
    assertEquals(
        String.join("\n", expected),
        String.join("\n", tableAfter(readme(), "### metrics.csv columns")),
        "README metrics table differs from the registry (expected table: sim-agents/target/metrics-table.md)");
    assertEquals(Metrics.COLUMNS, registry.columns(), "registry keeps metrics.csv's column order");
  }

  /** Every event type has a row in the README's events.csv table, and every row is a type. */
  @Test
  void readmeEventTable_coversEveryEventType() throws IOException, IllegalAccessException {
    Set<String> types = new TreeSet<>();
    for (Field f : EventTypes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        types.add((String) f.get(null));
      }
    }
    Set<String> documented = new TreeSet<>();
    for (String row : tableAfter(readme(), "### events.csv columns")) {
      String first = row.split("\\|")[1];
      Matcher m = Pattern.compile("`([a-z_]+)`").matcher(first);
      while (m.find()) {
        documented.add(m.group(1));
      }
    }
    assertEquals(types, documented, "event types vs the README's events.csv table");
  }
}
