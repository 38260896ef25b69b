package blockade.app;

import blockade.core.random.RandomStreams;
import blockade.experiment.montecarlo.SweepRunner;
import blockade.experiment.study.Designs;
import blockade.experiment.study.StudyConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blockade sweep STUDY}: the study's parameters on a grid or a Latin hypercube, each point
 * replicated on the same seeds; results in the {@code mc} layout plus a {@code points} table
 * (docs/studies.md).
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    version = "blockade " + Provenance.VERSION,
    description = {
      "Run a study's parameters over a grid or a Latin-hypercube design (docs/studies.md).",
      "Writes results.duckdb (runs with the point and its parameter values, points, ticks,"
          + " events, quantiles, meta), points.csv, final.csv and sweep.log to the output"
          + " directory, built in <out>.partial.",
      "Exit codes: 0 all replications succeeded, 1 output could not be written, 2 usage or"
          + " config error, 3 some replication failed, 130 interrupted (resume with --resume)."
    })
public final class SweepCommand extends StudyCommand {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "sweep",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  String commandName() {
    return "sweep";
  }

  @Override
  Path outDir() {
    return out;
  }

  @Override
  double[][] design(PrintWriter err) {
    StudyConfig.DesignConfig d = study.config().design();
    if (d.type() == StudyConfig.DesignType.GRID) {
      try {
        return Designs.grid(study.parameters(), d.levels());
      } catch (IllegalArgumentException e) {
        err.println("error: " + studyFile + ": design " + e.getMessage());
        return null;
      }
    }
    return Designs.latinHypercube(
        d.samples(),
        study.parameters().size(),
        new RandomStreams(seed).stream("design/latin-hypercube"));
  }

  @Override
  Map<String, String> designIdentity() {
    Map<String, String> m = new LinkedHashMap<>();
    StudyConfig.DesignConfig d = study.config().design();
    m.put("design", d.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    return m;
  }

  @Override
  List<String> commandArguments() {
    return List.of();
  }

  @Override
  SweepRunner.Analysis analysis() {
    return (results, dir, warnings) -> {};
  }
}
