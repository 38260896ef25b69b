package blockade.experiment.montecarlo;

import blockade.core.observe.MetricsTable;
import blockade.core.observe.PurchaseRow;
import blockade.core.observe.SimEvent;
import blockade.experiment.montecarlo.ReplicationPool.ArmOutcome;
import blockade.experiment.montecarlo.ReplicationPool.Outcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The experiment's DuckDB file ({@code results.duckdb}) and every statement that touches it. Only
 * the writer thread uses it. Replications are appended with DuckDB's appender, one explicit
 * transaction per batch of whole replications, so an interruption never leaves part of a run.
 *
 * <p>Schema ({@code [scenario VARCHAR,]} only in a comparison, where it tags the scenario):
 *
 * <pre>
 * meta(key VARCHAR PRIMARY KEY, value VARCHAR)
 * runs([scenario,] run INTEGER, seed BIGINT, status VARCHAR 'ok'|'failed', error VARCHAR,
 *      wall_ms DOUBLE)
 * ticks([scenario,] run INTEGER, tick INTEGER, date VARCHAR, &lt;one DOUBLE per metric column&gt;)
 * events([scenario,] run INTEGER, seq INTEGER, tick INTEGER, date VARCHAR, type VARCHAR,
 *        agent VARCHAR, counterparty VARCHAR, sku VARCHAR, units DOUBLE, usd_m DOUBLE,
 *        detail VARCHAR)
 * purchases([scenario,] run INTEGER, tick INTEGER, date VARCHAR, buyer_kind VARCHAR, sku VARCHAR,
 *           channel VARCHAR, units DOUBLE, usd_m DOUBLE)
 * quantiles(scenario VARCHAR, tick INTEGER, date VARCHAR, metric VARCHAR,
 *           mean DOUBLE, sd DOUBLE, p05 DOUBLE, p25 DOUBLE, p50 DOUBLE, p75 DOUBLE, p95 DOUBLE)
 * </pre>
 *
 * {@code ticks} is created from the first successful replication's metric columns (the columns a
 * scenario has are kept in {@code meta} under {@code metric_columns:<scenario>}); a later
 * replication of that scenario with other columns is recorded as failed. In a comparison, columns
 * that only one scenario has are added and are NULL for the other. {@code events.seq} is the
 * event's position in its run, so events can be read back in the order they happened.
 */
final class ResultsDb implements AutoCloseable {
  static final String FILE = "results.duckdb";
  static final String OK = "ok";
  static final String FAILED = "failed";

  private static final Logger LOG = LogManager.getLogger(ResultsDb.class);
  private static final String COLUMNS_KEY = "metric_columns:";
  private static final Set<String> RESERVED = Set.of("scenario", "run", "tick", "date");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DuckDBConnection conn;
  private final boolean tagged;
  private List<String> tickColumns;
  private final Map<String, List<String>> armColumns = new LinkedHashMap<>();

  private final RunPlan plan;

  private ResultsDb(DuckDBConnection conn, boolean tagged, RunPlan plan) {
    this.conn = conn;
    this.tagged = tagged;
    this.plan = plan;
  }

  /** Opens (creating if needed) the database file and its tables. */
  static ResultsDb open(Path file, boolean tagged) throws SQLException {
    return open(file, tagged, RunPlan.NONE);
  }

  /**
   * Opens (creating if needed) the database file and its tables; {@code runs} gets a {@code point
   * INTEGER} column when the plan has points and one DOUBLE column per input.
   */
  static ResultsDb open(Path file, boolean tagged, RunPlan plan) throws SQLException {
    DuckDBConnection conn =
        (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    ResultsDb db = new ResultsDb(conn, tagged, plan);
    try {
      db.createSchema();
    } catch (SQLException | RuntimeException e) {
      conn.close();
      throw e;
    }
    return db;
  }

  /**
   * Replications recorded (ok or failed) in an existing database, read without changing it; 0 when
   * it has no runs table yet.
   */
  static int recordedRuns(Path file) throws SQLException {
    java.util.Properties ro = new java.util.Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (java.sql.Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), ro);
        java.sql.Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM information_schema.tables WHERE table_name = 'runs'")) {
        if (!rs.next() || rs.getLong(1) == 0) {
          return 0;
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT run) FROM runs")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  boolean tagged() {
    return tagged;
  }

