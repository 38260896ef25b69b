package blockade.core.engine;

import java.io.Serializable;
import java.util.List;

/**
 * Builds everything a run needs for a master seed: the world, its agents and the observers owned by
 * the run (e.g. the metrics recorder), so {@link BlockadeModel#start()} can make a fresh run every
 * time MASON starts it. Implementations are stored in the model, hence {@link Serializable}.
 */
@FunctionalInterface
public interface ModelFactory extends Serializable {
  Assembly assemble(long seed);

  /**
   * One freshly built run.
   *
   * @param world the world (its streams derive from the seed)
   * @param agents the initial agents, not yet registered
   * @param observers observers that belong to this run and are re-created at every start
   */
  record Assembly(World world, List<Agent> agents, List<TickObserver> observers) {}
}
