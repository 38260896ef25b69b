package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigLoader;
import blockade.core.config.Loaded;
import blockade.experiment.calibrate.Abc;
import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.output.Charts;
import blockade.experiment.output.Csv;
import blockade.experiment.study.Parameter;
import blockade.experiment.study.Study;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code calibrate} writes from the scored draws: {@code accepted.csv}, {@code
 * draws.csv}, {@code posterior.csv}, {@code overlay.yaml} (the posterior medians as a configs
 * overlay that {@code extends:} the study's base), {@code calibration.md} and the posterior
 * histograms.
 */
final class CalibrationOutputs {
  /** Histogram bins of the posterior charts. */
  static final int BINS = 20;

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  private final Study study;
  private final Loaded<ScenarioConfig> base;
  private final Path outDir;
  private final long masterSeed;
  private final double[][] draws;
  private final List<Abc.Target> targets;
  private final double[][] values;
  private final double[] distances;
  private final int[] accepted;

  /**
   * @param draws {@code [draw][parameter]}
   * @param values {@code [target][draw]}, the model's value for each target
   */
  CalibrationOutputs(
      Study study,
      Loaded<ScenarioConfig> base,
      Path outDir,
      long masterSeed,
      double[][] draws,
      List<Abc.Target> targets,
      double[][] values,
      double[] distances,
      int[] accepted) {
    this.study = study;
    this.base = base;
    this.outDir = outDir;
    this.masterSeed = masterSeed;
    this.draws = draws;
    this.targets = targets;
    this.values = values;
    this.distances = distances;
    this.accepted = accepted;
  }

  /** Parameter {@code p}'s value in every draw. */
  private double[] column(int p) {
    double[] v = new double[draws.length];
    for (int j = 0; j < draws.length; j++) {
      v[j] = draws[j][p];
    }
    return v;
  }

  Abc.Summary prior(int p) {
    return Abc.Summary.of(column(p));
  }

  Abc.Summary posterior(int p) {
    return Abc.Summary.of(Abc.pick(column(p), accepted));
  }

  /** accepted.csv (accepted draws), draws.csv (every draw) and posterior.csv. */
  void writeCsvs(Path dir) throws IOException {
    StringBuilder header = new StringBuilder("draw,seed");
    study.ids().forEach(id -> header.append(',').append(Csv.text(id)));
    header.append(",distance");
    targets.forEach(t -> header.append(',').append(Csv.text("target:" + t.id())));
    StringBuilder acc = new StringBuilder(header).append('\n');
    StringBuilder all = new StringBuilder(header).append(",accepted\n");
    int k = 0;
    for (int j = 0; j < draws.length; j++) {
      boolean in = k < accepted.length && accepted[k] == j;
      if (in) {
        k++;
      }
      StringBuilder line = new StringBuilder().append(j).append(',');
      line.append(ReplicationSeeds.seedFor(masterSeed, j));
      for (double v : draws[j]) {
        line.append(',').append(Csv.num(v));
      }
      line.append(',').append(Csv.num(distances[j]));
      for (double[] t : values) {
        line.append(',').append(Csv.num(t[j]));
      }
      if (in) {
        acc.append(line).append('\n');
      }
      all.append(line).append(',').append(in).append('\n');
    }
    Files.writeString(dir.resolve("accepted.csv"), acc.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("draws.csv"), all.toString(), StandardCharsets.UTF_8);
    StringBuilder post =
        new StringBuilder(
            "parameter,key,prior_median,prior_p05,prior_p95,"
                + "posterior_median,posterior_p05,posterior_p95,accepted,source\n");
    List<Parameter> ps = study.parameters();
    for (int p = 0; p < ps.size(); p++) {
      Abc.Summary a = prior(p);
      Abc.Summary b = posterior(p);
      post.append(Csv.text(ps.get(p).id())).append(',').append(Csv.text(ps.get(p).key()));
      for (double v : new double[] {a.median(), a.p05(), a.p95(), b.median(), b.p05(), b.p95()}) {
        post.append(',').append(Csv.num(v));
      }
      post.append(',').append(b.n());
      post.append(',').append(Csv.text(ps.get(p).config().source())).append('\n');
    }
    Files.writeString(dir.resolve("posterior.csv"), post.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The overlay's value of parameter {@code p}: the posterior median, rounded for an integer
   * parameter, or the accepted value nearest to it for a list of values.
   */
  double overlayValue(int p) {
    Parameter par = study.parameters().get(p);
    double m = posterior(p).median();
    if (par.levels() > 0) {
      double best = Double.NaN;
      for (double v : Abc.pick(column(p), accepted)) {
        if (Double.isNaN(best) || Math.abs(v - m) < Math.abs(best - m)) {
          best = v;
        }
      }
      return best;
    }
    return par.config().integer() ? Math.rint(m) : m;
  }

  /**
   * overlay.yaml: {@code extends:} the study's base, then every parameter's key (and the study's
   * fixed {@code sets}) at its posterior value. A key inside a list carries the whole list, since
   * lists replace rather than merge. The overlay is loaded back before it is kept.
   */
  void writeOverlay(Path dir, List<String> warnings) throws IOException {
    double[] medians = new double[study.parameters().size()];
    for (int p = 0; p < medians.length; p++) {
      medians[p] = overlayValue(p);
    }
    String shown = study.basePath().toString();
    Loaded<ScenarioConfig> withMedians;
    try {
      withMedians =
          ConfigLoader.loadText(
              shown, base.resolvedYaml(), study.sets(medians), ScenarioConfig.class);
    } catch (ConfigException e) {
      warnings.add(
          "overlay.yaml not written: the posterior medians are refused: " + e.getMessage());
      return;
    }
    YAMLMapper yaml =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    JsonNode resolved = yaml.readTree(withMedians.resolvedYaml());
    ObjectNode overlay = yaml.createObjectNode();
    overlay.put("name", withMedians.value().name() + "-calibrated");
    List<String> keys = new ArrayList<>();
    study.config().sets().forEach(s -> keys.add(s.substring(0, s.indexOf('=')).strip()));
    study.parameters().forEach(p -> keys.add(p.key()));
    for (String key : keys) {
      copyPath(resolved, overlay, key);
    }
    Path baseAbs = study.basePath().toAbsolutePath().normalize();
    Path outAbs = outDir.toAbsolutePath().normalize();
    String ext;
    try {
      ext = outAbs.relativize(baseAbs).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      ext = baseAbs.toString();
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Posterior medians of `blockade calibrate ")
        .append(study.file())
        .append("` (")
        .append(accepted.length)
        .append(" of ")
        .append(draws.length)
        .append(" draws accepted, seed ")
        .append(masterSeed)
        .append(").\n");
    sb.append("# Use it as a scenario, or extend it: `extends: <path to this file>`.\n");
    sb.append("# A median is one point of the posterior, not its mode; see posterior.csv.\n");
    sb.append("extends: ").append(yaml.writeValueAsString(ext).strip()).append('\n');
    sb.append(yaml.writeValueAsString(overlay));
    Path file = dir.resolve("overlay.yaml");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    try {
      ConfigLoader.load(file, List.of(), ScenarioConfig.class);
    } catch (ConfigException e) {
      warnings.add(
          "overlay.yaml does not load: "
              + e.problems().get(0).format()
              + " (from "
              + outDir
              + ", extends "
              + ext
              + ")");
    }
  }

  /** Copies {@code key} of {@code from} into {@code to}; a list on the way is copied whole. */
  static void copyPath(JsonNode from, ObjectNode to, String key) {
    Matcher m = SEGMENT.matcher(key);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : null);
    }
    JsonNode src = from;
    ObjectNode dst = to;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      JsonNode next = name == null ? null : src.get(name);
      if (next == null) {
        return; // a list index right after the root, or a key the resolved config lacks
      }
      if (i == names.size() - 1 || !next.isObject()) {
        dst.set(name, next.deepCopy());
        return;
      }
      JsonNode existing = dst.get(name);
      if (existing != null && !existing.isObject()) {
        return; // a list already copied whole
      }
      dst = existing == null ? dst.putObject(name) : (ObjectNode) existing;
      src = next;
    }
  }

  /** charts/posterior_ID.png: prior and posterior histograms of each parameter. */
  void drawHistograms(Path dir, List<String> warnings) {
    List<Parameter> ps = study.parameters();
    for (int p = 0; p < ps.size(); p++) {
      Parameter par = ps.get(p);
      try {
        Charts.histogram(
            dir.resolve("charts").resolve("posterior_" + par.id() + ".png"),
            par.id() + ": prior and posterior",
            par.key(),
            column(p),
            Abc.pick(column(p), accepted),
            BINS);
      } catch (IOException | RuntimeException e) {
        warnings.add("histogram of " + par.id() + " not drawn: " + e.getMessage());
      }
    }
  }

  /** The ranked-by-narrowing parameter table on the terminal. */
  void printTable(PrintWriter o) {
    o.println(
        String.format(
            Locale.ROOT,
            "%-28s %-30s %-30s %s",
            "parameter",
            "prior median [p05–p95]",
            "posterior median [p05–p95]",
            "width ratio"));
    List<Parameter> ps = study.parameters();
    for (int p = 0; p < ps.size(); p++) {
      Abc.Summary a = prior(p);
      Abc.Summary b = posterior(p);
      o.println(
          String.format(
              Locale.ROOT,
              "%-28s %-30s %-30s %s",
              ps.get(p).id(),
              band(a),
              band(b),
              fmt((b.p95() - b.p05()) / (a.p95() - a.p05()))));
    }
  }

  private static String band(Abc.Summary s) {
    return fmt(s.median()) + " [" + fmt(s.p05()) + "–" + fmt(s.p95()) + "]";
  }

  static String fmt(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
  }

  /** calibration.md: the targets used and skipped, the acceptance and the parameter table. */
  void writeMarkdown(Path dir, String acceptance, Map<String, String> skipped, Path targetsFile)
      throws IOException {
    StringBuilder sb = new StringBuilder("# Calibration: ").append(study.file()).append("\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "ABC rejection: %d draws from the study's priors, one run each (seed %d); accepted"
                + " %d (%s). Targets: `%s`.%n%n",
            draws.length,
            masterSeed,
            accepted.length,
            acceptance,
            targetsFile));
    sb.append("A draw's distance is the root mean square over the targets of")
        .append(" max(0, low − v, v − high) / scale, where v is the model's value for the target")
        .append(" (its statistic over its window, as in `report`) and the scale is the target's")
        .append(" `tolerance` or else its range's width.\n\n");
    sb.append("| target | range | scale | model median, all draws | accepted draws |\n");
    sb.append("|---|---|---|---|---|\n");
    for (int t = 0; t < targets.size(); t++) {
      Abc.Target x = targets.get(t);
      sb.append("| ")
          .append(x.id())
          .append(" | ")
          .append(fmt(x.low()))
          .append("–")
          .append(fmt(x.high()))
          .append(" | ")
          .append(fmt(x.scale()))
          .append(" | ")
          .append(band(Abc.Summary.of(values[t])))
          .append(" | ")
          .append(band(Abc.Summary.of(Abc.pick(values[t], accepted))))
          .append(" |\n");
    }
    if (!skipped.isEmpty()) {
      sb.append("\nSkipped (the base scenario cannot express them):\n\n");
      skipped.values().forEach(s -> sb.append("- ").append(s).append('\n'));
    }
    sb.append("\n| parameter | key | prior median [p05–p95] | posterior median [p05–p95] |\n");
    sb.append("|---|---|---|---|\n");
    List<Parameter> ps = study.parameters();
    for (int p = 0; p < ps.size(); p++) {
      sb.append("| ")
          .append(ps.get(p).id())
          .append(" | `")
          .append(ps.get(p).key())
          .append("` | ")
          .append(band(prior(p)))
          .append(" | ")
          .append(band(posterior(p)))
          .append(" |\n");
    }
    Files.writeString(dir.resolve("calibration.md"), sb.toString(), StandardCharsets.UTF_8);
  }

  /** For tests: the accepted draw indices. */
  int[] accepted() {
    return Arrays.copyOf(accepted, accepted.length);
  }
}
