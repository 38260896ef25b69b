package blockade.experiment.cluster;

import blockade.experiment.montecarlo.McResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * An engine that runs the replications of an experiment somewhere other than this JVM's thread pool
 * ({@code --engine spark}). Implementations live in optional modules (sim-cluster) and are found
 * with {@link java.util.ServiceLoader}, so the command line never loads them, nor their libraries,
 * unless asked to.
 */
public interface ClusterEngine {
  /** The {@code --engine} value that selects this engine, e.g. {@code spark}. */
  String name();

  /**
   * Runs the job to completion: the same replications, on the same seeds, as the local runner, so
   * {@code final.csv} and {@code quantiles.csv} are equal.
   *
   * @param onWorkDir called with the working directory ({@code <out>.partial}) before any
   *     replication runs (the place for a log file)
   * @param onFinished called on the calling thread with the number of replications that just
   *     finished (progress)
   * @return counts and failures; exit code 3 when some replication failed
   * @throws IllegalArgumentException for a usage error (e.g. a resume of another experiment)
   */
  McResult run(ClusterJob job, Consumer<Path> onWorkDir, IntConsumer onFinished)
      throws IOException, InterruptedException;
}
