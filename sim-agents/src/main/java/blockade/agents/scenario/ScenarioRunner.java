package blockade.agents.scenario;

import blockade.core.engine.Agent;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.AgentRow;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import blockade.core.record.MetricsRecorder;
import java.util.ArrayList;
import java.util.List;

/** Runs a scenario headless for a seed: the {@link ReplicationRunner} of run, mc and compare. */
public final class ScenarioRunner implements ReplicationRunner {
  private final ScenarioConfig config;

  public ScenarioRunner(ScenarioConfig config) {
    this.config = config;
  }

  public ScenarioConfig config() {
    return config;
  }

  @Override
  public RunResult run(long seed) {
    BlockadeModel model = ScenarioBuilder.build(config, seed);
    model.runToEnd();
    return result(model);
  }

  /**
   * The outputs of a finished run of a scenario model (built by {@link ScenarioBuilder} or restored
   * from a checkpoint): the whole history, from the first month.
   */
  public static RunResult result(BlockadeModel model) {
    ScenarioConfig config = ((ScenarioAssembly) model.factory()).config();
    MetricsRecorder recorder = model.observer(MetricsRecorder.class);
    List<AgentRow> rows = new ArrayList<>();
    for (Agent a : model.agents()) {
      rows.add(a.snapshot(model.world()));
    }
    return new RunResult(
        config.name(),
        model.masterSeed(),
        recorder.table(),
        List.copyOf(model.world().events().all()),
        rows,
        model.world().purchases().rows());
  }
}
