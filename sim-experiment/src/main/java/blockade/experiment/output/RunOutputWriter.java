package blockade.experiment.output;

import blockade.core.observe.AgentRow;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.PurchaseRow;
import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes one run's output directory ({@code run --out DIR}, DESIGN §5): {@code metrics.csv}, {@code
 * events.csv}, {@code agents.csv}, {@code purchases.csv}, {@code summary.json} and {@code
 * charts/<metric>.png}. Inputs are validated before anything touches the disk, and the directory
 * appears all at once (see {@link OutputFolder}), so scripts never read a half-written run.
 *
 * <p>Files are UTF-8 with {@code \n} line ends, numbers formatted by {@link Csv#num}; the same
 * {@link RunResult} and summary always give the same bytes.
 */
public final class RunOutputWriter {
  public static final String METRICS_CSV = "metrics.csv";
  public static final String EVENTS_CSV = "events.csv";

  /** Header of events.csv: the typed columns of an event (empty where a type has none). */
  public static final String EVENTS_HEADER =
      "tick,date,type,agent,counterparty,sku,units,usd_m,detail";

  public static final String AGENTS_CSV = "agents.csv";
  public static final String PURCHASES_CSV = "purchases.csv";

  /** Header of purchases.csv: one row per month × buyer kind × SKU × channel. */
  public static final String PURCHASES_HEADER = "tick,date,buyer_kind,sku,channel,units,usd_m";

  public static final String SUMMARY_JSON = "summary.json";
  public static final String CHARTS_DIR = "charts";

  /** The command whose output this is, recorded in the folder's marker. */
  public static final String COMMAND = "run";

  /** Key of the last-tick metric values in {@code summary.json}. */
  public static final String FINAL_KEY = "final";

  static final String UNKNOWN_CHART_METRIC = "chart metric %s is not a metric column; columns: %s";
  static final String BAD_CHART_NAME =
      "chart metric %s cannot be a file name (use letters, digits, '_', '-', '.')";
  static final String FINAL_KEY_TAKEN =
      "summary must not contain the key \"final\": it is written from the metrics";
  static final String RAGGED_METRICS = "metrics row %d has %d values for %d columns";
  static final String ROWS_VS_DATES = "metrics have %d rows for %d dates";

  private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private RunOutputWriter() {}

  /**
   * Writes {@code r} into {@code outDir}, replacing an earlier run output there.
   *
   * @param summary caller's entries for {@code summary.json} (version, config hash, seed, scenario,
   *     ...), written before {@code "final"}; a LinkedHashMap or SortedMap keeps its order, other
   *     maps are written sorted by key
   * @param chartMetrics metric columns to draw as {@code charts/<metric>.png}
   * @throws IllegalArgumentException on inconsistent inputs, before anything is written
   * @throws IOException when writing fails; nothing is left behind and an existing outDir is kept
   */
  public static void write(
      RunResult r, Path outDir, Map<String, Object> summary, List<String> chartMetrics)
      throws IOException {
    validate(r, outDir, summary, chartMetrics);
    try (OutputFolder folder = OutputFolder.open(outDir, COMMAND, List.of(), false, dir -> 0)) {
      write(r, folder, summary, chartMetrics);
    }
  }

  /**
   * Writes {@code r} into a folder the caller has {@link OutputFolder#open opened} for {@value
   * #COMMAND} and publishes it; on failure the working folder is discarded and an earlier output is
   * kept.
   */
  public static void write(
      RunResult r, OutputFolder folder, Map<String, Object> summary, List<String> chartMetrics)
      throws IOException {
    validate(r, folder.target(), summary, chartMetrics);
    // serialized up front so an unserializable summary value fails before anything is written
    String json = toJson(summaryJson(r.metrics(), summary));
    try {
      Path dir = folder.work();
      writeMetrics(dir.resolve(METRICS_CSV), r.metrics());
      writeEvents(dir.resolve(EVENTS_CSV), r.events());
      writeAgents(dir.resolve(AGENTS_CSV), r.agents());
      writePurchases(dir.resolve(PURCHASES_CSV), r.purchases());
      writeCharts(dir.resolve(CHARTS_DIR), r, chartMetrics);
      writeJson(dir.resolve(SUMMARY_JSON), json);
      folder.publish();
    } catch (IOException | RuntimeException | Error e) {
      try {
        folder.discard();
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void validate(
      RunResult r, Path outDir, Map<String, Object> summary, List<String> chartMetrics) {
    if (r == null || outDir == null || summary == null || chartMetrics == null) {
      throw new IllegalArgumentException("result, outDir, summary and chartMetrics are required");
    }
    MetricsTable m = r.metrics();
    if (m == null || m.columns() == null || m.dates() == null || m.values() == null) {
      throw new IllegalArgumentException("run result has no metrics table");
    }
    if (m.values().length != m.dates().size()) {
      throw new IllegalArgumentException(
          String.format(ROWS_VS_DATES, m.values().length, m.dates().size()));
    }
    for (int t = 0; t < m.values().length; t++) {
      int n = m.values()[t] == null ? 0 : m.values()[t].length;
      if (n != m.columns().size()) {
        throw new IllegalArgumentException(String.format(RAGGED_METRICS, t, n, m.columns().size()));
      }
    }
    if (summary.containsKey(FINAL_KEY)) {
      throw new IllegalArgumentException(FINAL_KEY_TAKEN);
    }
    for (String c : chartMetrics) {
      if (c == null || !m.columns().contains(c)) {
        throw new IllegalArgumentException(String.format(UNKNOWN_CHART_METRIC, c, m.columns()));
      }
      if (!SAFE_FILE_NAME.matcher(c).matches() || c.startsWith(".")) {
        throw new IllegalArgumentException(String.format(BAD_CHART_NAME, c));
      }
    }
    if (r.events() == null || r.agents() == null || r.purchases() == null) {
      throw new IllegalArgumentException("run result has no events, agents or purchases list");
    }
  }

  private static void writeMetrics(Path file, MetricsTable m) throws IOException {
    try (Writer w = open(file)) {
      StringBuilder line = new StringBuilder("tick,date");
      for (String c : m.columns()) {
        line.append(',').append(Csv.text(c));
      }
      w.write(line.append('\n').toString());
      for (int t = 0; t < m.ticks(); t++) {
        line.setLength(0);
        line.append(t).append(',').append(Csv.text(m.dates().get(t)));
        for (double v : m.values()[t]) {
          line.append(',').append(Csv.num(v));
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static void writeEvents(Path file, List<SimEvent> events) throws IOException {
    try (Writer w = open(file)) {
      w.write(EVENTS_HEADER + "\n");
      for (SimEvent e : events) {
        w.write(
            e.tick()
                + ","
                + Csv.text(e.date())
                + ","
                + Csv.text(e.type())
                + ","
                + Csv.text(e.agent())
                + ","
                + Csv.text(e.counterparty())
                + ","
                + Csv.text(e.sku())
                + ","
                + num(e.units())
                + ","
                + num(e.usdM())
                + ","
                + Csv.text(e.detail())
                + "\n");
      }
    }
  }

  private static void writePurchases(Path file, List<PurchaseRow> purchases) throws IOException {
    try (Writer w = open(file)) {
      w.write(PURCHASES_HEADER + "\n");
      for (PurchaseRow p : purchases) {
        w.write(
            p.tick()
                + ","
                + Csv.text(p.date())
                + ","
                + Csv.text(p.buyerKind())
                + ","
                + Csv.text(p.sku())
                + ","
                + Csv.text(p.channel())
                + ","
                + Csv.num(p.units())
                + ","
                + Csv.num(p.usdM())
                + "\n");
      }
    }
  }

  /** An optional number: empty when the event type has none. */
  private static String num(Double v) {
    return v == null ? "" : Csv.num(v);
  }

  private static void writeAgents(Path file, List<AgentRow> agents) throws IOException {
    Set<String> fields = new LinkedHashSet<>();
    for (AgentRow a : agents) {
      if (a.fields() != null) {
        fields.addAll(a.fields().keySet());
      }
    }
    try (Writer w = open(file)) {
      StringBuilder line = new StringBuilder("id,kind");
      for (String f : fields) {
        line.append(',').append(Csv.text(f));
      }
      w.write(line.append('\n').toString());
      for (AgentRow a : agents) {
        line.setLength(0);
        line.append(Csv.text(a.id())).append(',').append(Csv.text(a.kind()));
        Map<String, Object> values = a.fields() == null ? Map.of() : a.fields();
        for (String f : fields) {
          line.append(',').append(cell(values.get(f)));
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number n) {
      return Csv.num(n.doubleValue());
    }
    return Csv.text(v.toString());
  }

  private static void writeCharts(Path dir, RunResult r, List<String> chartMetrics)
      throws IOException {
    Files.createDirectories(dir);
    MetricsTable m = r.metrics();
    for (String metric : chartMetrics) {
      String title = metric + " — " + r.scenario() + ", seed " + r.seed();
      Map<String, double[]> series = new LinkedHashMap<>();
      series.put(metric, m.series(metric));
      Charts.line(dir.resolve(metric + ".png"), title, metric, m.dates(), series);
    }
  }

  private static Map<String, Object> summaryJson(MetricsTable m, Map<String, Object> summary) {
    Map<String, Object> json = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> top = (Map<String, Object>) jsonValue(summary);
    json.putAll(top);
    Map<String, Object> last = new LinkedHashMap<>();
    if (m.ticks() > 0) {
      double[] values = m.last();
      for (int c = 0; c < m.columns().size(); c++) {
        last.put(m.columns().get(c), jsonNumber(values[c]));
      }
    }
    json.put(FINAL_KEY, last);
    return json;
  }

  /**
   * Copies a value into a tree with a deterministic key order: ordered maps keep theirs, other maps
   * (HashMap, Map.of: order varies between JVM runs) are sorted by key; doubles get the CSV number
   * semantics (at most 10 significant digits, NaN and infinities as null).
   */
  private static Object jsonValue(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      Map<?, ?> ordered =
          map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>
              ? map
              : sortedByKey(map);
      for (Map.Entry<?, ?> e : ordered.entrySet()) {
        out.put(String.valueOf(e.getKey()), jsonValue(e.getValue()));
      }
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(jsonValue(o));
      }
      return out;
    }
    if (v instanceof Double || v instanceof Float) {
      return jsonNumber(((Number) v).doubleValue());
    }
    return v;
  }

  private static Map<String, Object> sortedByKey(Map<?, ?> map) {
    Map<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      sorted.put(String.valueOf(e.getKey()), e.getValue());
    }
    return sorted;
  }

  private static BigDecimal jsonNumber(double v) {
    String s = Csv.num(v);
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  private static String toJson(Map<String, Object> json) {
    // fixed "\n" line ends (Jackson's default printer uses the platform separator)
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriter writer =
        new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(printer);
    try {
      return writer.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "summary cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void writeJson(Path file, String json) throws IOException {
    try (Writer w = open(file)) {
      w.write(json);
    }
  }

  private static Writer open(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }
}
