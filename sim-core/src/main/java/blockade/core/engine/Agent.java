package blockade.core.engine;

import blockade.core.observe.AgentRow;
import java.util.Set;

/**
 * An actor of the model. The engine calls {@link #step} once in each phase the agent takes part in;
 * the agent sees the world only through {@link World}'s narrow services and never writes into
 * another agent.
 */
public interface Agent extends java.io.Serializable {
  /** Stable id (from the scenario file, or derived for population members). */
  String id();

  /** Kind for outputs and docs, e.g. "incumbent", "startup", "domestic-supplier". */
  String kind();

  /** The phases in which this agent acts. */
  Set<Phase> phases();

  void step(Phase phase, World world);

  /** False once the agent has left the market (bankrupt); the engine then stops stepping it. */
  default boolean active() {
    return true;
  }

  /**
   * Called once when the agent joins a world ({@link World#register}), so that read-only inspector
   * getters can reach shared services such as the ledger. Does nothing by default.
   */
  default void attach(World world) {}

  /** Final state for agents.csv. */
  AgentRow snapshot(World world);
}
