package blockade.cluster;

import blockade.experiment.cluster.ClusterEngine;
import blockade.experiment.cluster.ClusterJob;
import blockade.experiment.montecarlo.McResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.spark.sql.SparkSession;

/** {@code --engine spark}: the job's replications on Apache Spark (found by ServiceLoader). */
public final class SparkEngine implements ClusterEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public McResult run(ClusterJob job, Consumer<Path> onWorkDir, IntConsumer onFinished)
      throws IOException, InterruptedException {
    List<String> labels = new ArrayList<>();
    List<ArmRunner> arms = new ArrayList<>();
    for (ClusterJob.Arm a : job.arms()) {
      labels.add(a.label());
      arms.add(
          job.design() == null
              ? new ScenarioArm(a.label(), a.resolvedYaml(), a.hash())
              : new StudyArm(
                  a.label(),
                  a.resolvedYaml(),
                  a.hash(),
                  job.design().pointSets(),
                  job.design().runsPerPoint()));
    }
    SparkReplicator.Spec spec =
        new SparkReplicator.Spec(
            job.command(),
            labels,
            arms,
            job.runs(),
            job.masterSeed(),
            job.outDir(),
            job.resume(),
            job.charts(),
            job.chartMetrics(),
            job.inputs(),
            job.provenance(),
            0,
            job.design());
    SparkSession spark = Sessions.open("blockade " + job.command(), job.master());
    try {
      return SparkReplicator.run(spark, spec, onWorkDir, onFinished);
    } finally {
      spark.stop();
    }
  }
}
