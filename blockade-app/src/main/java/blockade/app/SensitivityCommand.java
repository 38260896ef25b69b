package blockade.app;

import blockade.agents.scenario.ScenarioMetrics;
import blockade.core.random.RandomStreams;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.output.Charts;
import blockade.experiment.output.Csv;
import blockade.experiment.sensitivity.Index;
import blockade.experiment.sensitivity.Morris;
import blockade.experiment.sensitivity.Sobol;
import blockade.experiment.study.Parameter;
import blockade.experiment.study.StudyConfig;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blockade sensitivity STUDY --method morris|sobol --metric NAME [--at YYYY-MM]}: global
 * sensitivity of one metric at one month to the study's parameters. Morris ranks by μ* (mean
 * absolute elementary effect), Sobol by total-order index; both with bootstrap 95 % intervals.
 * Writes {@code sensitivity.csv} and {@code sensitivity.png} besides the sweep outputs, and prints
 * the ranked table.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Rank a study's parameters by their effect on one metric at one month (docs/studies.md):"
          + " Morris elementary effects (mu*, sigma) or Sobol first- and total-order indices,"
          + " with bootstrap 95 % intervals.",
      "Writes sensitivity.csv, sensitivity.png, results.duckdb (runs, points, ticks, ...),"
          + " points.csv, final.csv and sensitivity.log to the output directory, built in"
          + " <out>.partial; prints the ranked table.",
      "Exit codes: 0 all replications succeeded, 1 output could not be written, 2 usage or"
          + " config error, 3 some replication failed, 130 interrupted (resume with --resume)."
    })