  private String tag() {
    return tagged ? "scenario VARCHAR, " : "";
  }

  private void createSchema() throws SQLException {
    exec("CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR)");
    exec(
        "CREATE TABLE IF NOT EXISTS runs("
            + tag()
            + "run INTEGER, seed BIGINT, status VARCHAR, error VARCHAR, wall_ms DOUBLE"
            + planColumns()
            + ")");
    exec(
        "CREATE TABLE IF NOT EXISTS events("
            + tag()
            + "run INTEGER, seq INTEGER, tick INTEGER, date VARCHAR, type VARCHAR, agent VARCHAR,"
            + " counterparty VARCHAR, sku VARCHAR, units DOUBLE, usd_m DOUBLE, detail VARCHAR)");
    exec(
        "CREATE TABLE IF NOT EXISTS purchases("
            + tag()
            + "run INTEGER, tick INTEGER, date VARCHAR, buyer_kind VARCHAR, sku VARCHAR,"
            + " channel VARCHAR, units DOUBLE, usd_m DOUBLE)");
    exec(
        "CREATE TABLE IF NOT EXISTS quantiles(scenario VARCHAR, tick INTEGER, date VARCHAR,"
            + " metric VARCHAR, mean DOUBLE, sd DOUBLE, p05 DOUBLE, p25 DOUBLE, p50 DOUBLE,"
            + " p75 DOUBLE, p95 DOUBLE)");
    List<String> existing = new ArrayList<>();
    try (ResultSet rs =
        query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'ticks'"
                + " ORDER BY ordinal_position")) {
      while (rs.next()) {
        existing.add(rs.getString(1));
      }
    }
    if (!existing.isEmpty()) {
      tickColumns = new ArrayList<>(existing.subList(tagged ? 4 : 3, existing.size()));
    }
    for (Map.Entry<String, String> e : readMeta().entrySet()) {
      if (e.getKey().startsWith(COLUMNS_KEY)) {
        armColumns.put(e.getKey().substring(COLUMNS_KEY.length()), fromJson(e.getValue()));
      }
    }
  }

  private String planColumns() {
    StringBuilder sb = new StringBuilder();
    if (plan.hasPoints()) {
      sb.append(", point INTEGER");
    }
    for (String name : plan.inputNames()) {
      sb.append(", ").append(ident(name)).append(" DOUBLE");
    }
    return sb.toString();
  }

  // ---- meta -------------------------------------------------------------------------------

  Map<String, String> readMeta() throws SQLException {
    Map<String, String> meta = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT key, value FROM meta ORDER BY key")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    return meta;
  }

  /** Inserts or replaces the given keys (others stay). */
  void putMeta(Map<String, String> entries) throws SQLException {
    begin();
    try {
      putMetaInTransaction(entries);
      commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  private void putMetaInTransaction(Map<String, String> entries) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.execute();
      }
    }
  }

  // ---- resume -----------------------------------------------------------------------------

  /**
   * Removes what a crash could have left behind: {@code runs} rows of replications not recorded for
   * every scenario, and ticks and events without a {@code runs} row.
   */
  void dropIncomplete(int arms) throws SQLException {
    begin();
    try {
      exec(
          "DELETE FROM runs WHERE run IN (SELECT run FROM runs GROUP BY run HAVING count(*) < "
              + arms
              + ")");
      if (tickColumns != null) {
        exec("DELETE FROM ticks WHERE NOT EXISTS (" + sameRun("ticks") + ")");
      }
      exec("DELETE FROM events WHERE NOT EXISTS (" + sameRun("events") + ")");
      exec("DELETE FROM purchases WHERE NOT EXISTS (" + sameRun("purchases") + ")");
      commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  private String sameRun(String table) {
    return "SELECT 1 FROM runs r WHERE r.run = "
        + table
        + ".run"
        + (tagged ? " AND r.scenario = " + table + ".scenario" : "");
  }

  /** Indices of replications already recorded (ok or failed) for every scenario. */
  Set<Integer> completedRuns(int arms) throws SQLException {
    Set<Integer> done = new TreeSet<>();
    try (ResultSet rs = query("SELECT run FROM runs GROUP BY run HAVING count(*) = " + arms)) {
      while (rs.next()) {
        done.add(rs.getInt(1));
      }
    }
    return done;
  }

  // ---- appending replications --------------------------------------------------------------

  /** Persists a batch of finished replications atomically (one transaction). */
  void append(List<Outcome> batch, List<String> labels) throws SQLException {
    begin();
    try {
      String[][] errors = new String[batch.size()][labels.size()];
      for (int b = 0; b < batch.size(); b++) {
        Outcome o = batch.get(b);
        for (int a = 0; a < labels.size(); a++) {
          ArmOutcome ao = o.arms().get(a);
          if (ao.ok()) {
            errors[b][a] = registerColumns(labels.get(a), ao.result().metrics().columns());
            if (errors[b][a] != null) {
              LOG.warn(
                  "replication {} (seed {}) of {} failed: {}",
                  o.run(),
                  o.seed(),
                  labels.get(a),
                  errors[b][a]);
            }
          } else {
            errors[b][a] = ReplicationPool.describe(ao.error());
          }
        }
      }
      try (DuckDBAppender runs = appender("runs");
          DuckDBAppender events = appender("events");
          DuckDBAppender purchases = appender("purchases");
          DuckDBAppender ticks = tickColumns == null ? null : appender("ticks")) {
        for (int b = 0; b < batch.size(); b++) {
          Outcome o = batch.get(b);
          for (int a = 0; a < labels.size(); a++) {
            ArmOutcome ao = o.arms().get(a);
            String label = labels.get(a);
            String error = errors[b][a];
            runs.beginRow();
            if (tagged) {
              runs.append(label);
            }
            runs.append(o.run()).append(o.seed()).append(error == null ? OK : FAILED);
            text(runs, error);
            runs.append(ao.wallMs());
            if (plan.hasPoints()) {
              runs.append(plan.pointOf(o.run()));
            }
            for (double v : plan.inputs(o.run(), o.seed())) {
              runs.append(v);
            }
            runs.endRow();
            if (error == null) {
              appendTicks(ticks, label, o.run(), ao.result().metrics());
              appendEvents(events, label, o.run(), ao.result().events());
              appendPurchases(purchases, label, o.run(), ao.result().purchases());
            }
          }
        }
      }
      commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  /**
   * Records a scenario's metric columns at its first success (creating or widening {@code ticks});
   * returns an error text when they are unusable or differ from that first success.
   */
  private String registerColumns(String label, List<String> columns) throws SQLException {
    List<String> known = armColumns.get(label);
    if (known != null) {
      return known.equals(columns)
          ? null
          : "metric columns differ from the first successful run of "
              + label
              + ": "
              + columns
              + " vs "
              + known;
    }
    Set<String> lower = new LinkedHashSet<>();
    for (String c : columns) {
      if (c == null || c.isBlank()) {
        return "a metric column has no name";
      }
      String lc = c.toLowerCase(Locale.ROOT);
      if (RESERVED.contains(lc)) {
        return "metric column name '" + c + "' is reserved";
      }
      if (!lower.add(lc)) {
        return "metric columns differ only in case: " + c;
      }
    }
    if (tickColumns == null) {
      StringBuilder sql = new StringBuilder("CREATE TABLE ticks(").append(tag());
      sql.append("run INTEGER, tick INTEGER, date VARCHAR");
      for (String c : columns) {
        sql.append(", ").append(ident(c)).append(" DOUBLE");
      }
      exec(sql.append(')').toString());
      tickColumns = new ArrayList<>(columns);
    } else {
      for (String c : columns) {
        if (!tickColumns.contains(c)) {
          for (String t : tickColumns) {
            if (t.equalsIgnoreCase(c)) {
              return "metric column " + c + " differs only in case from " + t;
            }
          }
          exec("ALTER TABLE ticks ADD COLUMN " + ident(c) + " DOUBLE");
          tickColumns.add(c);
        }
      }
    }
    armColumns.put(label, List.copyOf(columns));
    putMetaInTransaction(Map.of(COLUMNS_KEY + label, toJson(columns)));
    return null;
  }

  private void appendTicks(DuckDBAppender ap, String label, int run, MetricsTable m)
      throws SQLException {
    int[] map = new int[tickColumns.size()];
    for (int k = 0; k < map.length; k++) {
      map[k] = m.columns().indexOf(tickColumns.get(k));
    }
    double[][] values = m.values();
    for (int t = 0; t < values.length; t++) {
      ap.beginRow();
      if (tagged) {
        ap.append(label);
      }
      ap.append(run).append(t);
      text(ap, m.dates().get(t));
      for (int idx : map) {
        if (idx < 0) {
          ap.appendNull();
        } else {
          ap.append(values[t][idx]);
        }
      }
      ap.endRow();
    }
  }

  private void appendEvents(DuckDBAppender ap, String label, int run, List<SimEvent> events)
      throws SQLException {
    if (events == null) {
      return;
    }
    int seq = 0;
    for (SimEvent e : events) {
      ap.beginRow();
      if (tagged) {
        ap.append(label);
      }
      ap.append(run).append(seq++).append(e.tick());
      text(ap, e.date());
      text(ap, e.type());
      text(ap, e.agent());
      text(ap, e.counterparty());
      text(ap, e.sku());
      number(ap, e.units());
      number(ap, e.usdM());
      text(ap, e.detail());
      ap.endRow();
    }
  }

  private void appendPurchases(
      DuckDBAppender ap, String label, int run, List<PurchaseRow> purchases) throws SQLException {
    if (purchases == null) {
      return;
    }
    for (PurchaseRow p : purchases) {
      ap.beginRow();
      if (tagged) {
        ap.append(label);
      }
      ap.append(run).append(p.tick());
      text(ap, p.date());
      text(ap, p.buyerKind());
      text(ap, p.sku());
      text(ap, p.channel());
      ap.append(p.units());
      ap.append(p.usdM());
      ap.endRow();
    }
  }

  private static void number(DuckDBAppender ap, Double v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v.doubleValue());
    }
  }

  private static void text(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }

  // ---- reading back -----------------------------------------------------------------------

  /** Metric columns of a scenario (empty when it never succeeded). */
  List<String> columnsOf(String label) {
    return armColumns.getOrDefault(label, List.of());
  }

  /** Receives one tick's values over the successful runs, in run order: values[metric][i]. */
  interface TickVisitor {
    void visit(int tick, String date, double[][] values, int n) throws Exception;
  }

  /**
   * Streams a scenario's ticks one tick at a time over its successful replications, in run order,
   * so memory is O(runs × metrics) whatever the number of ticks.
   */
  void forEachTick(String label, List<String> metrics, TickVisitor visitor) throws Exception {
    if (tickColumns == null || metrics.isEmpty()) {
      return;
    }
    String where = tagged ? " AND t.scenario = ?" : "";
    StringBuilder sql = new StringBuilder("SELECT t.date");
    for (String m : metrics) {
      sql.append(", t.").append(ident(m));
    }
    sql.append(" FROM ticks t WHERE t.tick = ?").append(where).append(" ORDER BY t.run");
    streamTicks(ticks(label), sql.toString(), label, metrics.size(), visitor);
  }

  /**
   * Like {@link #forEachTick} for the replications where both scenarios succeeded: values[0..m) are
   * scenario A's metrics and values[m..2m) scenario B's, for the same runs in run order.
   */
  void forEachPairedTick(String labelA, String labelB, List<String> metrics, TickVisitor visitor)
      throws Exception {
    if (tickColumns == null || metrics.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder("SELECT a.date");
    for (String m : metrics) {
      sql.append(", a.").append(ident(m));
    }
    for (String m : metrics) {
      sql.append(", b.").append(ident(m));
    }
    sql.append(" FROM ticks a JOIN ticks b ON b.run = a.run AND b.tick = a.tick AND b.scenario = ?")
        .append(" WHERE a.tick = ? AND a.scenario = ? ORDER BY a.run");
    List<Integer> ticks = ticks(labelA);
    int width = 2 * metrics.size();
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      double[][] buf = new double[width][64];
      for (int tick : ticks) {
        ps.setString(1, labelB);
        ps.setInt(2, tick);
        ps.setString(3, labelA);
        buf = readTick(ps, tick, width, buf, visitor);
      }
    }
  }

  private List<Integer> ticks(String label) throws SQLException {
    List<Integer> ticks = new ArrayList<>();
    String sql =
        "SELECT DISTINCT tick FROM ticks" + (tagged ? " WHERE scenario = ?" : "") + " ORDER BY 1";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (tagged) {
        ps.setString(1, label);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ticks.add(rs.getInt(1));
        }
      }
    }
    return ticks;
  }

  private void streamTicks(
      List<Integer> ticks, String sql, String label, int width, TickVisitor visitor)
      throws Exception {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      double[][] buf = new double[width][64];
      for (int tick : ticks) {
        ps.setInt(1, tick);
        if (tagged) {
          ps.setString(2, label);
        }
        buf = readTick(ps, tick, width, buf, visitor);
      }
    }
  }

  private static double[][] readTick(
      PreparedStatement ps, int tick, int width, double[][] buf, TickVisitor visitor)
      throws Exception {
    int n = 0;
    String date = null;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (n == buf[0].length) {
          for (int c = 0; c < width; c++) {
            buf[c] = Arrays.copyOf(buf[c], n * 2);
          }
        }
        if (n == 0) {
          date = rs.getString(1);
        }
        for (int c = 0; c < width; c++) {
          double v = rs.getDouble(c + 2);
          buf[c][n] = rs.wasNull() ? Double.NaN : v;
        }
        n++;
      }
    }
    if (n > 0) {
      visitor.visit(tick, date, buf, n);
    }
    return buf;
  }

  /** Receives one successful run's last-tick values. */
  interface FinalVisitor {
    void visit(int run, long seed, double[] values) throws Exception;
  }

  /** Last-tick metric values of every successful run, in run order (single-scenario only). */
  void forEachFinal(List<String> metrics, FinalVisitor visitor) throws Exception {
    if (tickColumns == null) {
      return;
    }
    StringBuilder sql = new StringBuilder("SELECT t.run, r.seed");
    for (String m : metrics) {
      sql.append(", t.").append(ident(m));
    }
    sql.append(" FROM ticks t JOIN runs r ON r.run = t.run WHERE r.status = 'ok'")
        .append(" QUALIFY t.tick = max(t.tick) OVER (PARTITION BY t.run) ORDER BY t.run");
    double[] values = new double[metrics.size()];
    try (ResultSet rs = query(sql.toString())) {
      while (rs.next()) {
        for (int c = 0; c < values.length; c++) {
          double v = rs.getDouble(c + 3);
          values[c] = rs.wasNull() ? Double.NaN : v;
        }
        visitor.visit(rs.getInt(1), rs.getLong(2), values);
      }
    }
  }

  /**
   * One metric's value in every replication {@code 0..runs-1} at month {@code date} (YYYY-MM), or
   * at each run's last tick when {@code date} is null; NaN for a failed run, a missing month or a
   * NaN value (single-scenario only).
   */
  double[] valuesAt(String metric, String date, int runs) throws SQLException {
    double[] out = new double[runs];
    Arrays.fill(out, Double.NaN);
    if (tickColumns == null || !tickColumns.contains(metric)) {
      return out;
    }
    String sql =
        "SELECT t.run, t."
            + ident(metric)
            + " FROM ticks t JOIN runs r ON r.run = t.run WHERE r.status = 'ok' AND "
            + (date == null
                ? "t.tick = (SELECT max(tick) FROM ticks u WHERE u.run = t.run)"
                : "t.date = ?")
            + " ORDER BY t.run";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (date != null) {
        ps.setString(1, date);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int run = rs.getInt(1);
          double v = rs.getDouble(2);
          if (run >= 0 && run < runs && !rs.wasNull()) {
            out[run] = v;
          }
        }
      }
    }
    return out;
  }

  /** Distinct months of the ticks table, in order. */
  List<String> dates() throws SQLException {
    List<String> out = new ArrayList<>();
    if (tickColumns == null) {
      return out;
    }
    try (ResultSet rs = query("SELECT DISTINCT tick, date FROM ticks ORDER BY tick")) {
      while (rs.next()) {
        out.add(rs.getString(2));
      }
    }
    return out;
  }

  /** {ok, failed}: replications that succeeded for every scenario, and those that did not. */
  int[] counts(int arms) throws SQLException {
    try (ResultSet rs =
        query(
            "SELECT count(*) FILTER (WHERE nok = "
                + arms
                + "), count(*) FILTER (WHERE nok < "
                + arms
                + ") FROM (SELECT run, count(*) FILTER (WHERE status = 'ok') AS nok FROM runs"
                + " GROUP BY run)")) {
      rs.next();
      return new int[] {rs.getInt(1), rs.getInt(2)};
    }
  }

  /** Failed replications, by scenario (in {@code labels} order) then run. */
  List<FailedRun> failures(List<String> labels) throws SQLException {
    List<FailedRun> out = new ArrayList<>();
    String sql =
        "SELECT "
            + (tagged ? "scenario" : "NULL")
            + ", run, seed, error FROM runs WHERE status = 'failed' ORDER BY run";
    try (ResultSet rs = query(sql)) {
      while (rs.next()) {
        String label = tagged ? rs.getString(1) : labels.get(0);
        out.add(new FailedRun(label, rs.getInt(2), rs.getLong(3), rs.getString(4)));
      }
    }
    out.sort(
        (x, y) -> {
          int c = Integer.compare(labels.indexOf(x.scenario()), labels.indexOf(y.scenario()));
          return c != 0 ? c : Integer.compare(x.run(), y.run());
        });
    return out;
  }

  // ---- plumbing -----------------------------------------------------------------------------

  /** Whether the ticks table exists (some replication succeeded). */
  boolean hasTicks() {
    return tickColumns != null;
  }

  /** Writes a table (or query) as a Parquet file. */
  void exportParquet(String selectOrTable, Path file) throws SQLException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    exec("COPY " + selectOrTable + " TO '" + path + "' (FORMAT PARQUET)");
  }

  DuckDBAppender appender(String table) throws SQLException {
    return conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  void begin() throws SQLException {
    exec("BEGIN TRANSACTION");
  }

  void commit() throws SQLException {
    exec("COMMIT");
  }

  void rollbackQuietly() {
    try {
      exec("ROLLBACK");
    } catch (SQLException e) {
      LOG.debug("rollback failed", e);
    }
  }

  void exec(String sql) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute(sql);
    }
  }

  private ResultSet query(String sql) throws SQLException {
    Statement s = conn.createStatement();
    s.closeOnCompletion();
    return s.executeQuery(sql);
  }

  /** Quotes an SQL identifier. */
  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String toJson(List<String> columns) {
    try {
      return JSON.writeValueAsString(columns);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String s) {
    try {
      return JSON.readValue(s, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable metric columns in meta: " + s, e);
    }
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
