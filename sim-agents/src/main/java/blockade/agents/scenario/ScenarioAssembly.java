package blockade.agents.scenario;

import blockade.core.engine.ModelFactory;

/**
 * What a {@link blockade.core.engine.BlockadeModel} of a scenario builds at every start: the world,
 * agents and metrics recorder of the scenario for the model's seed. It carries the scenario config,
 * so a checkpoint knows what it is a run of.
 */
public record ScenarioAssembly(ScenarioConfig config) implements ModelFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public Assembly assemble(long seed) {
    return ScenarioBuilder.assemble(config, seed);
  }
}