public final class SensitivityCommand extends StudyCommand {
  /** Methods of {@code --method}. */
  enum Method {
    morris,
    sobol
  }

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      required = true,
      description =
          "morris (screening, (k + 1) × trajectories points) or sobol (variance shares,"
              + " samples × (k + 2) points); sizes from the study file.")
  Method method;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      required = true,
      description = "Metric column to explain, e.g. frontier_gap_months.")
  String metric;

  @Option(
      names = "--at",
      paramLabel = "YYYY-MM",
      description = "Month of the metric (default: the scenario's last month).")
  String at;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "sensitivity",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  private String month;

  @Override
  String commandName() {
    return "sensitivity";
  }

  @Override
  Path outDir() {
    return out;
  }

  @Override
  double[][] design(PrintWriter err) {
    List<String> metrics = ScenarioMetrics.registry(base.value()).columns();
    if (!metrics.contains(metric)) {
      err.println(
          "error: --metric "
              + metric
              + " is not a metric of "
              + study.basePath()
              + "; metrics: "
              + String.join(", ", metrics));
      return null;
    }
    YearMonth start = base.value().start();
    YearMonth end = base.value().end();
    if (at == null) {
      month = end.toString();
    } else {
      YearMonth m;
      try {
        m = YearMonth.parse(at.strip());
      } catch (DateTimeParseException e) {
        err.println("error: --at " + at + ": not a month YYYY-MM");
        return null;
      }
      if (m.isBefore(start) || m.isAfter(end)) {
        err.println("error: --at " + at + " is outside the scenario's " + start + " → " + end);
        return null;
      }
      month = m.toString();
    }
    int k = study.parameters().size();
    RandomStreams streams = new RandomStreams(seed);
    if (method == Method.morris) {
      StudyConfig.MorrisConfig m = study.config().morris();
      return Morris.design(k, m.trajectories(), m.levels(), streams.stream("design/morris"));
    }
    return Sobol.design(k, study.config().sobol().samples(), streams.stream("design/sobol"));
  }

  @Override
  Map<String, String> designIdentity() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("method", method.name());
    return m;
  }

  @Override
  List<String> commandArguments() {
    List<String> words = new ArrayList<>(List.of("--method", method.name(), "--metric", metric));
    if (at != null) {
      words.addAll(List.of("--at", at.strip()));
    }
    return words;
  }

  /** One ranked row of the table. */
  private record Row(Parameter parameter, Index main, Index second, double a, double b) {}

  @Override
  SweepRunner.Analysis analysis() {
    return (results, dir, warnings) -> {
      double[] perRun = results.valuesAt(metric, month);
      int per = study.config().runsPerPoint();
      double[] y = new double[points.length];
      for (int p = 0; p < points.length; p++) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < per; r++) {
          double v = perRun[p * per + r];
          if (!Double.isNaN(v)) {
            sum += v;
            n++;
          }
        }
        y[p] = n == 0 ? Double.NaN : sum / n;
      }
      List<Row> rows = method == Method.morris ? morris(y, warnings) : sobol(y, warnings);
      if (rows == null) {
        return;
      }
      rows.sort(Comparator.comparingDouble((Row r) -> -rank(r)));
      writeCsv(dir.resolve("sensitivity.csv"), rows);
      if (charts()) {
        drawChart(dir.resolve("sensitivity.png"), rows, warnings);
      }
      printTable(rows);
    };
  }

  private static double rank(Row r) {
    double v = r.main().value();
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private List<Row> morris(double[] y, List<String> warnings) {
    int k = study.parameters().size();
    StudyConfig.MorrisConfig m = study.config().morris();
    RandomStreams streams = new RandomStreams(seed);
    double[][] u = Morris.design(k, m.trajectories(), m.levels(), streams.stream("design/morris"));
    List<Integer> keep = new ArrayList<>();
    for (int t = 0; t < m.trajectories(); t++) {
      boolean ok = true;
      for (int s = 0; s <= k; s++) {
        ok &= !Double.isNaN(y[t * (k + 1) + s]);
      }
      if (ok) {
        keep.add(t);
      }
    }
    if (keep.size() < 2) {
      warnings.add(
          "no sensitivity.csv: fewer than 2 trajectories have " + metric + " at every point");
      return null;
    }
    if (keep.size() < m.trajectories()) {
      warnings.add(
          (m.trajectories() - keep.size())
              + " trajectories left out: a point had no successful run or no value of "
              + metric);
    }
    double[][] x = new double[keep.size() * (k + 1)][];
    double[] yy = new double[x.length];
    int i = 0;
    for (int t : keep) {
      for (int s = 0; s <= k; s++) {
        x[i] = u[t * (k + 1) + s];
        yy[i++] = y[t * (k + 1) + s];
      }
    }
    Morris.Effects[] e = Morris.analyse(x, yy, k, m.bootstrap(), streams.stream("bootstrap"));
    List<Row> rows = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      rows.add(new Row(study.parameters().get(f), e[f].muStar(), null, e[f].mu(), e[f].sigma()));
    }
    return rows;
  }

  private List<Row> sobol(double[] y, List<String> warnings) {
    int k = study.parameters().size();
    int n = study.config().sobol().samples();
    List<Integer> keep = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      boolean ok = true;
      for (int s = 0; s < k + 2; s++) {
        ok &= !Double.isNaN(y[j * (k + 2) + s]);
      }
      if (ok) {
        keep.add(j);
      }
    }
    if (keep.size() < 2) {
      warnings.add("no sensitivity.csv: fewer than 2 Saltelli rows have " + metric + " throughout");
      return null;
    }
    if (keep.size() < n) {
      warnings.add(
          (n - keep.size()) + " Saltelli rows left out: a point had no value of " + metric);
    }
    double[] yy = new double[keep.size() * (k + 2)];
    int i = 0;
    for (int j : keep) {
      for (int s = 0; s < k + 2; s++) {
        yy[i++] = y[j * (k + 2) + s];
      }
    }
    Sobol.Indices[] s =
        Sobol.analyse(
            yy, k, study.config().sobol().bootstrap(), new RandomStreams(seed).stream("bootstrap"));
    List<Row> rows = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      rows.add(new Row(study.parameters().get(f), s[f].total(), s[f].first(), 0, 0));
    }
    return rows;
  }

  private void writeCsv(Path file, List<Row> rows) throws Exception {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (method == Method.morris) {
        w.write("rank,parameter,key,mu_star,mu_star_low,mu_star_high,mu,sigma,metric,at\n");
      } else {
        w.write(
            "rank,parameter,key,total,total_low,total_high,first,first_low,first_high,metric,at\n");
      }
      int rank = 1;
      for (Row r : rows) {
        StringBuilder line = new StringBuilder();
        line.append(rank++).append(',').append(Csv.text(r.parameter().id()));
        line.append(',').append(Csv.text(r.parameter().key()));
        appendIndex(line, r.main());
        if (method == Method.morris) {
          line.append(',').append(Csv.num(r.a())).append(',').append(Csv.num(r.b()));
        } else {
          appendIndex(line, r.second());
        }
        line.append(',').append(Csv.text(metric)).append(',').append(month).append('\n');
        w.write(line.toString());
      }
    }
  }

  private static void appendIndex(StringBuilder line, Index i) {
    line.append(',').append(Csv.num(i.value()));
    line.append(',').append(Csv.num(i.low()));
    line.append(',').append(Csv.num(i.high()));
  }

  private void drawChart(Path png, List<Row> rows, List<String> warnings) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Row r : rows) {
      String id = r.parameter().id();
      if (method == Method.morris) {
        bars.add(new Charts.Bar("μ*", id, r.main().value(), r.main().low(), r.main().high()));
      } else {
        bars.add(new Charts.Bar("total", id, r.main().value(), r.main().low(), r.main().high()));
        bars.add(
            new Charts.Bar("first", id, r.second().value(), r.second().low(), r.second().high()));
      }
    }
    String title =
        (method == Method.morris ? "Morris μ* of " : "Sobol indices of ") + metric + " at " + month;
    try {
      Charts.bars(png, title, method == Method.morris ? metric : "share of variance", bars);
    } catch (Exception e) {
      warnings.add("sensitivity.png not drawn: " + e.getMessage());
    }
  }

  private void printTable(List<Row> rows) {
    PrintWriter o = spec.commandLine().getOut();
    int w = 10;
    for (Row r : rows) {
      w = Math.max(w, r.parameter().id().length());
    }
    o.println(
        String.format(
            Locale.ROOT,
            "%s of %s at %s (%d points × %d runs; 95 %% bootstrap intervals):",
            method == Method.morris ? "Morris elementary effects" : "Sobol indices",
            metric,
            month,
            points.length,
            study.config().runsPerPoint()));
    String head =
        method == Method.morris
            ? String.format(
                Locale.ROOT,
                "%4s  %-" + w + "s  %12s  %27s  %12s  %12s",
                "rank",
                "parameter",
                "mu*",
                "95 % interval",
                "mu",
                "sigma")
            : String.format(
                Locale.ROOT,
                "%4s  %-" + w + "s  %8s  %19s  %8s  %19s",
                "rank",
                "parameter",
                "total",
                "95 % interval",
                "first",
                "95 % interval");
    o.println(head);
    int rank = 1;
    for (Row r : rows) {
      Index m = r.main();
      if (method == Method.morris) {
        o.println(
            String.format(
                Locale.ROOT,
                "%4d  %-" + w + "s  %12.4g  [%12.4g, %12.4g]  %12.4g  %12.4g",
                rank++,
                r.parameter().id(),
                m.value(),
                m.low(),
                m.high(),
                r.a(),
                r.b()));
      } else {
        Index f = r.second();
        o.println(
            String.format(
                Locale.ROOT,
                "%4d  %-" + w + "s  %8.3f  [%8.3f, %8.3f]  %8.3f  [%8.3f, %8.3f]",
                rank++,
                r.parameter().id(),
                m.value(),
                m.low(),
                m.high(),
                f.value(),
                f.low(),
                f.high()));
      }
    }
    o.flush();
  }
}
