package blockade.experiment.cluster;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ClusterEngine} runs: the replications of one or more scenarios ("arms", each given
 * by its resolved config so every executor rebuilds exactly the scenario the driver loaded), their
 * number and master seed, and where the results go.
 *
 * @param command the command ({@code mc}); names the output folder's owner
 * @param master the cluster to use ({@code local[2]}, {@code spark://host:7077}, ...), or null for
 *     the one {@code spark-submit} configured
 * @param arms the scenarios, each replicated on every seed
 * @param runs replications 0..runs−1
 * @param masterSeed master seed; replication j runs on {@code ReplicationSeeds.seedFor(masterSeed,
 *     j)}
 * @param outDir final output directory (built in {@code <outDir>.partial})
 * @param resume keep the replications already written in {@code <outDir>.partial}
 * @param charts draw fan charts of {@code chartMetrics}
 * @param chartMetrics metrics to chart (empty: every metric)
 * @param inputs files the configs were read from (an --out holding one is refused)
 * @param provenance key/value pairs recorded in {@code meta.json}
 * @param design the design of a sweep or sensitivity analysis, or null
 */
public record ClusterJob(
    String command,
    String master,
    List<Arm> arms,
    int runs,
    long masterSeed,
    Path outDir,
    boolean resume,
    boolean charts,
    List<String> chartMetrics,
    List<Path> inputs,
    Map<String, String> provenance,
    Design design) {

  /** A job without a design ({@code mc}, {@code compare}). */
  public ClusterJob(
      String command,
      String master,
      List<Arm> arms,
      int runs,
      long masterSeed,
      Path outDir,
      boolean resume,
      boolean charts,
      List<String> chartMetrics,
      List<Path> inputs,
      Map<String, String> provenance) {
    this(
        command,
        master,
        arms,
        runs,
        masterSeed,
        outDir,
        resume,
        charts,
        chartMetrics,
        inputs,
        provenance,
        null);
  }

  /**
   * The design of a {@code sweep} or {@code sensitivity}: replication {@code j} is point {@code j /
   * runsPerPoint} on seed index {@code j % runsPerPoint} (or {@code j}), its config the arm's with
   * the point's overrides (as {@link blockade.experiment.montecarlo.SweepRunner} runs it).
   *
   * @param names parameter ids (input columns of {@code runs})
   * @param points parameter values, one row per point
   * @param runsPerPoint replications per point
   * @param commonSeeds every point on the same seeds ({@code j % runsPerPoint}); false: replication
   *     {@code j} on seed index {@code j}, as {@code calibrate} runs
   * @param pointSets the {@code --set} overrides of each point
   * @param identity settings a resume must share (design type, sizes, method)
   * @param analysis the command's analysis, run on the driver over per-run values
   */
  public record Design(
      List<String> names,
      double[][] points,
      int runsPerPoint,
      boolean commonSeeds,
      List<List<String>> pointSets,
      Map<String, String> identity,
      blockade.experiment.montecarlo.SweepRunner.Analysis analysis) {}

  /**
   * One scenario of the job.
   *
   * @param label scenario name (partition value of every dataset)
   * @param resolvedYaml the resolved config ({@code Loaded.resolvedYaml()})
   * @param hash its hash ({@code Loaded.hash()}); executors check the config they rebuild has it
   */
  public record Arm(String label, String resolvedYaml, String hash) {}

  public ClusterJob {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    }
    if (arms == null || arms.isEmpty()) {
      throw new IllegalArgumentException("at least one scenario is required");
    }
    arms = List.copyOf(arms);
    chartMetrics = chartMetrics == null ? List.of() : List.copyOf(chartMetrics);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    provenance =
        provenance == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }
}
