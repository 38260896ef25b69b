package blockade.core.engine;

import blockade.core.observe.AgentRow;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every agent kind shares: its id, kind and phases, the world it lives in (for read-only
 * inspection) and the shape of its {@code agents.csv} row. A subclass says what it does in {@link
 * #step} and which fields its row has in {@link #snapshotFields}.
 *
 * <p>The {@code getX()} methods here and in subclasses are Java-bean properties for MASON's
 * inspectors ({@code sim.util.SimpleProperties}): they only read state, never change it and never
 * draw random numbers, so inspecting a running model does not change its results.
 */
public abstract class BaseAgent implements Agent {
  /** The agent's id, for subclasses' events and ledger calls. */
  protected final String id;

  private final String kind;
  private final Set<Phase> phases;
  private World world;

  /**
   * @param id stable id (from the scenario file, or derived for population members)
   * @param kind kind for outputs and docs, e.g. "incumbent"
   * @param phases the phases in which the agent acts (may be empty)
   */
  protected BaseAgent(String id, String kind, Set<Phase> phases) {
    this.id = id;
    this.kind = kind;
    EnumSet<Phase> copy = EnumSet.noneOf(Phase.class);
    copy.addAll(phases);
    this.phases = Collections.unmodifiableSet(copy);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final Set<Phase> phases() {
    return phases;
  }

  @Override
  public void attach(World w) {
    this.world = w;
  }

  /** The world the agent was registered in, or null before registration. */
  protected final World world() {
    return world;
  }

  @Override
  public final AgentRow snapshot(World w) {
    Map<String, Object> fields = new LinkedHashMap<>();
    snapshotFields(w, fields);
    return new AgentRow(id, kind, fields);
  }

  /** Puts this agent's {@code agents.csv} fields into {@code fields}, in column order. */
  protected abstract void snapshotFields(World w, Map<String, Object> fields);

  /** The agent's ledger balance, USD millions. */
  protected final double cash(World w) {
    return w.ledger().balance(id);
  }

  // ---------------------------------------------------------------- inspector properties

  public String getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  /** Whether the agent still takes part (false once a startup failed). */
  public boolean isActive() {
    return active();
  }

  /** Cash in the agent's ledger account, USD millions (NaN before it joins a world). */
  public double getCashUsdM() {
    return world == null ? Double.NaN : world.ledger().balance(id);
  }
}
