package blockade.app;

import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterEngines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark} and {@code --master URL}: where the replications run. The Spark
 * engine lives in the optional sim-cluster module and is looked up only when asked for, so the
 * command line neither loads nor needs Spark otherwise.
 */
final class EngineOptions {
  static final String LOCAL = "local";

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = LOCAL,
      description =
          "Where replications run: local (this JVM's threads, default) or spark (Apache Spark;"
              + " ./blockade builds sim-cluster for it). Results do not depend on it.")
  String engine = LOCAL;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master for --engine spark, e.g. local[2] or spark://host:7077 (default:"
              + " local[*], or what spark-submit set).")
  String master;

  boolean local() {
    return LOCAL.equals(engine);
  }

  /**
   * The engine asked for, or null after printing a one-line error (unknown engine, or a module not
   * on the class path).
   */
  ClusterEngine find(PrintWriter err) {
    if (!"spark".equals(engine)) {
      err.println("error: --engine must be local or spark, got '" + engine + "'");
      return null;
    }
    Optional<ClusterEngine> e = ClusterEngines.find(engine);
    if (e.isEmpty()) {
      err.println(
          "error: --engine spark needs the sim-cluster module and Spark on the class path; run"
              + " through ./blockade (it builds them on first use of --engine spark) or build them"
              + " with: mvn -B -DskipTests package -pl sim-cluster -am");
      return null;
    }
    return e.get();
  }

  /** The master to use: --master, else spark-submit's (spark.master), else local[*]. */
  String masterOrDefault() {
    if (master != null) {
      return master;
    }
    return System.getProperty("spark.master") != null ? null : "local[*]";
  }

  /** The options as words for a command line (empty for the local engine). */
  List<String> words() {
    List<String> w = new ArrayList<>();
    if (!local()) {
      w.addAll(List.of("--engine", engine));
      if (master != null) {
        w.addAll(List.of("--master", master));
      }
    }
    return w;
  }
}
