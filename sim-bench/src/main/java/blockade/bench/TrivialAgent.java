package blockade.bench;

import blockade.core.engine.Agent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import blockade.core.observe.AgentRow;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An agent that takes part in every phase and does a few nanoseconds of work there (one step of a
 * linear congruential generator), so that stepping it costs what the engine adds and little else.
 */
final class TrivialAgent implements Agent {
  private static final long serialVersionUID = 1L;
  private static final Set<Phase> ALL = EnumSet.allOf(Phase.class);

  private final String id;
  private long state;

  TrivialAgent(String id, long state) {
    this.id = id;
    this.state = state;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "trivial";
  }

  @Override
  public Set<Phase> phases() {
    return ALL;
  }

  @Override
  public void step(Phase phase, World world) {
    state = state * 6364136223846793005L + 1442695040888963407L + phase.ordinal();
  }

  long state() {
    return state;
  }

  @Override
  public AgentRow snapshot(World world) {
    return new AgentRow(id, kind(), Map.of("state", state));
  }
}
