package blockade.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Main class of {@code sim-bench/target/benchmarks.jar}: runs the benchmarks (all of them, or those
 * JMH's usual command-line options select) and then prints a summary with each benchmark's median
 * and spread and the figures the targets of docs/PERFORMANCE.md need: engine / plain loop, clearing
 * / sorting, cost per startup, mc runs per second and the two-thread speed-up. {@code -h}, {@code
 * -l}, {@code -lp} and {@code -lprof} go to JMH's own main.
 */
public final class RunAll {
  private RunAll() {}

  private static final Set<String> JMH_ONLY = Set.of("-h", "-l", "-lp", "-lrf", "-lprof");

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      if (JMH_ONLY.contains(a)) {
        org.openjdk.jmh.Main.main(args);
        return;
      }
    }
    CommandLineOptions cli = new CommandLineOptions(args);
    Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli).build()).run();
    System.out.println();
    System.out.print(summary(results));
  }

  /** One benchmark's result: its short name with parameters, unit and statistics. */
  record Row(String name, String unit, Statistics stats) {
    double median() {
      return stats.getPercentile(50);
    }
  }

  static String label(BenchmarkParams p) {
    String b = p.getBenchmark();
    String shortName = b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
    StringBuilder s = new StringBuilder(shortName);
    for (String k : p.getParamsKeys()) {
      s.append(' ').append(k).append('=').append(p.getParam(k));
    }
    return s.toString();
  }

  static String summary(Collection<RunResult> results) {
    Map<String, Row> rows = new TreeMap<>();
    for (RunResult r : results) {
      rows.put(
          label(r.getParams()),
          new Row(
              label(r.getParams()),
              r.getPrimaryResult().getScoreUnit(),
              r.getPrimaryResult().getStatistics()));
    }
    StringBuilder out = new StringBuilder();
    out.append("Summary (median, min–max over measured iterations, n = iterations)\n");
    for (Row row : rows.values()) {
      StatisticalSummary s = row.stats();
      out.append(
          String.format(
              Locale.ROOT,
              "  %-55s %12.3f %-6s (%.3f–%.3f, n=%d)%n",
              row.name(),
              row.median(),
              row.unit(),
              s.getMin(),
              s.getMax(),
              s.getN()));
    }
    out.append(derived(rows));
    return out.toString();
  }

  static String derived(Map<String, Row> rows) {
    List<String> lines = new ArrayList<>();
    for (String n : List.of("100", "10000")) {
      ratio(
          lines,
          rows,
          "EngineOverheadBench.engine agents=" + n,
          "EngineOverheadBench.plainLoop agents=" + n,
          "engine / plain loop, " + n + " agents");
    }
    for (String n : List.of("1000", "10000", "100000")) {
      ratio(
          lines,
          rows,
          "AuctionBench.clear orders=" + n,
          "AuctionBench.sortDoubles orders=" + n,
          "clear / sort doubles, " + n + " orders");
    }
    for (String n : List.of("1000", "10000", "100000", "1000000")) {
      Row r = rows.get("TickBench.oneTick startups=" + n);
      if (r != null) {
        lines.add(
            String.format(
                Locale.ROOT,
                "one tick per startup, %s startups: %.3f µs",
                n,
                r.median() * 1000 / Integer.parseInt(n)));
      }
    }
    Double one = null;
    for (String t : List.of("1", "2")) {
      Row r = rows.get("McBench.mc threads=" + t);
      if (r != null) {
        double perSecond = McBench.RUNS / (r.median() / 1000);
        lines.add(String.format(Locale.ROOT, "mc, %s thread(s): %.2f runs/s", t, perSecond));
        if (t.equals("1")) {
          one = perSecond;
        } else if (one != null) {
          lines.add(
              String.format(Locale.ROOT, "mc speed-up, 2 threads / 1: %.2f×", perSecond / one));
        }
      }
    }
    StringBuilder s = new StringBuilder(lines.isEmpty() ? "" : "Derived (from medians)\n");
    for (String l : lines) {
      s.append("  ").append(l).append('\n');
    }
    return s.toString();
  }

  private static void ratio(
      List<String> lines, Map<String, Row> rows, String a, String b, String what) {
    Row x = rows.get(a);
    Row y = rows.get(b);
    if (x != null && y != null && x.unit().equals(y.unit())) {
      lines.add(String.format(Locale.ROOT, "%s: %.2f×", what, x.median() / y.median()));
    }
  }
}
