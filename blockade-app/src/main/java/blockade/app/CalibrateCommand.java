package blockade.app;

import blockade.core.config.Loaded;
import blockade.experiment.calibrate.Abc;
import blockade.experiment.montecarlo.ReplicationSeeds;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.report.TargetSummaries;
import blockade.experiment.report.TargetsConfig;
import blockade.experiment.report.TargetsConfig.TargetConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blockade calibrate STUDY --targets FILE}: approximate Bayesian computation by rejection
 * over the study's parameters. Draw {@code j} is made from the study's streams of replication seed
 * {@code j} and simulated once on that seed, exactly as replication {@code j} of {@code mc
 * --uncertain}; its distance to the targets ({@link Abc}) decides whether it is accepted
 * (docs/studies.md).
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Calibrate a study's parameters against targets by ABC rejection (docs/studies.md).",
      "Writes accepted.csv, draws.csv, posterior.csv, overlay.yaml, calibration.md,"
          + " charts/posterior_<id>.png, results.duckdb and calibrate.log to the output directory,"
          + " built in <out>.partial.",
      "Exit codes: 0 all replications succeeded, 1 output could not be written, 2 usage or"
          + " config error, 3 some replication failed, 130 interrupted (resume with --resume)."
    })
public final class CalibrateCommand extends StudyCommand {
  @Option(
      names = "--targets",
      paramLabel = "FILE",
      defaultValue = "configs/targets/calibration.yaml",
      description = "Calibration targets (default: ${DEFAULT-VALUE}).")
  Path targetsFile;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "200",
      description = "Draws from the prior, one run each (default: ${DEFAULT-VALUE}).")
  void setRuns(int n) {
    runs = n;
  }

  /** How draws are accepted: a fraction of the closest, or a distance threshold. */
  static final class Acceptance {
    @Option(
        names = "--accept",
        paramLabel = "FRACTION",
        description = "Keep this fraction of the draws closest to the targets (default: 0.1).")
    Double fraction;

    @Option(
        names = "--epsilon",
        paramLabel = "E",
        description = "Keep every draw whose distance is at most E (range widths, RMS).")
    Double epsilon;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Acceptance acceptance;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "calibrate",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  private Loaded<TargetsConfig> targets;

  /** The targets the base scenario can express, in file order. */
  private final Map<String, TargetConfig> used = new LinkedHashMap<>();

  /** The others, with why they are skipped. */
  private Map<String, String> skipped = Map.of();

  @Override
  String commandName() {
    return "calibrate";
  }

  @Override
  Path outDir() {
    return out;
  }

  @Override
  boolean hasRunsOption() {
    return true;
  }

  double fraction() {
    return acceptance == null || acceptance.fraction == null ? 0.1 : acceptance.fraction;
  }

  Double epsilon() {
    return acceptance == null ? null : acceptance.epsilon;
  }

  @Override
  boolean load(PrintWriter err) {
    Double eps = epsilon();
    if (eps != null && !(eps >= 0 && Double.isFinite(eps))) {
      err.println("error: --epsilon must be a finite number ≥ 0, got " + eps);
      return false;
    }
    if (eps == null && !(fraction() > 0 && fraction() <= 1)) {
      err.println("error: --accept must be in (0, 1], got " + fraction());
      return false;
    }
    targets = TargetsFile.load(targetsFile, err);
    boolean ok = super.load(err);
    if (targets == null || !ok) {
      return false;
    }
    skipped =
        TargetsFile.inexpressible(targetsFile, targets.value(), base.value(), study.basePath());
    targets
        .value()
        .targets()
        .forEach(
            (id, t) -> {
              if (!skipped.containsKey(id)) {
                used.put(id, t);
              }
            });
    if (used.isEmpty()) {
      skipped.values().forEach(err::println);
      err.println("error: " + targetsFile + ": no target is a metric of " + study.basePath());
      return false;
    }
    return true;
  }

  @Override
  double[][] design(PrintWriter err) {
    throw new UnsupportedOperationException("calibrate draws its points");
  }

  /** Draw j: the study's draw for replication seed j, as {@code mc --uncertain} makes it. */
  @Override
  double[][] points(PrintWriter err) {
    double[][] v = new double[runs][];
    for (int j = 0; j < runs; j++) {
      v[j] = study.draw(ReplicationSeeds.seedFor(seed, j));
    }
    return v;
  }

  @Override
  int runsPerPoint() {
    return 1;
  }

  @Override
  boolean commonSeeds() {
    return false;
  }

  @Override
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(super.inputFiles());
    files.addAll(targets.files());
    return files;
  }

  @Override
  Map<String, String> configProvenance() {
    Map<String, String> p = new LinkedHashMap<>(super.configProvenance());
    p.put("targets_file", targetsFile.toString());
    p.put("config_hash_targets", targets.hash());
    return p;
  }

  @Override
  Map<String, String> designIdentity() {
    return Map.of("design", "abc-rejection");
  }

  @Override
  List<String> commandArguments() {
    List<String> words = new ArrayList<>(List.of("--targets", targetsFile.toString()));
    if (epsilon() != null) {
      words.addAll(List.of("--epsilon", Double.toString(epsilon())));
    } else {
      words.addAll(List.of("--accept", Double.toString(fraction())));
    }
    return words;
  }

  @Override
  SweepRunner.Analysis analysis() {
    return (results, dir, warnings) -> {
      List<String> dates = results.dates();
      List<Abc.Target> abcTargets = new ArrayList<>();
      double[][] values = new double[used.size()][];
      Map<String, double[][]> byMetric = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, TargetConfig> e : used.entrySet()) {
        TargetConfig t = e.getValue();
        double[][] series = byMetric.get(t.metric());
        if (series == null) {
          series = TargetSummaries.series(results, t.metric(), dates);
          byMetric.put(t.metric(), series);
        }
        values[i++] = TargetSummaries.of(t, dates, series);
        abcTargets.add(new Abc.Target(e.getKey(), t.low(), t.high(), t.scale()));
      }
      double[] distances = Abc.distances(values, abcTargets);
      int[] accepted = Abc.accept(distances, fraction(), epsilon());
      CalibrationOutputs outputs =
          new CalibrationOutputs(
              study, base, out, seed, points, abcTargets, values, distances, accepted);
      outputs.writeCsvs(dir);
      if (accepted.length == 0) {
        warnings.add(
            "no draw is within --epsilon "
                + epsilon()
                + " of the targets; overlay.yaml and the posterior charts are not written");
      } else {
        outputs.writeOverlay(dir, warnings);
        if (charts()) {
          outputs.drawHistograms(dir, warnings);
        }
      }
      outputs.writeMarkdown(dir, acceptanceText(), skipped, targetsFile);
      for (String s : skipped.values()) {
        warnings.add("target skipped: " + s);
      }
      PrintWriter o = spec.commandLine().getOut();
      o.println(
          String.format(
              Locale.ROOT,
              "accepted %d of %d draws (%s) against %d target%s",
              accepted.length,
              distances.length,
              acceptanceText(),
              used.size(),
              used.size() == 1 ? "" : "s"));
      outputs.printTable(o);
      o.flush();
    };
  }

  private String acceptanceText() {
    return epsilon() != null ? "distance ≤ " + epsilon() : "the " + fraction() + " closest";
  }

  @Override
  String outputsSummary() {
    return "accepted.csv, draws.csv, posterior.csv, overlay.yaml, calibration.md"
        + (charts() ? ", charts/" : "")
        + ", results.duckdb, final.csv"
        + (parquet ? ", *.parquet" : "")
        + ", calibrate.log";
  }
}
