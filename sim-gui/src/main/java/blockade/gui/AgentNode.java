package blockade.gui;

import blockade.core.engine.Agent;
import sim.util.Proxiable;

/**
 * One node of the market network: an agent (or the compute exchange, which is a market service
 * rather than an agent). Clicking it opens MASON's inspector on the agent's own inspector getters
 * (its {@link Proxiable} proxy when it has one); the fields here only drive the drawing.
 */
public final class AgentNode implements Proxiable {
  private final String id;
  private final NodeGroup group;
  private Object inspected;

  /** Deployed compute, H100e (0 for agents without a fleet). */
  double h100e;

  /** Share of deployed compute on US chips, or NaN for agents without a fleet. */
  double usShare = Double.NaN;

  boolean active = true;

  /** Month the agent left the market, or -1. */
  int exitTick = -1;

  boolean highlighted;

  AgentNode(String id, NodeGroup group, Object inspected) {
    this.id = id;
    this.group = group;
    this.inspected = inspected;
  }

  /** Points the node at the agent object of the current model (after a lever edit copied it). */
  void inspect(Object o) {
    this.inspected = o;
  }

  public String id() {
    return id;
  }

  public NodeGroup group() {
    return group;
  }

  /** The agent, or null for the exchange node. */
  public Agent agent() {
    return inspected instanceof Agent a ? a : null;
  }

  public double h100e() {
    return h100e;
  }

  public boolean active() {
    return active;
  }

  public boolean highlighted() {
    return highlighted;
  }

  @Override
  public Object propertiesProxy() {
    return inspected instanceof Proxiable p ? p.propertiesProxy() : inspected;
  }

  @Override
  public String toString() {
    return id;
  }
}
